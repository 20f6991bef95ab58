/* Prints a KTAP stream as KUnit does (Documentation/dev-tools/ktap.rst): two suites, one with a
 * nested suite, a failing case with its diagnostic lines before its result, a skip; then exits 0
 * through HTIF: the verdicts come from the KTAP lines. The IDE's test view nests them. */
#include "board.h"
int main(void)
{
    uart_puts("booting the ktap guest\n"
              "KTAP version 1\n"
              "1..2\n"
              "    KTAP version 1\n"
              "    # Subtest: memory\n"
              "    1..3\n"
              "    ok 1 alloc\n"
              "    # free: EXPECTATION FAILED at memory.c:42\n"
              "    # free: expected block->next == NULL, but block->next == 0x80001000\n"
              "    not ok 2 free\n"
              "    ok 3 realloc # SKIP no allocator on this board\n"
              "# memory: pass:1 fail:1 skip:1 total:3\n"
              "not ok 1 memory\n"
              "    KTAP version 1\n"
              "    # Subtest: strings\n"
              "    1..2\n"
              "        KTAP version 1\n"
              "        # Subtest: compare\n"
              "        1..2\n"
              "        ok 1 equal\n"
              "        ok 2 differ\n"
              "    ok 1 compare\n"
              "    ok 2 length\n"
              "ok 2 strings\n");
    return 0;
}
