package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.Expect.d;
import static io.guestlab.emulator.fpu.Expect.f64;
import static io.guestlab.emulator.fpu.Expect.f64AllModes;
import static io.guestlab.emulator.fpu.Expect.f64PerMode;
import static io.guestlab.emulator.fpu.FFlags.DZ;
import static io.guestlab.emulator.fpu.FFlags.NV;
import static io.guestlab.emulator.fpu.FFlags.NX;
import static io.guestlab.emulator.fpu.FFlags.OF;
import static io.guestlab.emulator.fpu.FFlags.UF;

import org.junit.Test;

/** Hand-picked binary64 vectors: signed zeros, subnormals, range limits per mode, NaN kinds. */
public class F64Test {
    static final long ONE = 0x3ff0000000000000L;
    static final long ONE_PLUS_ULP = 0x3ff0000000000001L;
    static final long ONE_MINUS_HALF_ULP = 0x3fefffffffffffffL; // 1 - 2^-53
    static final long MAX = 0x7fefffffffffffffL;
    static final long MIN_NORMAL = 0x0010000000000000L;
    static final long MAX_SUBNORMAL = 0x000fffffffffffffL;
    static final long MIN_SUBNORMAL = 1L;
    static final long INF = 0x7ff0000000000000L;
    static final long NEG_INF = 0xfff0000000000000L;
    static final long NEG_ZERO = 0x8000000000000000L;
    static final long QNAN_PAYLOAD = 0x7ff8000000000123L;
    static final long NEG_QNAN = 0xfff8000000000000L;
    static final long SNAN = 0x7ff0000000000001L;
    static final long NAN = F64.CANONICAL_NAN;
    static final int[] NO_FLAGS = {0, 0, 0, 0, 0};
    static final int[] INEXACT = {NX, NX, NX, NX, NX};

    @Test
    public void addRoundsTiesPerMode() {
        long halfUlp = d(0x1p-53);
        f64PerMode("1 + 2^-53", new long[] {ONE, ONE, ONE, ONE_PLUS_ULP, ONE_PLUS_ULP}, INEXACT,
                (rm, st) -> F64.add(ONE, halfUlp, rm, st));
        f64PerMode("-1 - 2^-53", new long[] {ONE | NEG_ZERO, ONE | NEG_ZERO, ONE_PLUS_ULP | NEG_ZERO, ONE | NEG_ZERO,
            ONE_PLUS_ULP | NEG_ZERO}, INEXACT, (rm, st) -> F64.sub(ONE | NEG_ZERO, halfUlp, rm, st));
        long threeQuarterUlp = d(0x1.8p-53);
        f64PerMode("1 + 1.5*2^-53", new long[] {ONE_PLUS_ULP, ONE, ONE, ONE_PLUS_ULP, ONE_PLUS_ULP}, INEXACT,
                (rm, st) -> F64.add(ONE, threeQuarterUlp, rm, st));
        // 1 - 2^-54 lies between 1 - 2^-53 and 1: the spacing halves below a power of two.
        f64PerMode("1 - 2^-54", new long[] {ONE, ONE_MINUS_HALF_ULP, ONE_MINUS_HALF_ULP, ONE, ONE}, INEXACT,
                (rm, st) -> F64.sub(ONE, d(0x1p-54), rm, st));
    }

    @Test
    public void exactZeroSumsFollowTheSignRule() {
        long x = d(1.5);
        f64PerMode("x - x", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.sub(x, x, rm, st));
        f64PerMode("x + -x", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.add(x, x | NEG_ZERO, rm, st));
        f64AllModes("-0 + -0", NEG_ZERO, 0, (rm, st) -> F64.add(NEG_ZERO, NEG_ZERO, rm, st));
        f64PerMode("+0 + -0", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.add(0, NEG_ZERO, rm, st));
        f64PerMode("-0 - -0", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.sub(NEG_ZERO, NEG_ZERO, rm, st));
        f64AllModes("-0 + 2^-1074", MIN_SUBNORMAL, 0, (rm, st) -> F64.add(NEG_ZERO, MIN_SUBNORMAL, rm, st));
    }

    @Test
    public void subnormalSumsAreExact() {
        f64AllModes("2^-1074 + 2^-1074", 2, 0, (rm, st) -> F64.add(MIN_SUBNORMAL, MIN_SUBNORMAL, rm, st));
        f64AllModes("min normal - 2^-1074", MAX_SUBNORMAL, 0, (rm, st) -> F64.sub(MIN_NORMAL, MIN_SUBNORMAL, rm, st));
        f64AllModes("max subnormal + 2^-1074", MIN_NORMAL, 0, (rm, st) -> F64.add(MAX_SUBNORMAL, MIN_SUBNORMAL, rm, st));
    }

