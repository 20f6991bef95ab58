/* Traps: the CLINT timer interrupt drives `ticks`; an illegal instruction is counted and stepped
 * over; anything else ends the machine with a failure code. */
#include "kernel.h"

#define MCAUSE_INTERRUPT   (1UL << 63)
#define IRQ_M_TIMER        7
#define EXC_ILLEGAL_INSN   2
#define MIE_MTIE           (1UL << 7)
#define MSTATUS_MIE        (1UL << 3)

volatile uint64_t ticks;
volatile int illegal_instructions;

static void set_next_tick(void)
{
    volatile uint64_t *mtime = (volatile uint64_t *)CLINT_MTIME;
    volatile uint64_t *mtimecmp = (volatile uint64_t *)CLINT_MTIMECMP(0);
    *mtimecmp = *mtime + TICK_INTERVAL;
}

void timer_start(void)
{
    set_next_tick();
    __asm__ volatile("csrs mie, %0" :: "r"(MIE_MTIE));
    __asm__ volatile("csrs mstatus, %0" :: "r"(MSTATUS_MIE));
}

void kerneltrap(struct trap_frame *tf)
{
    if (tf->mcause == (MCAUSE_INTERRUPT | IRQ_M_TIMER)) {
        ticks++;
        set_next_tick();
    } else if (tf->mcause == EXC_ILLEGAL_INSN) {
        illegal_instructions++;
        /* Skip it: 2 bytes when compressed (low bits not 11), else 4 (ISA section 1.5). */
        uint16_t low = *(uint16_t *)tf->mepc;
        tf->mepc += (low & 3) == 3 ? 4 : 2;
    } else {
        uart_puts("unexpected trap, mcause ");
        uart_put_dec(tf->mcause);
        uart_putc('\n');
        poweroff(2);
    }
}

void poweroff(int code)
{
    volatile uint32_t *syscon = (volatile uint32_t *)SYSCON_BASE;
    *syscon = code == 0 ? 0x5555 : ((uint32_t)code << 16) | 0x3333;
    for (;;) {
        __asm__ volatile("wfi");
    }
}
