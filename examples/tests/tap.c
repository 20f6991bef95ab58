/* Prints a TAP 14 stream with a nested subtest, a skip and a TODO, then exits 0 through HTIF:
 * the verdicts come from the TAP lines, not from the exit code. */
#include "board.h"
int main(void)
{
    uart_puts("booting the tap guest\n"
              "TAP version 14\n"
              "1..4\n"
              "ok 1 - adds\n"
              "not ok 2 - divides # the divisor was zero\n"
              "  ---\n"
              "  message: division by zero\n"
              "  ...\n"
              "# Subtest: strings\n"
              "    1..2\n"
              "    ok 1 - concatenates\n"
              "    ok 2 - compares # SKIP no locale\n"
              "ok 3 - strings\n"
              "not ok 4 - floats # TODO not written yet\n");
    return 0;
}
