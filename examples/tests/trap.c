/* Traps: executes an illegal instruction with no trap handler (mtvec = 0, where nothing is
 * mapped), so the hart would trap to itself forever: the runner reports where it trapped. */
#include "board.h"
int main(void)
{
    uart_puts("trap: about to execute an illegal instruction\n");
    __asm__ volatile(".word 0");
    return 0;
}
