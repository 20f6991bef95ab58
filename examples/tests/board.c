#include "board.h"

#define REG8(a) (*(volatile uint8_t *)(a))
#define REG32(a) (*(volatile uint32_t *)(a))
#define LSR_DR   0x01 /* data ready */
#define LSR_THRE 0x20 /* transmit holding register empty */

void uart_putc(char c)
{
    while (!(REG8(UART0 + 5) & LSR_THRE)) {
    }
    REG8(UART0) = (uint8_t)c;
}

void uart_puts(const char *s)
{
    while (*s)
        uart_putc(*s++);
}

void uart_putu(unsigned long n)
{
    char digits[24];
    int i = 0;
    do {
        digits[i++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    while (i)
        uart_putc(digits[--i]);
}

static int uart_irq_ready;

/* Receive interrupts reach hart 0's M-mode context through the PLIC; with mstatus.MIE clear
 * no trap is taken, but wfi still wakes when mip.MEIP rises (Privileged ISA 3.3.3). */
static void uart_irq_setup(void)
{
    REG32(PLIC + 4 * UART0_IRQ) = 1;           /* priority */
    REG32(PLIC + 0x2000) = 1u << UART0_IRQ;    /* enable for context 0 */
    REG32(PLIC + 0x200000) = 0;                /* threshold */
    REG8(UART0 + 1) = 0x01;                    /* IER: received data available */
    __asm__ volatile("csrs mie, %0" :: "r"(1UL << 11));
    uart_irq_ready = 1;
}

int uart_getc(void)
{
    if (!uart_irq_ready)
        uart_irq_setup();
    while (!(REG8(UART0 + 5) & LSR_DR))
        __asm__ volatile("wfi");
    int c = REG8(UART0);
    uint32_t claim = REG32(PLIC + 0x200004);
    if (claim)
        REG32(PLIC + 0x200004) = claim;        /* complete */
    return c;
}

void syscon_exit(int code)
{
    REG32(SYSCON) = code == 0 ? 0x5555 : ((uint32_t)code << 16) | 0x3333;
    for (;;) {
    }
}

long semihost(long op, const void *arg)
{
    register long a0 __asm__("a0") = op;
    register const void *a1 __asm__("a1") = arg;
    __asm__ volatile(
        ".option push\n.option norvc\n"
        "slli zero, zero, 0x1f\n"
        "ebreak\n"
        "srai zero, zero, 7\n"
        ".option pop\n"
        : "+r"(a0) : "r"(a1) : "memory");
    return a0;
}

void semihost_exit(int code)
{
    /* SYS_EXIT_EXTENDED (0x20) with ADP_Stopped_ApplicationExit (0x20026) and the code. */
    long block[2] = { 0x20026, code };
    semihost(0x20, block);
    for (;;) {
    }
}
