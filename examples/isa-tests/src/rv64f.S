/* RV64F (unpriv chapter 11, with the NaN-boxing rules of 13.2): arithmetic under every static
 * rounding mode and the dynamic frm, exact fflags, canonical NaN results, fmin/fmax with
 * signalling NaNs and signed zeros, saturating conversions, fclass of every class, fmv and
 * fsgnj* (which never canonicalise), fused multiply-add with a single rounding, compares, and
 * loads / stores. */
#include "test_fp.h"

#define ONE      0x3f800000
#define TWO      0x40000000
#define THREE    0x40400000
#define HALF     0x3f000000
#define M_ONE    0xbf800000
#define ULP_HALF 0x33800000  /* 2^-24: half an ulp of 1.0 */
#define ULP_3Q   0x33c00000  /* 3 * 2^-25: three quarters of an ulp of 1.0 */
#define INF      0x7f800000
#define M_INF    0xff800000
#define QNAN     0x7fc00000  /* the canonical NaN */
#define QNAN_PAY 0x7fc12345
#define SNAN     0x7f800001
#define MAXF     0x7f7fffff
#define MINNORM  0x00800000
#define MINSUB   0x00000001
#define ZERO     0x00000000
#define M_ZERO   0x80000000

TEST_BEGIN
        /* rounding modes on an exact tie: 1 + 2^-24 */
        TEST_FP( 2, S(ONE),        FFLAG_NX, S(ONE), S(ULP_HALF), 0, fadd.s f4, f1, f2, rne)
        TEST_FP( 3, S(ONE),        FFLAG_NX, S(ONE), S(ULP_HALF), 0, fadd.s f4, f1, f2, rtz)
        TEST_FP( 4, S(ONE),        FFLAG_NX, S(ONE), S(ULP_HALF), 0, fadd.s f4, f1, f2, rdn)
        TEST_FP( 5, S(0x3f800001), FFLAG_NX, S(ONE), S(ULP_HALF), 0, fadd.s f4, f1, f2, rup)
        TEST_FP( 6, S(0x3f800001), FFLAG_NX, S(ONE), S(ULP_HALF), 0, fadd.s f4, f1, f2, rmm)
        /* the tie with an odd neighbour rounds up to even under RNE */
        TEST_FP( 7, S(0x3f800002), FFLAG_NX, S(0x3f800001), S(ULP_HALF), 0, fadd.s f4, f1, f2, rne)
        TEST_FP( 8, S(0x3f800001), FFLAG_NX, S(0x3f800001), S(ULP_HALF), 0, fadd.s f4, f1, f2, rtz)
        /* negative tie */
        TEST_FP( 9, S(M_ONE),      FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fadd.s f4, f1, f2, rne)
        TEST_FP(10, S(0xbf800001), FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fadd.s f4, f1, f2, rdn)
        TEST_FP(11, S(M_ONE),      FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fadd.s f4, f1, f2, rup)
        TEST_FP(12, S(0xbf800001), FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fadd.s f4, f1, f2, rmm)
        TEST_FP(13, S(M_ONE),      FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fadd.s f4, f1, f2, rtz)
        /* not a tie: three quarters of an ulp */
        TEST_FP(14, S(0x3f800001), FFLAG_NX, S(ONE), S(ULP_3Q), 0, fadd.s f4, f1, f2, rne)
        TEST_FP(15, S(ONE),        FFLAG_NX, S(ONE), S(ULP_3Q), 0, fadd.s f4, f1, f2, rtz)
        /* 1/3 and -1/3 */
        TEST_FP(16, S(0x3eaaaaab), FFLAG_NX, S(ONE), S(THREE), 0, fdiv.s f4, f1, f2, rne)
        TEST_FP(17, S(0x3eaaaaaa), FFLAG_NX, S(ONE), S(THREE), 0, fdiv.s f4, f1, f2, rtz)
        TEST_FP(18, S(0x3eaaaaaa), FFLAG_NX, S(ONE), S(THREE), 0, fdiv.s f4, f1, f2, rdn)
        TEST_FP(19, S(0x3eaaaaab), FFLAG_NX, S(ONE), S(THREE), 0, fdiv.s f4, f1, f2, rup)
        TEST_FP(20, S(0xbeaaaaab), FFLAG_NX, S(M_ONE), S(THREE), 0, fdiv.s f4, f1, f2, rdn)
        TEST_FP(21, S(0xbeaaaaaa), FFLAG_NX, S(M_ONE), S(THREE), 0, fdiv.s f4, f1, f2, rup)
        /* dynamic rounding mode from frm */
        TEST_FP(22, S(0x3f800001), FFLAG_NX, S(ONE), S(ULP_HALF), 0, fsrmi RM_RUP; fadd.s f4, f1, f2, dyn; fsrmi RM_RNE)
        TEST_FP(23, S(0xbf800001), FFLAG_NX, S(M_ONE), S(0xb3800000), 0, fsrmi RM_RDN; fadd.s f4, f1, f2; fsrmi RM_RNE)
        TEST_FP(24, S(0x3eaaaaaa), FFLAG_NX, S(ONE), S(THREE), 0, fsrmi RM_RTZ; fdiv.s f4, f1, f2, dyn; fsrmi RM_RNE)
        TEST_FP(25, S(0x3f800001), FFLAG_NX, S(ONE), S(ULP_HALF), 0, fsrmi RM_RMM; fadd.s f4, f1, f2, dyn; fsrmi RM_RNE)
        /* exact results raise nothing */
        TEST_FP(26, S(THREE), 0, S(ONE), S(TWO), 0, fadd.s f4, f1, f2)
        TEST_FP(27, S(M_ONE), 0, S(ONE), S(TWO), 0, fsub.s f4, f1, f2)
        TEST_FP(28, S(TWO), 0, S(ONE), S(TWO), 0, fmul.s f4, f1, f2)
        TEST_FP(29, S(HALF), 0, S(ONE), S(TWO), 0, fdiv.s f4, f1, f2)
        TEST_FP(30, S(TWO), 0, S(0x40800000), 0, 0, fsqrt.s f4, f1)
        TEST_FP(31, S(M_ZERO), 0, S(M_ZERO), 0, 0, fsqrt.s f4, f1)   /* sqrt(-0) = -0 */
        /* x - x is +0 except under RDN, where it is -0 (IEEE 754 6.3) */
        TEST_FP(32, S(ZERO),   0, S(ONE), S(ONE), 0, fsub.s f4, f1, f2, rne)
        TEST_FP(33, S(M_ZERO), 0, S(ONE), S(ONE), 0, fsub.s f4, f1, f2, rdn)
        /* exceptions */
        TEST_FP(34, S(INF),  FFLAG_DZ, S(ONE), S(ZERO), 0, fdiv.s f4, f1, f2)
        TEST_FP(35, S(M_INF), FFLAG_DZ, S(M_ONE), S(ZERO), 0, fdiv.s f4, f1, f2)
        TEST_FP(36, S(QNAN), FFLAG_NV, S(ZERO), S(ZERO), 0, fdiv.s f4, f1, f2)
        TEST_FP(37, S(QNAN), FFLAG_NV, S(INF), S(INF), 0, fsub.s f4, f1, f2)
        TEST_FP(38, S(QNAN), FFLAG_NV, S(M_ONE), 0, 0, fsqrt.s f4, f1)
        TEST_FP(39, S(QNAN), FFLAG_NV, S(INF), S(ZERO), 0, fmul.s f4, f1, f2)
        TEST_FP(40, S(INF),  FFLAG_OF | FFLAG_NX, S(MAXF), S(TWO), 0, fmul.s f4, f1, f2, rne)
        TEST_FP(41, S(MAXF), FFLAG_OF | FFLAG_NX, S(MAXF), S(TWO), 0, fmul.s f4, f1, f2, rtz)
        TEST_FP(42, S(MAXF), FFLAG_OF | FFLAG_NX, S(MAXF), S(TWO), 0, fmul.s f4, f1, f2, rdn)
        TEST_FP(43, S(0xff7fffff), FFLAG_OF | FFLAG_NX, S(0xff7fffff), S(TWO), 0, fmul.s f4, f1, f2, rup)
        TEST_FP(44, S(0x00400000), 0, S(MINNORM), S(HALF), 0, fmul.s f4, f1, f2)   /* exact subnormal: no UF */
        TEST_FP(45, S(ZERO),   FFLAG_UF | FFLAG_NX, S(MINSUB), S(HALF), 0, fmul.s f4, f1, f2, rne)
        TEST_FP(46, S(MINSUB), FFLAG_UF | FFLAG_NX, S(MINSUB), S(HALF), 0, fmul.s f4, f1, f2, rup)
        /* NaN inputs give the canonical NaN; only a signalling NaN raises NV */
        TEST_FP(47, S(QNAN), 0,        S(QNAN_PAY), S(ONE), 0, fadd.s f4, f1, f2)
        TEST_FP(48, S(QNAN), FFLAG_NV, S(SNAN), S(ONE), 0, fadd.s f4, f1, f2)
        TEST_FP(49, S(QNAN), FFLAG_NV, S(ONE), S(0xff800005), 0, fmul.s f4, f1, f2)
        /* an input that is not NaN-boxed reads as the canonical NaN (13.2) */
        TEST_FP(50, S(QNAN), 0, 0x000000003f800000, S(ONE), 0, fadd.s f4, f1, f2)
        TEST_FP(51, S(QNAN), 0, 0xfffffffe3f800000, S(ONE), 0, fmul.s f4, f1, f2)
        TEST_FP_INT(52, 1 << 9, 0, 0x0000000000000000, 0, fclass.s a0, f1)
        /* fmin / fmax: a single NaN operand is ignored, sNaN still raises NV, -0 < +0 */
        TEST_FP(53, S(ONE),    FFLAG_NV, S(SNAN), S(ONE), 0, fmin.s f4, f1, f2)
        TEST_FP(54, S(ONE),    FFLAG_NV, S(ONE), S(SNAN), 0, fmax.s f4, f1, f2)
        TEST_FP(55, S(ONE),    0, S(QNAN_PAY), S(ONE), 0, fmin.s f4, f1, f2)
        TEST_FP(56, S(QNAN),   0, S(QNAN_PAY), S(QNAN_PAY), 0, fmax.s f4, f1, f2)
        TEST_FP(57, S(QNAN),   FFLAG_NV, S(SNAN), S(QNAN_PAY), 0, fmin.s f4, f1, f2)
        TEST_FP(58, S(M_ZERO), 0, S(ZERO), S(M_ZERO), 0, fmin.s f4, f1, f2)
        TEST_FP(59, S(ZERO),   0, S(M_ZERO), S(ZERO), 0, fmax.s f4, f1, f2)
        TEST_FP(60, S(M_ONE),  0, S(M_ONE), S(TWO), 0, fmin.s f4, f1, f2)
        TEST_FP(61, S(TWO),    0, S(M_ONE), S(TWO), 0, fmax.s f4, f1, f2)
        /* conversions to integer: rounding, saturation, NaN (table 11.4) */
        TEST_FP_INT(62, 2,  FFLAG_NX, S(0x3fc00000), 0, fcvt.w.s a0, f1, rne)  /* 1.5 */
        TEST_FP_INT(63, 2,  FFLAG_NX, S(0x40200000), 0, fcvt.w.s a0, f1, rne)  /* 2.5 */
        TEST_FP_INT(64, 3,  FFLAG_NX, S(0x40200000), 0, fcvt.w.s a0, f1, rmm)
        TEST_FP_INT(65, -3, FFLAG_NX, S(0xc0200000), 0, fcvt.w.s a0, f1, rdn)
        TEST_FP_INT(66, -2, FFLAG_NX, S(0xc0200000), 0, fcvt.w.s a0, f1, rup)
        TEST_FP_INT(67, -2, FFLAG_NX, S(0xc0200000), 0, fcvt.w.s a0, f1, rtz)
        TEST_FP_INT(68, 0x7fffffff, FFLAG_NV, S(0x4f32d05e), 0, fcvt.w.s a0, f1, rtz)   /* 3e9 */
        TEST_FP_INT(69, 0xffffffff80000000, FFLAG_NV, S(M_INF), 0, fcvt.w.s a0, f1, rtz)
        TEST_FP_INT(70, 0x7fffffff, FFLAG_NV, S(QNAN), 0, fcvt.w.s a0, f1, rtz)
        TEST_FP_INT(71, 0xffffffff80000000, 0, S(0xcf000000), 0, fcvt.w.s a0, f1, rtz) /* -2^31 exactly */
        TEST_FP_INT(72, 0, FFLAG_NV, S(M_ONE), 0, fcvt.wu.s a0, f1, rtz)
        TEST_FP_INT(73, 0, FFLAG_NX, S(0xbf000000), 0, fcvt.wu.s a0, f1, rtz)          /* -0.5 rounds to 0 */
        TEST_FP_INT(74, 0xffffffffffffffff, FFLAG_NV, S(QNAN), 0, fcvt.wu.s a0, f1, rtz) /* sign-extended 2^32-1 */
        TEST_FP_INT(75, 0xffffffffb2d05e00, 0, S(0x4f32d05e), 0, fcvt.wu.s a0, f1, rtz)
        TEST_FP_INT(76, 0x7fffffffffffffff, FFLAG_NV, S(0x5f000000), 0, fcvt.l.s a0, f1, rtz) /* 2^63 */
        TEST_FP_INT(77, 0x8000000000000000, 0, S(0xdf000000), 0, fcvt.l.s a0, f1, rtz)
        TEST_FP_INT(78, 0x7fffffffffffffff, FFLAG_NV, S(SNAN), 0, fcvt.l.s a0, f1, rtz)
        TEST_FP_INT(79, 0, FFLAG_NV, S(M_INF), 0, fcvt.lu.s a0, f1, rtz)
        TEST_FP_INT(80, 0xffffffffffffffff, FFLAG_NV, S(INF), 0, fcvt.lu.s a0, f1, rtz)
        TEST_FP_INT(81, 0x8000000000000000, 0, S(0x5f000000), 0, fcvt.lu.s a0, f1, rtz)
        /* conversions from integer */
        TEST_FP_FROM_INT(82, S(0xbf800000), 0, 0x00000000ffffffff, fcvt.s.w f4, a1)    /* only the low word */
        TEST_FP_FROM_INT(83, S(0x4f800000), FFLAG_NX, 0x00000000ffffffff, fcvt.s.wu f4, a1)
        TEST_FP_FROM_INT(84, S(0x4f7fffff), FFLAG_NX, 0x00000000ffffffff, fcvt.s.wu f4, a1, rtz)
        TEST_FP_FROM_INT(85, S(0x5f000000), FFLAG_NX, 0x7fffffffffffffff, fcvt.s.l f4, a1)
        TEST_FP_FROM_INT(86, S(0xdf000000), 0, 0x8000000000000000, fcvt.s.l f4, a1)
        TEST_FP_FROM_INT(87, S(0x5f800000), FFLAG_NX, 0xffffffffffffffff, fcvt.s.lu f4, a1)
        TEST_FP_FROM_INT(88, S(ZERO), 0, 0, fcvt.s.l f4, a1)
        /* fclass: one bit per class (table 11.5) */
        TEST_FP_INT(89, 1 << 0, 0, S(M_INF), 0, fclass.s a0, f1)
        TEST_FP_INT(90, 1 << 1, 0, S(M_ONE), 0, fclass.s a0, f1)
        TEST_FP_INT(91, 1 << 2, 0, S(0x80000001), 0, fclass.s a0, f1)
        TEST_FP_INT(92, 1 << 3, 0, S(M_ZERO), 0, fclass.s a0, f1)
        TEST_FP_INT(93, 1 << 4, 0, S(ZERO), 0, fclass.s a0, f1)
        TEST_FP_INT(94, 1 << 5, 0, S(MINSUB), 0, fclass.s a0, f1)
        TEST_FP_INT(95, 1 << 6, 0, S(ONE), 0, fclass.s a0, f1)
        TEST_FP_INT(96, 1 << 7, 0, S(INF), 0, fclass.s a0, f1)
        TEST_FP_INT(97, 1 << 8, 0, S(SNAN), 0, fclass.s a0, f1)
        TEST_FP_INT(98, 1 << 9, 0, S(QNAN), 0, fclass.s a0, f1)
        /* fmv: bits move unchanged; fmv.x.w sign-extends, fmv.w.x NaN-boxes, and a narrow move
         * out of an unboxed register still takes the low 32 bits (13.2) */
        TEST_FP_INT(99, 0xffffffff80000000, 0, S(M_ZERO), 0, fmv.x.w a0, f1)
        TEST_FP_INT(100, 0x000000007f800001, 0, S(SNAN), 0, fmv.x.w a0, f1)
        TEST_FP_INT(101, 0x0000000012345678, 0, 0x0000000012345678, 0, fmv.x.w a0, f1)
        TEST_FP_FROM_INT(102, S(0x7f800001), 0, 0x123456787f800001, fmv.w.x f4, a1)
        /* sign injection works on the bits, NaN payloads included, and raises nothing */
        TEST_FP(103, S(0xff800001), 0, S(SNAN), S(M_ONE), 0, fsgnj.s f4, f1, f2)
        TEST_FP(104, S(0x7f800001), 0, S(SNAN), S(M_ONE), 0, fsgnjn.s f4, f1, f2)
        TEST_FP(105, S(0xbf800000), 0, S(M_ONE), S(ONE), 0, fsgnjx.s f4, f1, f2)
        TEST_FP(106, S(0x3f800000), 0, S(M_ONE), S(M_ONE), 0, fsgnjx.s f4, f1, f2)
        TEST_FP(107, S(0x3f800000), 0, S(M_ONE), 0, 0, fabs.s f4, f1)
        TEST_FP(108, S(0xffc12345), 0, S(QNAN_PAY), 0, 0, fneg.s f4, f1)
        TEST_FP(109, S(0xffc00000), 0, 0x000000003f800000, S(M_ONE), 0, fsgnj.s f4, f1, f2) /* unboxed input = canonical NaN */
        /* fused multiply-add: one rounding. (1+2^-23)^2 - (1+2^-22) = 2^-46 exactly */
        TEST_FP(110, S(0x28800000), 0, S(0x3f800001), S(0x3f800001), S(0xbf800002), fmadd.s f4, f1, f2, f3)
        TEST_FP(111, S(0x40a00000), 0, S(ONE), S(TWO), S(THREE), fmadd.s f4, f1, f2, f3)   /* 1*2+3 = 5 */
        TEST_FP(112, S(0xbf800000), 0, S(ONE), S(TWO), S(THREE), fmsub.s f4, f1, f2, f3)   /* 1*2-3 = -1 */
        TEST_FP(113, S(0x3f800000), 0, S(ONE), S(TWO), S(THREE), fnmsub.s f4, f1, f2, f3)  /* -(1*2)+3 = 1 */
        TEST_FP(114, S(0xc0a00000), 0, S(ONE), S(TWO), S(THREE), fnmadd.s f4, f1, f2, f3)  /* -(1*2)-3 = -5 */
        TEST_FP(115, S(QNAN), FFLAG_NV, S(INF), S(ZERO), S(QNAN_PAY), fmadd.s f4, f1, f2, f3) /* 11.6: inf*0 + qNaN is invalid */
        TEST_FP(116, S(QNAN), FFLAG_NV, S(INF), S(ONE), S(M_INF), fmadd.s f4, f1, f2, f3)
        TEST_FP(117, S(0x3f800001), FFLAG_NX, S(ONE), S(ONE), S(ULP_HALF), fmadd.s f4, f1, f2, f3, rup)
        /* compares: feq is quiet, flt / fle signal on any NaN */
        TEST_FP_INT(118, 1, 0, S(M_ZERO), S(ZERO), feq.s a0, f1, f2)
        TEST_FP_INT(119, 0, 0, S(QNAN), S(QNAN), feq.s a0, f1, f2)
        TEST_FP_INT(120, 0, FFLAG_NV, S(SNAN), S(ONE), feq.s a0, f1, f2)
        TEST_FP_INT(121, 0, FFLAG_NV, S(QNAN), S(ONE), flt.s a0, f1, f2)
        TEST_FP_INT(122, 0, FFLAG_NV, S(ONE), S(QNAN), fle.s a0, f1, f2)
        TEST_FP_INT(123, 1, 0, S(M_ZERO), S(ZERO), fle.s a0, f1, f2)
        TEST_FP_INT(124, 0, 0, S(M_ZERO), S(ZERO), flt.s a0, f1, f2)
        TEST_FP_INT(125, 1, 0, S(M_INF), S(MAXF), flt.s a0, f1, f2)
        /* flw NaN-boxes, fsw stores the low word only */
        TEST_CASE(126, a0, S(0x7f800001), la a1, fdata; li a2, 0x7f800001; sw a2, 0(a1); flw f5, 0(a1); fmv.x.d a0, f5)
        TEST_CASE(127, a0, 0x5555555512345678, la a1, fdata; li a2, 0x5555555555555555; sd a2, 8(a1); li a2, 0x0000000012345678; fmv.d.x f5, a2; fsw f5, 8(a1); ld a0, 8(a1))
        /* fcsr layout: frm in bits 7:5, fflags in 4:0, the rest reads zero (11.2) */
        TEST_CASE(128, a0, 0xff, li a1, 0xffffffff; csrw fcsr, a1; csrr a0, fcsr)
        TEST_CASE(129, a0, 0x07, csrr a0, frm)
        TEST_CASE(130, a0, 0x1f, csrr a0, fflags)
        TEST_CASE(131, a0, 0x1f, csrwi fcsr, 0; li a1, 0x1f; fsflags a0, a1; fsflags a0, x0)   /* returns the old value */
        TEST_CASE(132, a0, 0x06, csrwi fcsr, 0; fsrmi RM_RNE; csrsi frm, 6; csrr a0, frm; csrwi frm, 0)
        /* flags accrue over instructions */
        TEST_FP(133, S(INF), FFLAG_DZ | FFLAG_NX, S(ONE), S(ZERO), 0, fdiv.s f5, f1, f2; fadd.s f5, f1, f2; li a1, S(ULP_HALF); fmv.d.x f6, a1; fadd.s f4, f1, f6; fdiv.s f4, f1, f2)
        /* an invalid frm (5, 6, 7) makes a dynamic-rounding instruction illegal (11.2) */
        TEST_CASE(134, a0, 0, csrwi frm, 5; TRAP_EXPECT(1f); 2: fadd.s f4, f1, f2, dyn; j fail; 1: li a0, 0; csrwi frm, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TRAP_CHECK_EPC(m_trap, 2b)
        /* mstatus.FS = Off makes every F instruction and fcsr access illegal (priv 3.1.6.6) */
        TEST_CASE(135, a0, 0, li a1, MSTATUS_FS; csrc mstatus, a1; TRAP_EXPECT(1f); 2: fadd.s f4, f1, f2; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        TEST_CASE(136, a0, 0, TRAP_EXPECT(1f); csrr a1, fflags; j fail; 1: li a0, 0)
        TRAP_CHECK(m_trap, TR_CAUSE, CAUSE_ILLEGAL_INSTRUCTION)
        /* writing an f register marks FS dirty */
        TEST_CASE(137, a0, MSTATUS_FS_DIRTY, li a1, MSTATUS_FS_INITIAL; csrs mstatus, a1; fmv.w.x f4, zero; csrr a0, mstatus; li a1, MSTATUS_FS; and a0, a0, a1)
        csrr a0, mstatus; bltz a0, 1f; j fail; 1:       /* SD summarises a dirty FS */
        j pass
TEST_END

        .data
        .align 3
fdata:  .zero 16
