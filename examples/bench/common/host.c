/* Lets a benchmark run natively on the build host (make host-check): the same code, with exit
 * and console mapped to the C library. Used to confirm the guests' expected values. */
#include <stdio.h>
#include <stdlib.h>
#include "bench.h"

void bench_exit(int code) { exit(code); }
void bench_putchar(char c) { putchar(c); }
void bench_puts(const char *s) { fputs(s, stdout); }
void bench_put_u64(uint64_t value) { printf("%llu", (unsigned long long)value); }
