/* The M extension and 64-bit arithmetic behave as the ISA manual says (chapter 7). */
#include "check.h"

static volatile long zero = 0; /* volatile: the compiler must not fold the divisions */

int main(void)
{
    CHECK(7 * 6 == 42);
    CHECK(-7 / 2 == -3);
    CHECK(-7 % 2 == -1);
    CHECK(100 / zero == -1);            /* division by zero gives all ones */
    CHECK(100 % zero == 100);           /* and the remainder is the dividend */
    CHECK((1UL << 63) >> 63 == 1);
    print("arithmetic: done\n");
    return failures();
}
