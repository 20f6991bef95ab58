/* Zba, Zbb, Zbc, Zbs (Bit-Manipulation ISA-extensions 1.0.0, chapter 5), which QEMU 7.2's
 * default CPU has and names in its device tree: every instruction, with the .uw zero-extension,
 * the W forms' sign extension, shift amounts taken modulo XLEN (or 32), counts of 0 and of all
 * ones, signed against unsigned min / max, and carry-less products at both ends. */
#include "test.h"

#define U(n, inst, result, a) TEST_CASE(n, a0, result, li a1, a; inst a0, a1)

TEST_BEGIN
        /* Zba */
        TEST_RR( 2, add.uw,    0x0000000100000000, 0xffffffff80000000, 0x80000000)
        TEST_RR( 3, sh1add,    0x0000000000000007, 3, 1)
        TEST_RR( 4, sh2add,    0xfffffffffffffffc, -2, 4)
        TEST_RR( 5, sh3add,    0x8000000000000008, 0x1000000000000001, 0)
        TEST_RR( 6, sh1add.uw, 0x00000001fffffffe, 0xffffffffffffffff, 0)
        TEST_RR( 7, sh2add.uw, 0x0000000100000001, 0xffffffff40000000, 1)
        TEST_RR( 8, sh3add.uw, 0x0000000000000050, 0xabcd00000000000a, 0)
        TEST_RI( 9, slli.uw,   0x0000000080000000, 0xffffffff80000000, 0)
        TEST_RI(10, slli.uw,   0xffffffff00000000, 0x12345678ffffffff, 32)
        TEST_RR_ZERO_DEST(11, sh1add, 5, 6)
        /* Zbb: logic with negation */
        TEST_RR(12, andn, 0x00000000000000f0, 0x00000000000000ff, 0x000000000000000f)
        TEST_RR(13, orn,  0xfffffffffffffff0, 0x0000000000000000, 0x000000000000000f)
        TEST_RR(14, xnor, 0xffffffffffffff00, 0x00000000000000ff, 0x0000000000000000)
        /* counts */
        U(15, clz,   64, 0)
        U(16, clz,    0, -1)
        U(17, clz,   63, 1)
        U(18, clzw,  32, 0xffffffff00000000)
        U(19, clzw,   3, 0x10000000)
        U(20, ctz,   64, 0)
        U(21, ctz,   63, 0x8000000000000000)
        U(22, ctzw,  32, 0xffffffff00000000)
        U(23, ctzw,   4, 0x30)
        U(24, cpop,  64, -1)
        U(25, cpop,   3, 0x8000000000000011)
        U(26, cpopw, 32, -1)
        U(27, cpopw,  1, 0xffffffff00000001)
        /* min / max, signed and not */
        TEST_RR(28, max,  0x0000000000000001, -1, 1)
        TEST_RR(29, maxu, 0xffffffffffffffff, -1, 1)
        TEST_RR(30, min,  0xffffffffffffffff, -1, 1)
        TEST_RR(31, minu, 0x0000000000000001, -1, 1)
        /* extensions */
        U(32, sext.b, 0xffffffffffffff80, 0x1234567890abcd80)
        U(33, sext.b, 0x000000000000007f, 0xffffffffffffff7f)
        U(34, sext.h, 0xffffffffffff8000, 0x0000000000018000)
        U(35, zext.h, 0x000000000000ffff, 0xffffffffffffffff)
        /* rotations: amounts modulo 64, or 32 for the W forms, which sign-extend */
        TEST_RR(36, rol,   0x0000000000000003, 0x8000000000000001, 1)
        TEST_RR(37, rol,   0x8000000000000001, 0x8000000000000001, 64)
        TEST_RR(38, ror,   0xc000000000000000, 0x8000000000000001, 1)
        TEST_RR(39, rolw,  0xffffffff80000000, 0x0000000040000000, 1)
        TEST_RR(40, rorw,  0xffffffff80000000, 0xffffffff00000001, 33)
        TEST_RI(41, rori,  0x1000000000000000, 0x0000000000000001, 4)
        TEST_RI(42, roriw, 0x0000000010000000, 0xffffffff00000001, 4)
        TEST_RI(43, roriw, 0xffffffff80000000, 0x0000000000000001, 1)
        /* bytes */
        U(44, orc.b, 0xff00ff00000000ff, 0x0100800000000001)
        U(45, rev8,  0x0807060504030201, 0x0102030405060708)
        /* Zbc: carry-less products, low, high and reversed halves */
        TEST_RR(46, clmul,  0x000000000000000f, 0x5, 0x3)
        TEST_RR(47, clmul,  0x5555555555555555, -1, -1)
        TEST_RR(48, clmulh, 0x5555555555555555, -1, -1)
        TEST_RR(49, clmulr, 0xaaaaaaaaaaaaaaaa, -1, -1)
        TEST_RR(50, clmulh, 0x0000000000000001, 0x8000000000000000, 2)
        TEST_RR(51, clmulr, 0x0000000000000004, 0x8000000000000000, 4)
        /* Zbs: single bits, index modulo 64 */
        TEST_RR(52, bclr,  0x7fffffffffffffff, -1, 63)
        TEST_RR(53, bclr,  0xfffffffffffffffe, -1, 64)
        TEST_RI(54, bclri, 0xffffffffffffffef, -1, 4)
        TEST_RR(55, bext,  0x0000000000000001, 0x8000000000000000, 63)
        TEST_RI(56, bexti, 0x0000000000000000, 0x8000000000000000, 62)
        TEST_RR(57, binv,  0x0000000000000004, 0, 66)
        TEST_RI(58, binvi, 0x7fffffffffffffff, -1, 63)
        TEST_RR(59, bset,  0x8000000000000000, 0, 63)
        TEST_RI(60, bseti, 0x0000000000000101, 1, 8)
        TEST_RR_DEST_SRC2(61, bset, 0x0000000000000021, 1, 5)
TEST_END
