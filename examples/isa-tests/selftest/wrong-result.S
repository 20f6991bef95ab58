/* expected-exit: 3 */
/* Framework self-test: case 3 checks a wrong value on purpose, so a host must report case 3
 * (exit code 3). Built into build/selftest/, outside the build/*.elf set that must pass. */
#include "test.h"

TEST_BEGIN
        TEST_CASE(2, a0, 5, li a0, 2; addi a0, a0, 3)
        TEST_CASE(3, a0, 6, li a0, 2; addi a0, a0, 3)
        TEST_CASE(4, a0, 5, li a0, 5)
        j pass
TEST_END
