#include "kernel.h"

#define TIMEBASE_HZ 10000000UL /* the virt board's timer runs at 10 MHz */
#define TICKS_TO_RUN 3

int main(void)
{
    kputs("Hello from @PROJECT@, an S-mode kernel on Guestlab!\n");
    trap_init();
    vm_init();
    kputs("paging on (Sv39)\n");
    timer_start(TIMEBASE_HZ / 100);
    while (ticks < TICKS_TO_RUN) {
        __asm__ volatile("wfi");
    }
    kputs("timer ticks: ");
    kputu(ticks);
    kputs("\n");
    return 0;
}
