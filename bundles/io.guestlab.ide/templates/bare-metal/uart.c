#include "platform.h"

/* ns16550a registers (byte offsets): transmit holding, line status and its "THR empty" bit. */
#define THR 0
#define LSR 5
#define LSR_THRE 0x20

static volatile uint8_t *const uart = (volatile uint8_t *)UART0;

void uart_putc(char c)
{
    while ((uart[LSR] & LSR_THRE) == 0) {
    }
    uart[THR] = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s) {
        uart_putc(*s++);
    }
}

void uart_putu(unsigned long n)
{
    char digits[20];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (i > 0) {
        uart_putc(digits[--i]);
    }
}
