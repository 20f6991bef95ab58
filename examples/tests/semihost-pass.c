/* Exits 0 through semihosting SYS_EXIT_EXTENDED (run with semihosting on). */
#include "board.h"
int main(void)
{
    uart_puts("semihost-pass: exiting through semihosting\n");
    semihost_exit(0);
}
