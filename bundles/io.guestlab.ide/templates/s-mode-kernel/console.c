#include "kernel.h"

void kputs(const char *s)
{
    while (*s) {
        sbi_console_putchar(*s++);
    }
}

void kputu(unsigned long n)
{
    char digits[20];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (i > 0) {
        sbi_console_putchar(digits[--i]);
    }
}

void kputx(uint64_t x)
{
    kputs("0x");
    for (int shift = 60; shift >= 0; shift -= 4) {
        sbi_console_putchar("0123456789abcdef"[(x >> shift) & 0xf]);
    }
}
