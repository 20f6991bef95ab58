/* RV64M (unpriv chapter 7): the upper halves of every signedness combination, division by zero
 * (quotient all ones, remainder = dividend) and the signed overflow MIN / -1 (quotient MIN,
 * remainder 0), which never trap (unpriv 7.2, table 7.1), and the W forms' sign extension. */
#include "test.h"

TEST_BEGIN
        TEST_RR( 2, mul,    0x0000000000000006, 2, 3)
        TEST_RR( 3, mul,    0x0000000000000001, -1, -1)
        TEST_RR( 4, mul,    0x8000000000000000, 0x4000000000000000, 2)
        TEST_RR( 5, mul,    0xfffffffffffffffe, 0x7fffffffffffffff, 2)
        TEST_RR( 6, mulh,   0xffffffffffffffff, -1, 1)
        TEST_RR( 7, mulh,   0x0000000000000000, -1, -1)
        TEST_RR( 8, mulh,   0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR( 9, mulh,   0xc000000000000000, 0x8000000000000000, 0x7fffffffffffffff)
        TEST_RR(10, mulhu,  0xfffffffffffffffe, -1, -1)
        TEST_RR(11, mulhu,  0x0000000000000000, 0x7fffffffffffffff, 1)
        TEST_RR(12, mulhu,  0x4000000000000000, 0x8000000000000000, 0x8000000000000000)
        TEST_RR(13, mulhsu, 0xffffffffffffffff, -1, -1)   /* -1 * (2^64 - 1) */
        TEST_RR(14, mulhsu, 0x0000000000000000, 1, -1)
        TEST_RR(15, mulhsu, 0x8000000000000000, 0x8000000000000000, 0xffffffffffffffff) /* rounds toward -inf: high of -2^63*(2^64-1) */
        TEST_RR(16, mulhsu, 0x000000000000007f, 0x7fffffffffffffff, 0x100) /* (2^63-1)*256 >> 64 */
        TEST_RR_DEST_SRC1(17, mulh, 0, 5, 7)
        TEST_RR(18, mulw,   0xffffffff80000000, 0x40000000, 2)
        TEST_RR(19, mulw,   0x0000000000000000, 0x100000000, 0x100000000)
        TEST_RR(20, mulw,   0xfffffffffffffffe, 0x7fffffff, 0x2)
        /* division */
        TEST_RR(21, div,    0xfffffffffffffffd, 20, -6)
        TEST_RR(22, div,    0xfffffffffffffffd, -20, 6)
        TEST_RR(23, div,    0x0000000000000003, -20, -6)
        TEST_RR(24, divu,   0x2aaaaaaaaaaaaaa7, -20, 6)
        TEST_RR(25, rem,    0x0000000000000002, 20, -6)     /* sign follows the dividend */
        TEST_RR(26, rem,    0xfffffffffffffffe, -20, 6)
        TEST_RR(27, remu,   0x0000000000000002, -20, 6)
        /* division by zero */
        TEST_RR(28, div,    0xffffffffffffffff, 20, 0)
        TEST_RR(29, div,    0xffffffffffffffff, -20, 0)
        TEST_RR(30, divu,   0xffffffffffffffff, 20, 0)
        TEST_RR(31, rem,    0xffffffffffffffec, -20, 0)
        TEST_RR(32, remu,   0x0000000000000014, 20, 0)
        TEST_RR(33, divw,   0xffffffffffffffff, 20, 0)
        TEST_RR(34, divuw,  0xffffffffffffffff, 20, 0)
        TEST_RR(35, remw,   0xffffffff80000000, 0x80000000, 0) /* dividend sign-extended from 32 bits */
        TEST_RR(36, remuw,  0xffffffff80000000, 0x180000000, 0)
        /* signed overflow */
        TEST_RR(37, div,    0x8000000000000000, 0x8000000000000000, -1)
        TEST_RR(38, rem,    0x0000000000000000, 0x8000000000000000, -1)
        TEST_RR(39, divw,   0xffffffff80000000, 0x80000000, -1)
        TEST_RR(40, remw,   0x0000000000000000, 0x80000000, -1)
        TEST_RR(41, divu,   0x0000000000000000, 0x8000000000000000, -1)
        TEST_RR(42, remu,   0x8000000000000000, 0x8000000000000000, -1)
        /* W forms use only the low 32 bits of each source */
        TEST_RR(43, divw,   0xfffffffffffffffd, 0xffffffff00000014, 0x00000001fffffffa)
        TEST_RR(44, divuw,  0x000000002aaaaaa7, 0xffffffffffffffec, 6)
        TEST_RR(45, divuw,  0xffffffff80000000, 0x80000000, 1) /* unsigned quotient, sign-extended result */
        TEST_RR(46, remw,   0xfffffffffffffffe, 0xffffffffffffffec, 0x0000000100000006)
        TEST_RR(47, remuw,  0x0000000000000002, 0xffffffffffffffec, 6)
        TEST_RR_ZERO_DEST(48, div, 7, 0)
        TEST_RR(49, div,    0x0000000000000000, 0, 0x8000000000000000)
        TEST_RR(50, mulhu,  0x0000000000000001, 0x100000000, 0x100000000)
        j pass
TEST_END
