#ifndef PLATFORM_H
#define PLATFORM_H
/* What this program uses of the virt board (QEMU's memory map, which Guestlab keeps). */
#include <stdint.h>

#define UART0 0x10000000UL /* ns16550a */

void uart_putc(char c);
void uart_puts(const char *s);
void uart_putu(unsigned long n);

/* Ends the program: the machine stops and reports `code` as its exit code (HTIF). */
void htif_exit(int code) __attribute__((noreturn));

#endif
