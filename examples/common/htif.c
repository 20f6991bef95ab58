#include "htif.h"
#include <stdint.h>

volatile uint64_t tohost __attribute__((section(".tohost"), aligned(64)));
volatile uint64_t fromhost __attribute__((section(".tohost"), aligned(64)));

/* Device 1 (console), command 1 (write a character): tohost = dev << 56 | cmd << 48 | payload. */
void htif_putchar(char c)
{
    while (tohost != 0) {
        fromhost = 0;
    }
    tohost = (1ULL << 56) | (1ULL << 48) | (uint8_t)c;
}

void htif_puts(const char *s)
{
    while (*s) {
        htif_putchar(*s++);
    }
}

/* Device 0, command 0: payload (code << 1) | 1 ends the simulation with that exit code. */
void htif_exit(int code)
{
    while (tohost != 0) {
        fromhost = 0;
    }
    tohost = ((uint64_t)code << 1) | 1;
    for (;;) {
    }
}
