/* expected-exit: 4 */
/* Framework self-test: case 4 takes a trap nobody armed (an ecall), which must fail case 4
 * (exit code 4), not hang or pass. Built into build/selftest/. */
#include "test.h"

TEST_BEGIN
        TEST_CASE(2, a0, 1, li a0, 1)
        TEST_CASE(3, a0, 0, TRAP_EXPECT(1f); ecall; j fail; 1: li a0, 0)
        TEST_CASE(4, a0, 0, li a0, 0; ecall)
        j pass
TEST_END
