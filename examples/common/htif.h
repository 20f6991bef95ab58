#ifndef HTIF_H
#define HTIF_H

/* Host-target interface (Spike's HTIF): the host polls `tohost` and writes `fromhost`.
 * Shared by the bare-metal examples (hello, gdb); each links common/htif.c. */
void htif_putchar(char c);
void htif_puts(const char *s);
void htif_exit(int code) __attribute__((noreturn));

#endif
