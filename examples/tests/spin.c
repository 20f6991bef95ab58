/* Hangs spinning: never exits; only the instruction or wall-time limit ends it. */
#include "board.h"
int main(void)
{
    uart_puts("spin: looping forever\n");
    for (volatile unsigned long i = 0;; i++) {
    }
}
