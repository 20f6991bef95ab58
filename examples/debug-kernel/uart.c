/* The ns16550a UART of the virt board, polled (PC16550D datasheet: THR at 0, LSR at 5). */
#include "kernel.h"

#define UART_THR 0
#define UART_IER 1
#define UART_FCR 2
#define UART_LCR 3
#define UART_LSR 5
#define LSR_THR_EMPTY 0x20

static volatile uint8_t *const uart = (volatile uint8_t *)UART0_BASE;

void uart_init(void)
{
    uart[UART_IER] = 0x00;     /* no UART interrupts: output is polled */
    uart[UART_LCR] = 0x03;     /* 8 data bits, no parity, 1 stop bit */
    uart[UART_FCR] = 0x07;     /* FIFOs on and cleared */
}

void uart_putc(char c)
{
    while ((uart[UART_LSR] & LSR_THR_EMPTY) == 0) {
    }
    uart[UART_THR] = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s) {
        uart_putc(*s++);
    }
}

void uart_put_dec(uint64_t v)
{
    char buf[21];
    int i = sizeof buf - 1;
    buf[i] = '\0';
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    uart_puts(&buf[i]);
}