    @Test
    public void overflowGivesInfinityOrLargestFinitePerMode() {
        int[] of = {OF | NX, OF | NX, OF | NX, OF | NX, OF | NX};
        f64PerMode("max + max", new long[] {INF, MAX, MAX, INF, INF}, of, (rm, st) -> F64.add(MAX, MAX, rm, st));
        long negMax = MAX | NEG_ZERO;
        f64PerMode("-max - max", new long[] {NEG_INF, negMax, NEG_INF, negMax, NEG_INF}, of,
                (rm, st) -> F64.sub(negMax, MAX, rm, st));
        f64PerMode("max * 2", new long[] {INF, MAX, MAX, INF, INF}, of, (rm, st) -> F64.mul(MAX, d(2), rm, st));
        f64PerMode("max / 0.5", new long[] {INF, MAX, MAX, INF, INF}, of, (rm, st) -> F64.div(MAX, d(0.5), rm, st));
        // max + half an ulp: a tie that only RNE/RMM round up into overflow; RTZ/RDN stay in range.
        long halfUlpOfMax = d(0x1p970);
        f64PerMode("max + ulp/2", new long[] {INF, MAX, MAX, INF, INF}, new int[] {OF | NX, NX, NX, OF | NX, OF | NX},
                (rm, st) -> F64.add(MAX, halfUlpOfMax, rm, st));
        long quarterUlpOfMax = d(0x1p969);
        f64PerMode("max + ulp/4", new long[] {MAX, MAX, MAX, INF, MAX}, new int[] {NX, NX, NX, OF | NX, NX},
                (rm, st) -> F64.add(MAX, quarterUlpOfMax, rm, st));
        f64AllModes("max * 1 is exact", MAX, 0, (rm, st) -> F64.mul(MAX, ONE, rm, st));
    }

