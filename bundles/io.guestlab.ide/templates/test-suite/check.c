#include "check.h"

/* Console output through HTIF (device 1, command 1: one character), so every test prints without a UART driver. */
extern volatile uint64_t tohost;

static int failed;

void print(const char *s)
{
    for (; *s; s++) {
        while (tohost != 0) {
        }
        tohost = (1ULL << 56) | (1ULL << 48) | (uint8_t)*s;
    }
}

void print_number(long n)
{
    char digits[24];
    int i = 0;
    unsigned long u = n < 0 ? -(unsigned long)n : (unsigned long)n;
    do {
        digits[i++] = (char)('0' + u % 10);
        u /= 10;
    } while (u != 0);
    if (n < 0) {
        digits[i++] = '-';
    }
    char out[2] = { 0, 0 };
    while (i > 0) {
        out[0] = digits[--i];
        print(out);
    }
}

int check(int ok, const char *what, const char *file, int line)
{
    if (!ok) {
        failed++;
        print(file);
        print(":");
        print_number(line);
        print(": check failed: ");
        print(what);
        print("\n");
    }
    return ok;
}

int failures(void)
{
    return failed;
}
