/* Guestlab's example guest: says hello, shows what hart it runs on, and proves it computes. */
#include "htif.h"
#include <stdint.h>

static void put_hex(uint64_t v)
{
    htif_puts("0x");
    for (int shift = 60; shift >= 0; shift -= 4) {
        htif_putchar("0123456789abcdef"[(v >> shift) & 0xf]);
    }
}

static void put_dec(uint64_t v)
{
    char buf[21];
    int i = sizeof buf - 1;
    buf[i] = '\0';
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    htif_puts(&buf[i]);
}

static uint64_t read_misa(void)
{
    uint64_t v;
    __asm__ volatile("csrr %0, misa" : "=r"(v));
    return v;
}

static uint64_t read_instret(void)
{
    uint64_t v;
    __asm__ volatile("csrr %0, minstret" : "=r"(v));
    return v;
}

/* Sieve of Eratosthenes: a little real work whose answer is known (1229 primes below 10000). */
static unsigned count_primes(void)
{
    static uint8_t composite[10000];
    unsigned count = 0;
    for (unsigned i = 2; i < sizeof composite; i++) {
        if (!composite[i]) {
            count++;
            for (unsigned j = i * i; j < sizeof composite; j += i) {
                composite[j] = 1;
            }
        }
    }
    return count;
}

int main(void)
{
    htif_puts("Hello from Guestlab!\n");
    uint64_t misa = read_misa();
    htif_puts("misa ");
    put_hex(misa);
    htif_puts(" (rv64");
    for (int bit = 0; bit < 26; bit++) {
        if (misa & (1ULL << bit)) {
            htif_putchar((char)('a' + bit));
        }
    }
    htif_puts(")\n");

    unsigned primes = count_primes();
    htif_puts("primes below 10000: ");
    put_dec(primes);
    htif_puts("\ninstructions retired so far: ");
    put_dec(read_instret());
    htif_puts("\n");
    return primes == 1229 ? 0 : 1;
}