    @Test
    public void underflowIsRaisedOnlyForTinyInexactResults() {
        f64AllModes("min normal / 2 is exact", 0x0008000000000000L, 0, (rm, st) -> F64.mul(MIN_NORMAL, d(0.5), rm, st));
        f64PerMode("2^-1074 / 2", new long[] {0, 0, 0, MIN_SUBNORMAL, MIN_SUBNORMAL},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX}, (rm, st) -> F64.mul(MIN_SUBNORMAL, d(0.5), rm, st));
        f64PerMode("-2^-1074 / 2", new long[] {NEG_ZERO, NEG_ZERO, NEG_ZERO | 1, NEG_ZERO, NEG_ZERO | 1},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX},
                (rm, st) -> F64.div(NEG_ZERO | MIN_SUBNORMAL, d(2), rm, st));
        f64PerMode("1e-300 * 1e-300", new long[] {0, 0, 0, MIN_SUBNORMAL, 0},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX}, (rm, st) -> F64.mul(d(1e-300), d(1e-300), rm, st));
    }

    @Test
    public void tininessIsDetectedAfterRounding() {
        // (1 + 2^-52) * (2^-1022 - 2^-1074) = 2^-1022 * (1 - 2^-104): with an unbounded exponent it
        // rounds to 2^-1022 (not tiny) in RNE/RUP/RMM, but to 2^-1022 * (1 - 2^-53) in RTZ/RDN.
        f64PerMode("(1+2^-52) * max subnormal", new long[] {MIN_NORMAL, MAX_SUBNORMAL, MAX_SUBNORMAL, MIN_NORMAL, MIN_NORMAL},
                new int[] {NX, UF | NX, UF | NX, NX, NX}, (rm, st) -> F64.mul(ONE_PLUS_ULP, MAX_SUBNORMAL, rm, st));
        // (1 - 2^-53) * 2^-1022 is exact with 53 bits and an unbounded exponent, hence tiny; the
        // subnormal rounding is a tie.
        f64PerMode("(1-2^-53) * min normal", new long[] {MIN_NORMAL, MAX_SUBNORMAL, MAX_SUBNORMAL, MIN_NORMAL, MIN_NORMAL},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX},
                (rm, st) -> F64.mul(ONE_MINUS_HALF_ULP, MIN_NORMAL, rm, st));
    }

    @Test
    public void multiplicationSpecialCases() {
        f64AllModes("inf * 0", NAN, NV, (rm, st) -> F64.mul(INF, 0, rm, st));
        f64AllModes("-0 * inf", NAN, NV, (rm, st) -> F64.mul(NEG_ZERO, INF, rm, st));
        f64AllModes("-2 * 0", NEG_ZERO, 0, (rm, st) -> F64.mul(d(-2), 0, rm, st));
        f64AllModes("-inf * -2", INF, 0, (rm, st) -> F64.mul(NEG_INF, d(-2), rm, st));
        f64AllModes("3 * 5", d(15), 0, (rm, st) -> F64.mul(d(3), d(5), rm, st));
    }

    @Test
    public void divisionSpecialCases() {
        f64AllModes("1 / 0", INF, DZ, (rm, st) -> F64.div(ONE, 0, rm, st));
        f64AllModes("-1 / 0", NEG_INF, DZ, (rm, st) -> F64.div(d(-1), 0, rm, st));
        f64AllModes("-1 / -0", INF, DZ, (rm, st) -> F64.div(d(-1), NEG_ZERO, rm, st));
        f64AllModes("2^-1074 / 0", INF, DZ, (rm, st) -> F64.div(MIN_SUBNORMAL, 0, rm, st));
        f64AllModes("0 / 0", NAN, NV, (rm, st) -> F64.div(0, 0, rm, st));
        f64AllModes("inf / inf", NAN, NV, (rm, st) -> F64.div(INF, NEG_INF, rm, st));
        f64AllModes("inf / 0", INF, 0, (rm, st) -> F64.div(INF, 0, rm, st));
        f64AllModes("-0 / inf", NEG_ZERO, 0, (rm, st) -> F64.div(NEG_ZERO, INF, rm, st));
        f64AllModes("1 / -inf", NEG_ZERO, 0, (rm, st) -> F64.div(ONE, NEG_INF, rm, st));
        f64AllModes("0 / -5", NEG_ZERO, 0, (rm, st) -> F64.div(0, d(-5), rm, st));
        f64AllModes("qNaN / 0", NAN, 0, (rm, st) -> F64.div(QNAN_PAYLOAD, 0, rm, st));
    }

    @Test
    public void divisionRoundsPerMode() {
        long third = 0x3fd5555555555555L;
        f64PerMode("1 / 3", new long[] {third, third, third, third + 1, third}, INEXACT, (rm, st) -> F64.div(ONE, d(3), rm, st));
        long negThird = third | NEG_ZERO;
        f64PerMode("-1 / 3", new long[] {negThird, negThird, negThird + 1, negThird, negThird}, INEXACT,
                (rm, st) -> F64.div(d(-1), d(3), rm, st));
        long tenth = 0x3fb999999999999aL; // above the exact value
        f64PerMode("1 / 10", new long[] {tenth, tenth - 1, tenth - 1, tenth, tenth}, INEXACT,
                (rm, st) -> F64.div(ONE, d(10), rm, st));
        f64AllModes("min normal / 2^52", MIN_SUBNORMAL, 0, (rm, st) -> F64.div(MIN_NORMAL, d(0x1p52), rm, st));
        f64PerMode("1 / 2^-1074", new long[] {INF, MAX, MAX, INF, INF}, new int[] {OF | NX, OF | NX, OF | NX, OF | NX, OF | NX},
                (rm, st) -> F64.div(ONE, MIN_SUBNORMAL, rm, st));
    }

    @Test
    public void squareRootCornerCases() {
        f64AllModes("sqrt(-0)", NEG_ZERO, 0, (rm, st) -> F64.sqrt(NEG_ZERO, rm, st));
        f64AllModes("sqrt(+0)", 0, 0, (rm, st) -> F64.sqrt(0, rm, st));
        f64AllModes("sqrt(-1)", NAN, NV, (rm, st) -> F64.sqrt(d(-1), rm, st));
        f64AllModes("sqrt(-2^-1074)", NAN, NV, (rm, st) -> F64.sqrt(NEG_ZERO | MIN_SUBNORMAL, rm, st));
        f64AllModes("sqrt(-inf)", NAN, NV, (rm, st) -> F64.sqrt(NEG_INF, rm, st));
        f64AllModes("sqrt(inf)", INF, 0, (rm, st) -> F64.sqrt(INF, rm, st));
        f64AllModes("sqrt(sNaN)", NAN, NV, (rm, st) -> F64.sqrt(SNAN, rm, st));
        f64AllModes("sqrt(-qNaN)", NAN, 0, (rm, st) -> F64.sqrt(NEG_QNAN, rm, st));
        f64AllModes("sqrt(4)", d(2), 0, (rm, st) -> F64.sqrt(d(4), rm, st));
        f64AllModes("sqrt(2^-1074)", 0x1e60000000000000L, 0, (rm, st) -> F64.sqrt(MIN_SUBNORMAL, rm, st));
        long root2 = 0x3ff6a09e667f3bcdL; // above the exact value
        f64PerMode("sqrt(2)", new long[] {root2, root2 - 1, root2 - 1, root2, root2}, INEXACT, (rm, st) -> F64.sqrt(d(2), rm, st));
        f64PerMode("sqrt(max)", new long[] {0x5fefffffffffffffL, 0x5fefffffffffffffL, 0x5fefffffffffffffL, 0x5ff0000000000000L,
            0x5fefffffffffffffL}, INEXACT, (rm, st) -> F64.sqrt(MAX, rm, st));
    }

    @Test
    public void fusedMultiplyAddRoundsOnce() {
        // (1 + 2^-52)(1 - 2^-52) - 1 = -2^-104 exactly; separate rounding would give 0.
        f64AllModes("fma cancellation", 0xb970000000000000L, 0,
                (rm, st) -> F64.mulAdd(ONE_PLUS_ULP, 0x3feffffffffffffeL, d(-1), rm, st));
        f64AllModes("max * 2 - max is exact", MAX, 0, (rm, st) -> F64.mulAdd(MAX, d(2), MAX | NEG_ZERO, rm, st));
        f64PerMode("1 * 1 - 1", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.mulAdd(ONE, ONE, d(-1), rm, st));
        f64PerMode("+0 * 1 + -0", new long[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F64.mulAdd(0, ONE, NEG_ZERO, rm, st));
        f64AllModes("-0 * 1 + -0", NEG_ZERO, 0, (rm, st) -> F64.mulAdd(NEG_ZERO, ONE, NEG_ZERO, rm, st));
        f64AllModes("tiny product + 1", ONE, 0, (rm, st) -> F64.mulAdd(0, d(5), ONE, rm, st));
        f64PerMode("2^-600 * 2^-600 + 1", new long[] {ONE, ONE, ONE, ONE_PLUS_ULP, ONE}, INEXACT,
                (rm, st) -> F64.mulAdd(d(0x1p-600), d(0x1p-600), ONE, rm, st));
    }

    @Test
    public void fusedMultiplyAddInvalidCases() {
        f64AllModes("inf * 0 + qNaN", NAN, NV, (rm, st) -> F64.mulAdd(INF, 0, QNAN_PAYLOAD, rm, st));
        f64AllModes("0 * inf + 1", NAN, NV, (rm, st) -> F64.mulAdd(0, INF, ONE, rm, st));
        f64AllModes("inf * 1 - inf", NAN, NV, (rm, st) -> F64.mulAdd(INF, ONE, NEG_INF, rm, st));
        f64AllModes("inf * 1 + inf", INF, 0, (rm, st) -> F64.mulAdd(INF, ONE, INF, rm, st));
        f64AllModes("1 * 1 + sNaN", NAN, NV, (rm, st) -> F64.mulAdd(ONE, ONE, SNAN, rm, st));
        f64AllModes("qNaN * 1 + 1", NAN, 0, (rm, st) -> F64.mulAdd(NEG_QNAN, ONE, ONE, rm, st));
        f64AllModes("max * max - inf", NEG_INF, 0, (rm, st) -> F64.mulAdd(MAX, MAX, NEG_INF, rm, st));
    }

    @Test
    public void nanResultsAreCanonical() {
        f64AllModes("qNaN payload + 1", NAN, 0, (rm, st) -> F64.add(QNAN_PAYLOAD, ONE, rm, st));
        f64AllModes("1 - -qNaN", NAN, 0, (rm, st) -> F64.sub(ONE, NEG_QNAN, rm, st));
        f64AllModes("sNaN + 1", NAN, NV, (rm, st) -> F64.add(SNAN, ONE, rm, st));
        f64AllModes("qNaN * sNaN", NAN, NV, (rm, st) -> F64.mul(QNAN_PAYLOAD, SNAN, rm, st));
        f64AllModes("inf - inf", NAN, NV, (rm, st) -> F64.sub(INF, INF, rm, st));
        f64AllModes("inf + inf", INF, 0, (rm, st) -> F64.add(INF, INF, rm, st));
        f64AllModes("-inf + max", NEG_INF, 0, (rm, st) -> F64.add(NEG_INF, MAX, rm, st));
    }

    @Test
    public void flagsAccrue() {
        FloatStatus st = new FloatStatus();
        F64.div(ONE, 0, Rounding.RNE, st);
        F64.add(ONE, d(0x1p-60), Rounding.RNE, st);
        F64.add(ONE, ONE, Rounding.RNE, st); // exact: leaves the flags alone
        org.junit.Assert.assertEquals(DZ | NX, st.flags);
    }
}
