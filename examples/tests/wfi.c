/* Hangs waiting: every hart sleeps in wfi with every interrupt disabled (the other harts are
 * parked in wfi by start.S), so nothing can ever wake the machine: the hang detector ends it. */
#include "board.h"
int main(void)
{
    uart_puts("wfi: every hart waits\n");
    __asm__ volatile("csrw mie, zero");
    for (;;)
        __asm__ volatile("wfi");
}
