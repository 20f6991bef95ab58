#include "kernel.h"
#include "trap.h"

#define SCAUSE_INTERRUPT (1UL << 63)
#define IRQ_S_TIMER 5    /* Privileged ISA, table 4.2 */
#define SIE_STIE (1UL << 5)
#define SSTATUS_SIE (1UL << 1)

volatile unsigned long ticks;
static uint64_t timer_interval;

extern char trapvec[];

void trap_init(void)
{
    __asm__ volatile("csrw stvec, %0" : : "r"(trapvec));
}

/* Asks OpenSBI for a timer interrupt every `interval` ticks of the 10 MHz timebase. */
void timer_start(uint64_t interval)
{
    timer_interval = interval;
    sbi_set_timer(read_time() + interval);
    __asm__ volatile("csrs sie, %0" : : "r"(SIE_STIE));
    __asm__ volatile("csrs sstatus, %0" : : "r"(SSTATUS_SIE));
}

static void timer_interrupt(void)
{
    ticks++;
    sbi_set_timer(read_time() + timer_interval); /* also clears the pending STIP */
}

void kerneltrap(struct trap_frame *frame)
{
    if (frame->scause == (SCAUSE_INTERRUPT | IRQ_S_TIMER)) {
        timer_interrupt();
        return;
    }
    kputs("unexpected trap: scause ");
    kputx(frame->scause);
    kputs(" sepc ");
    kputx(frame->sepc);
    kputs(" stval ");
    kputx(frame->stval);
    kputs("\n");
    sbi_shutdown(1);
}
