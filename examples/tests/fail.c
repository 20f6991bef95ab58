/* Fails: exits 3 through HTIF, as a riscv-tests program reports its failing case. */
#include "htif.h"
int main(void)
{
    htif_puts("fail: case 3 went wrong\n");
    return 3;
}
