/* Exits 5 through the SiFive test device's FAIL command. */
#include "board.h"
int main(void)
{
    uart_puts("syscon-fail: failing with 5\n");
    syscon_exit(5);
}
