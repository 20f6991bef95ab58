/* A small printf for CoreMark's report, on the HTIF console: %d %i %u %x %X %c %s %%, with
 * optional '-', '0', a width, and the l / ll / z length modifiers. No floating point (the port
 * sets HAS_FLOAT 0). It also notes CoreMark's verdict line for portable_fini. */
#include <stdarg.h>
#include "coremark.h"
#include "bench.h"

extern int coremark_validated;

static const char VALIDATED[] = "Correct operation validated";

static int starts_with(const char *s, const char *prefix)
{
    while (*prefix) {
        if (*s++ != *prefix++) {
            return 0;
        }
    }
    return 1;
}

static int put_padded(const char *digits, int n, int negative, int width, int zero, int left)
{
    int length = n + negative, out = 0;
    if (negative && zero) {
        bench_putchar('-');
        out++;
    }
    for (; !left && length < width; width--) {
        bench_putchar(zero ? '0' : ' ');
        out++;
    }
    if (negative && !zero) {
        bench_putchar('-');
        out++;
    }
    while (n > 0) {
        bench_putchar(digits[--n]);
        out++;
    }
    for (; left && length < width; width--) {
        bench_putchar(' ');
        out++;
    }
    return out;
}

static int put_number(unsigned long long value, unsigned base, int upper, int negative,
                      int width, int zero, int left)
{
    const char *symbols = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char digits[24];   /* least significant first */
    int n = 0;
    do {
        digits[n++] = symbols[value % base];
        value /= base;
    } while (value != 0);
    return put_padded(digits, n, negative, width, zero && !left, left);
}

int ee_printf(const char *fmt, ...)
{
    va_list args;
    int out = 0;
    if (starts_with(fmt, VALIDATED)) {
        coremark_validated = 1;
    }
    va_start(args, fmt);
    while (*fmt) {
        if (*fmt != '%') {
            bench_putchar(*fmt++);
            out++;
            continue;
        }
        fmt++;
        int left = 0, zero = 0, width = 0, longs = 0;
        for (;; fmt++) {
            if (*fmt == '-') {
                left = 1;
            } else if (*fmt == '0') {
                zero = 1;
            } else {
                break;
            }
        }
        while (*fmt >= '0' && *fmt <= '9') {
            width = width * 10 + (*fmt++ - '0');
        }
        for (;; fmt++) {
            if (*fmt == 'l') {
                longs++;
            } else if (*fmt == 'z') {
                longs = 2;
            } else {
                break;
            }
        }
        char conversion = *fmt ? *fmt++ : 0;
        switch (conversion) {
        case 'd':
        case 'i': {
            long long v = longs >= 2 ? va_arg(args, long long)
                        : longs == 1 ? va_arg(args, long) : va_arg(args, int);
            unsigned long long magnitude = v < 0 ? 0ULL - (unsigned long long)v
                                                 : (unsigned long long)v;
            out += put_number(magnitude, 10, 0, v < 0, width, zero, left);
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            unsigned long long v = longs >= 2 ? va_arg(args, unsigned long long)
                                 : longs == 1 ? va_arg(args, unsigned long)
                                 : va_arg(args, unsigned int);
            out += put_number(v, conversion == 'u' ? 10 : 16, conversion == 'X', 0,
                              width, zero, left);
            break;
        }
        case 'c': {
            char c = (char)va_arg(args, int);
            out += put_padded(&c, 1, 0, width, 0, left);
            break;
        }
        case 's': {
            const char *s = va_arg(args, const char *);
            if (s == NULL) {
                s = "(null)";
            }
            int n = 0;
            while (s[n]) {
                n++;
            }
            for (; !left && n < width; width--) {
                bench_putchar(' ');
                out++;
            }
            bench_puts(s);
            out += n;
            for (; left && n < width; width--) {
                bench_putchar(' ');
                out++;
            }
            break;
        }
        case '%':
            bench_putchar('%');
            out++;
            break;
        default:   /* not supported: show it rather than guess */
            bench_putchar('%');
            out++;
            if (conversion) {   /* 0: the format ended after '%' */
                bench_putchar(conversion);
                out++;
            }
            break;
        }
    }
    va_end(args);
    return out;
}
