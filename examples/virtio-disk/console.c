/* The examples' console and exit: the virt board's ns16550a UART and its test device (poweroff). */
#include "console.h"

#define UART0      0x10000000UL
#define TEST_DEV   0x100000UL

void putc_uart(char c) {
    volatile uint8_t *uart = (volatile uint8_t *)UART0;
    while ((uart[5] & 0x20) == 0) { /* LSR.THRE */ }
    uart[0] = (uint8_t)c;
}

void puts_uart(const char *s) {
    while (*s) {
        if (*s == '\n') putc_uart('\r');
        putc_uart(*s++);
    }
}

void puthex(uint64_t v, int digits) {
    puts_uart("0x");
    for (int i = digits - 1; i >= 0; i--) putc_uart("0123456789abcdef"[(v >> (4 * i)) & 0xf]);
}

void putdec(uint64_t v) {
    char buf[24];
    int n = 0;
    do { buf[n++] = (char)('0' + v % 10); v /= 10; } while (v);
    while (n) putc_uart(buf[--n]);
}

void poweroff(uint32_t code) {
    *(volatile uint32_t *)TEST_DEV = code == 0 ? 0x5555 : (code << 16) | 0x3333;
    for (;;) { }
}

void panic(const char *why) {
    puts_uart("panic: ");
    puts_uart(why);
    puts_uart("\n");
    poweroff(1);
}
