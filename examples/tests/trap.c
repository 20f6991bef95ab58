/* Traps: executes an illegal instruction with no trap handler (mtvec = 0, where nothing is
 * mapped), so the hart would trap to itself forever: the runner reports where it trapped. */
#include "board.h"
int main(void)
{
    uart_puts("trap: about to execute an illegal instruction\n");
    /* unimp (0x0000), not ".word 0": only an instruction gets
     * a line-table row, so the debugger shows this line */
    __asm__ volatile("unimp");
    return 0;
}
