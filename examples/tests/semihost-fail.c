/* Exits 4 through semihosting SYS_EXIT_EXTENDED. */
#include "board.h"
int main(void)
{
    uart_puts("semihost-fail: exiting with 4\n");
    semihost_exit(4);
}
