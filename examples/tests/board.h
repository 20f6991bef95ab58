#ifndef TESTS_BOARD_H
#define TESTS_BOARD_H
/* What the test guests touch on the virt board (QEMU's memory map, kept by Guestlab):
 * the ns16550a UART, the SiFive test device (syscon), the PLIC and RISC-V semihosting. */
#include <stdint.h>

#define UART0        0x10000000UL
#define SYSCON       0x00100000UL
#define PLIC         0x0C000000UL
#define UART0_IRQ    10

void uart_putc(char c);
void uart_puts(const char *s);
void uart_putu(unsigned long n);
/* Waits (wfi, woken by the UART's PLIC interrupt) for a byte typed on the console. */
int uart_getc(void);
/* SiFive test device: 0x5555 powers off (exit 0), code << 16 | 0x3333 fails with code. */
void syscon_exit(int code) __attribute__((noreturn));
/* Semihosting call (RISC-V semihosting spec 1.0: slli/ebreak/srai in one uncompressed run). */
long semihost(long op, const void *arg);
void semihost_exit(int code) __attribute__((noreturn));

#endif
