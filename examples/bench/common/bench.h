/* What every benchmark guest shares: exit through HTIF, a deterministic PRNG, and the retired
 * instruction counter. A benchmark's main returns 0 when its self-check passed. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stddef.h>

/* Ends the run: the HTIF host exits with `code` (0 = the result was right). */
void bench_exit(int code) __attribute__((noreturn));

/* Writes one character to the HTIF console (device 1, command 1). */
void bench_putchar(char c);
void bench_puts(const char *s);
void bench_put_u64(uint64_t value);

static inline uint64_t bench_instret(void)
{
    uint64_t n;
    __asm__ volatile ("csrr %0, minstret" : "=r"(n));
    return n;
}

/* xorshift32: cheap, deterministic, the same on every host */
static inline uint32_t bench_random(uint32_t *state)
{
    uint32_t x = *state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *state = x;
    return x;
}

void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);

#endif
