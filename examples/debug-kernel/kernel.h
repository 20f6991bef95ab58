#ifndef KERNEL_H
#define KERNEL_H

#include <stdint.h>

/* The virt board's memory map (QEMU's hw/riscv/virt.c, Guestlab's VirtMemoryMap). */
#define SYSCON_BASE   0x100000UL     /* sifive,test: 0x5555 powers off, (code << 16) | 0x3333 fails */
#define CLINT_MTIMECMP(hart) (0x2004000UL + 8 * (hart))
#define CLINT_MTIME   0x200bff8UL
#define UART0_BASE    0x10000000UL   /* ns16550a */

/* Timer ticks every 10,000 timebase cycles: 1 ms of guest time at 10 MHz. */
#define TICK_INTERVAL 10000

/* What kernelvec (start.S) saves on the stack before calling kerneltrap: x1..x31 then mepc. */
struct trap_frame {
    uint64_t regs[32];   /* regs[0] unused (x0), regs[n] = xn at the trap */
    uint64_t mepc;
    uint64_t mcause;
    uint64_t mtval;
};

void uart_init(void);
void uart_putc(char c);
void uart_puts(const char *s);
void uart_put_dec(uint64_t v);

void timer_start(void);
void kerneltrap(struct trap_frame *tf);
void poweroff(int code) __attribute__((noreturn));

extern volatile uint64_t ticks;
extern volatile int illegal_instructions;

#endif
