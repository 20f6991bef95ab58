/* RV64D (unpriv chapter 12): double-precision arithmetic under every rounding mode, exact
 * fflags, canonical NaN, fmin/fmax with signalling NaNs, saturating conversions, conversions
 * between single and double (NaN-boxed results), fclass, fmv.x.d / fmv.d.x, sign injection,
 * fused multiply-add and loads / stores. */
#include "test_fp.h"

#define ONE      0x3ff0000000000000
#define TWO      0x4000000000000000
#define THREE    0x4008000000000000
#define HALF     0x3fe0000000000000
#define M_ONE    0xbff0000000000000
#define ULP_HALF 0x3ca0000000000000  /* 2^-53 */
#define INF      0x7ff0000000000000
#define M_INF    0xfff0000000000000
#define QNAN     0x7ff8000000000000  /* the canonical NaN */
#define QNAN_PAY 0x7ff8000000012345
#define SNAN     0x7ff0000000000001
#define MAXD     0x7fefffffffffffff
#define MINNORM  0x0010000000000000
#define MINSUB   0x0000000000000001
#define ZERO     0x0000000000000000
#define M_ZERO   0x8000000000000000

TEST_BEGIN
        TEST_FP( 2, ONE,                FFLAG_NX, ONE, ULP_HALF, 0, fadd.d f4, f1, f2, rne)
        TEST_FP( 3, ONE,                FFLAG_NX, ONE, ULP_HALF, 0, fadd.d f4, f1, f2, rtz)
        TEST_FP( 4, ONE,                FFLAG_NX, ONE, ULP_HALF, 0, fadd.d f4, f1, f2, rdn)
        TEST_FP( 5, 0x3ff0000000000001, FFLAG_NX, ONE, ULP_HALF, 0, fadd.d f4, f1, f2, rup)
        TEST_FP( 6, 0x3ff0000000000001, FFLAG_NX, ONE, ULP_HALF, 0, fadd.d f4, f1, f2, rmm)
        TEST_FP( 7, 0x3ff0000000000002, FFLAG_NX, 0x3ff0000000000001, ULP_HALF, 0, fadd.d f4, f1, f2, rne)
        TEST_FP( 8, 0x3fd5555555555555, FFLAG_NX, ONE, THREE, 0, fdiv.d f4, f1, f2, rne)
        TEST_FP( 9, 0x3fd5555555555556, FFLAG_NX, ONE, THREE, 0, fdiv.d f4, f1, f2, rup)
        TEST_FP(10, 0x3fd5555555555555, FFLAG_NX, ONE, THREE, 0, fdiv.d f4, f1, f2, rtz)
        TEST_FP(11, 0xbfd5555555555556, FFLAG_NX, M_ONE, THREE, 0, fdiv.d f4, f1, f2, rdn)
        TEST_FP(12, 0xbfd5555555555555, FFLAG_NX, M_ONE, THREE, 0, fdiv.d f4, f1, f2, rmm)
        TEST_FP(13, 0x3fd5555555555556, FFLAG_NX, ONE, THREE, 0, fsrmi RM_RUP; fdiv.d f4, f1, f2, dyn; fsrmi RM_RNE)
        TEST_FP(14, 0xbff0000000000001, FFLAG_NX, M_ONE, 0xbca0000000000000, 0, fsrmi RM_RDN; fadd.d f4, f1, f2; fsrmi RM_RNE)
        /* sqrt(2): RNE rounds up here, RDN down */
        TEST_FP(15, 0x3ff6a09e667f3bcd, FFLAG_NX, TWO, 0, 0, fsqrt.d f4, f1, rne)
        TEST_FP(16, 0x3ff6a09e667f3bcc, FFLAG_NX, TWO, 0, 0, fsqrt.d f4, f1, rdn)
        TEST_FP(17, 0x3ff6a09e667f3bcd, FFLAG_NX, TWO, 0, 0, fsqrt.d f4, f1, rup)
        TEST_FP(18, THREE, 0, ONE, TWO, 0, fadd.d f4, f1, f2)
        TEST_FP(19, HALF, 0, ONE, TWO, 0, fdiv.d f4, f1, f2)
        TEST_FP(20, M_ZERO, 0, ONE, ONE, 0, fsub.d f4, f1, f2, rdn)
        /* exceptions */
        TEST_FP(21, INF,  FFLAG_DZ, ONE, ZERO, 0, fdiv.d f4, f1, f2)
        TEST_FP(22, QNAN, FFLAG_NV, ZERO, ZERO, 0, fdiv.d f4, f1, f2)
        TEST_FP(23, QNAN, FFLAG_NV, M_INF, M_INF, 0, fsub.d f4, f1, f2)
        TEST_FP(24, QNAN, FFLAG_NV, M_ONE, 0, 0, fsqrt.d f4, f1)
        TEST_FP(25, INF,  FFLAG_OF | FFLAG_NX, MAXD, TWO, 0, fmul.d f4, f1, f2)
        TEST_FP(26, MAXD, FFLAG_OF | FFLAG_NX, MAXD, TWO, 0, fmul.d f4, f1, f2, rtz)
        TEST_FP(27, 0x0008000000000000, 0, MINNORM, HALF, 0, fmul.d f4, f1, f2)
        TEST_FP(28, ZERO,   FFLAG_UF | FFLAG_NX, MINSUB, HALF, 0, fmul.d f4, f1, f2)
        TEST_FP(29, MINSUB, FFLAG_UF | FFLAG_NX, MINSUB, HALF, 0, fmul.d f4, f1, f2, rup)
        TEST_FP(30, QNAN, 0,        QNAN_PAY, ONE, 0, fadd.d f4, f1, f2)
        TEST_FP(31, QNAN, FFLAG_NV, SNAN, ONE, 0, fmul.d f4, f1, f2)
        /* fmin / fmax */
        TEST_FP(32, ONE,    FFLAG_NV, SNAN, ONE, 0, fmin.d f4, f1, f2)
        TEST_FP(33, ONE,    0, ONE, QNAN_PAY, 0, fmax.d f4, f1, f2)
        TEST_FP(34, QNAN,   0, QNAN_PAY, QNAN_PAY, 0, fmin.d f4, f1, f2)
        TEST_FP(35, QNAN,   FFLAG_NV, SNAN, SNAN, 0, fmax.d f4, f1, f2)
        TEST_FP(36, M_ZERO, 0, ZERO, M_ZERO, 0, fmin.d f4, f1, f2)
        TEST_FP(37, ZERO,   0, M_ZERO, ZERO, 0, fmax.d f4, f1, f2)
        /* conversions to integer */
        TEST_FP_INT(38, 2,  FFLAG_NX, 0x4004000000000000, 0, fcvt.w.d a0, f1, rne)   /* 2.5 */
        TEST_FP_INT(39, 3,  FFLAG_NX, 0x4004000000000000, 0, fcvt.w.d a0, f1, rmm)
        TEST_FP_INT(40, -3, FFLAG_NX, 0xc004000000000000, 0, fcvt.l.d a0, f1, rdn)
        TEST_FP_INT(41, -2, FFLAG_NX, 0xc004000000000000, 0, fcvt.l.d a0, f1, rup)
        TEST_FP_INT(42, 0x7fffffff, FFLAG_NV, 0x41e0000000000000, 0, fcvt.w.d a0, f1, rtz) /* 2^31 */
        TEST_FP_INT(43, 0x7fffffff, 0, 0x41dfffffffc00000, 0, fcvt.w.d a0, f1, rtz)        /* 2^31-1 */
        TEST_FP_INT(44, 0xffffffff80000000, FFLAG_NV, 0xc1e0000000200000, 0, fcvt.w.d a0, f1, rtz) /* -2^31-1 */
        TEST_FP_INT(45, 0x7fffffff, FFLAG_NV, QNAN, 0, fcvt.w.d a0, f1)
        TEST_FP_INT(46, 0xffffffffffffffff, 0, 0x41efffffffe00000, 0, fcvt.wu.d a0, f1)       /* 2^32-1, sign-extended */
        TEST_FP_INT(47, 0xffffffffffffffff, FFLAG_NV, 0x41f0000000000000, 0, fcvt.wu.d a0, f1) /* 2^32 */
        TEST_FP_INT(48, 0, FFLAG_NV, M_ONE, 0, fcvt.wu.d a0, f1)
        TEST_FP_INT(49, 0x7fffffffffffffff, FFLAG_NV, 0x43e0000000000000, 0, fcvt.l.d a0, f1) /* 2^63 */
        TEST_FP_INT(50, 0x7ffffffffffffc00, 0, 0x43dfffffffffffff, 0, fcvt.l.d a0, f1)
        TEST_FP_INT(51, 0x8000000000000000, FFLAG_NV, M_INF, 0, fcvt.l.d a0, f1)
        TEST_FP_INT(52, 0x7fffffffffffffff, FFLAG_NV, SNAN, 0, fcvt.l.d a0, f1)
        TEST_FP_INT(53, 0xfffffffffffff800, 0, 0x43efffffffffffff, 0, fcvt.lu.d a0, f1)
        TEST_FP_INT(54, 0xffffffffffffffff, FFLAG_NV, 0x43f0000000000000, 0, fcvt.lu.d a0, f1) /* 2^64 */
        TEST_FP_INT(55, 0, FFLAG_NV, 0xbff0000000000000, 0, fcvt.lu.d a0, f1)
        TEST_FP_INT(56, 0, FFLAG_NX, 0xbfe0000000000000, 0, fcvt.lu.d a0, f1, rtz)           /* -0.5 */
        /* conversions from integer */
        TEST_FP_FROM_INT(57, 0xbff0000000000000, 0, 0x00000000ffffffff, fcvt.d.w f4, a1)
        TEST_FP_FROM_INT(58, 0x41efffffffe00000, 0, 0xffffffffffffffff, fcvt.d.wu f4, a1)
        TEST_FP_FROM_INT(59, 0x43e0000000000000, FFLAG_NX, 0x7fffffffffffffff, fcvt.d.l f4, a1)
        TEST_FP_FROM_INT(60, 0x43dfffffffffffff, FFLAG_NX, 0x7fffffffffffffff, fcvt.d.l f4, a1, rtz)
        TEST_FP_FROM_INT(61, 0x43f0000000000000, FFLAG_NX, 0xffffffffffffffff, fcvt.d.lu f4, a1)
        TEST_FP_FROM_INT(62, 0xc3e0000000000000, 0, 0x8000000000000000, fcvt.d.l f4, a1)
        /* single <-> double */
        TEST_FP(63, S(0x3eaaaaab), FFLAG_NX, 0x3fd5555555555555, 0, 0, fcvt.s.d f4, f1)
        TEST_FP(64, S(0x3eaaaaaa), FFLAG_NX, 0x3fd5555555555555, 0, 0, fcvt.s.d f4, f1, rtz)
        TEST_FP(65, S(0x7fc00000), FFLAG_NV, SNAN, 0, 0, fcvt.s.d f4, f1)
        TEST_FP(66, S(0x7f800000), FFLAG_OF | FFLAG_NX, MAXD, 0, 0, fcvt.s.d f4, f1)
        TEST_FP(67, 0x3ff0000000000000, 0, S(0x3f800000), 0, 0, fcvt.d.s f4, f1)
        TEST_FP(68, QNAN, FFLAG_NV, S(0x7f800001), 0, 0, fcvt.d.s f4, f1)
        TEST_FP(69, QNAN, 0, 0x000000003f800000, 0, 0, fcvt.d.s f4, f1)   /* unboxed input */
        TEST_FP(70, 0x36a0000000000000, 0, S(0x00000001), 0, 0, fcvt.d.s f4, f1) /* subnormal single is normal double */
        /* fclass */
        TEST_FP_INT(71, 1 << 0, 0, M_INF, 0, fclass.d a0, f1)
        TEST_FP_INT(72, 1 << 1, 0, M_ONE, 0, fclass.d a0, f1)
        TEST_FP_INT(73, 1 << 2, 0, 0x8000000000000001, 0, fclass.d a0, f1)
        TEST_FP_INT(74, 1 << 3, 0, M_ZERO, 0, fclass.d a0, f1)
        TEST_FP_INT(75, 1 << 4, 0, ZERO, 0, fclass.d a0, f1)
        TEST_FP_INT(76, 1 << 5, 0, 0x000fffffffffffff, 0, fclass.d a0, f1)
        TEST_FP_INT(77, 1 << 6, 0, MINNORM, 0, fclass.d a0, f1)
        TEST_FP_INT(78, 1 << 7, 0, INF, 0, fclass.d a0, f1)
        TEST_FP_INT(79, 1 << 8, 0, 0x7ff7ffffffffffff, 0, fclass.d a0, f1)
        TEST_FP_INT(80, 1 << 9, 0, 0xfff8000000000000, 0, fclass.d a0, f1)
        /* a single value in an f register, read as double, is just a (negative quiet) NaN */
        TEST_FP_INT(81, 1 << 9, 0, S(0x3f800000), 0, fclass.d a0, f1)
        /* fmv and sign injection */
        TEST_FP_INT(82, SNAN, 0, SNAN, 0, fmv.x.d a0, f1)
        TEST_FP(83, 0xfff0000000000001, 0, SNAN, M_ONE, 0, fsgnj.d f4, f1, f2)
        TEST_FP(84, 0x7ff0000000000001, 0, SNAN, M_ONE, 0, fsgnjn.d f4, f1, f2)
        TEST_FP(85, 0x3ff0000000000000, 0, M_ONE, M_ONE, 0, fsgnjx.d f4, f1, f2)
        TEST_FP(86, 0x7ff8000000012345, 0, 0xfff8000000012345, 0, 0, fabs.d f4, f1)
        /* fused */
        TEST_FP(87, 0x3970000000000000, 0, 0x3ff0000000000001, 0x3ff0000000000001, 0xbff0000000000002, fmadd.d f4, f1, f2, f3) /* 2^-104: single rounding */
        TEST_FP(88, 0xc014000000000000, 0, ONE, TWO, THREE, fnmadd.d f4, f1, f2, f3)
        TEST_FP(89, 0xbff0000000000000, 0, ONE, TWO, THREE, fmsub.d f4, f1, f2, f3)
        TEST_FP(90, 0x3ff0000000000000, 0, ONE, TWO, THREE, fnmsub.d f4, f1, f2, f3)
        TEST_FP(91, QNAN, FFLAG_NV, ZERO, INF, QNAN_PAY, fmadd.d f4, f1, f2, f3)
        TEST_FP(92, ZERO, 0, ONE, ZERO, M_ZERO, fmadd.d f4, f1, f2, f3)         /* +0 + -0 = +0 */
        TEST_FP(93, M_ZERO, 0, ONE, ZERO, M_ZERO, fmadd.d f4, f1, f2, f3, rdn)  /* ... but -0 under RDN */
        /* compares */
        TEST_FP_INT(94, 1, 0, M_ZERO, ZERO, feq.d a0, f1, f2)
        TEST_FP_INT(95, 0, 0, QNAN, ONE, feq.d a0, f1, f2)
        TEST_FP_INT(96, 0, FFLAG_NV, SNAN, ONE, feq.d a0, f1, f2)
        TEST_FP_INT(97, 0, FFLAG_NV, QNAN, ONE, flt.d a0, f1, f2)
        TEST_FP_INT(98, 1, 0, ONE, ONE, fle.d a0, f1, f2)
        TEST_FP_INT(99, 1, 0, M_INF, MAXD, flt.d a0, f1, f2)
        /* loads and stores move the bits unchanged, signalling NaNs included */
        TEST_CASE(100, a0, SNAN, la a1, ddata; li a2, SNAN; sd a2, 0(a1); fld f5, 0(a1); fsd f5, 8(a1); ld a0, 8(a1))
        TEST_CASE(101, a0, SNAN, la a1, ddata; fld f5, 0(a1); fmv.x.d a0, f5)
        j pass
TEST_END

        .data
        .align 3
ddata:  .zero 16
