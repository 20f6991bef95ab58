/* HTIF, the host interface of Spike that QEMU's spike machine and Guestlab speak: a 64-bit
 * write to tohost is a command (device << 56 | command << 48 | payload). Device 0 command 0
 * with payload bit 0 set ends the run with exit code payload >> 1. */
#include "bench.h"

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(64)));

static void htif_command(uint64_t command)
{
    tohost = command;
    while (tohost != 0) {
        /* the host clears tohost once it has taken the command */
    }
    fromhost = 0;
}

void bench_putchar(char c)
{
    htif_command((1ULL << 56) | (1ULL << 48) | (uint8_t)c);
}

void bench_puts(const char *s)
{
    while (*s) {
        bench_putchar(*s++);
    }
}

void bench_put_u64(uint64_t value)
{
    char digits[21];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0) {
        bench_putchar(digits[--n]);
    }
}

void bench_exit(int code)
{
#ifdef BENCH_REPORT_INSTRET
    /* the counting build, run under QEMU -icount, reports its exact instruction count */
    uint64_t retired = bench_instret();
    bench_puts("instret=");
    bench_put_u64(retired);
    bench_putchar('\n');
#endif
    for (;;) {
        tohost = ((uint64_t)(uint32_t)code << 1) | 1;
    }
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    while (n--) {
        *d++ = (unsigned char)c;
    }
    return dst;
}

void *memcpy(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) {
        *d++ = *s++;
    }
    return dst;
}
