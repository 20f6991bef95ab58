/* Checking macros for the F and D programs. Operands and results are raw bit patterns moved
 * through fmv.d.x / fmv.x.d, so every result is compared in all 64 bits of the f register: a
 * single-precision result must be NaN-boxed (upper 32 bits all ones, unpriv 13.2) to match
 * S(bits). Each check also compares fflags with the exact expected set (unpriv 11.2). */
#ifndef GUESTLAB_TEST_FP_H
#define GUESTLAB_TEST_FP_H

#include "test.h"

/* a NaN-boxed single-precision bit pattern */
#define S(bits) (0xffffffff00000000 | (bits))

/* f1, f2, f3 = a, b, c; clear fflags; run code (writes f4); check f4 bits and fflags */
#define TEST_FP(n, result, flags, a, b, c, code...)                             \
test_##n:                                                                       \
        li TESTNUM, n;                                                          \
        li a1, a; fmv.d.x f1, a1;                                               \
        li a1, b; fmv.d.x f2, a1;                                               \
        li a1, c; fmv.d.x f3, a1;                                               \
        fsflags x0;                                                             \
        code;                                                                   \
        frflags a3;                                                             \
        fmv.x.d a0, f4;                                                         \
        CHECK(a0, result);                                                      \
        CHECK(a3, flags)

/* same operands, but code writes an integer result to a0 */
#define TEST_FP_INT(n, result, flags, a, b, code...)                            \
test_##n:                                                                       \
        li TESTNUM, n;                                                          \
        li a1, a; fmv.d.x f1, a1;                                               \
        li a1, b; fmv.d.x f2, a1;                                               \
        fsflags x0;                                                             \
        code;                                                                   \
        frflags a3;                                                             \
        CHECK(a0, result);                                                      \
        CHECK(a3, flags)

/* a1 = integer operand; code writes f4 */
#define TEST_FP_FROM_INT(n, result, flags, a, code...)                          \
test_##n:                                                                       \
        li TESTNUM, n;                                                          \
        li a1, a;                                                               \
        fsflags x0;                                                             \
        code;                                                                   \
        frflags a3;                                                             \
        fmv.x.d a0, f4;                                                         \
        CHECK(a0, result);                                                      \
        CHECK(a3, flags)

#endif
