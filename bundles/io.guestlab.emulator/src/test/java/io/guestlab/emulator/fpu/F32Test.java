package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.Expect.f;
import static io.guestlab.emulator.fpu.Expect.f32AllModes;
import static io.guestlab.emulator.fpu.Expect.f32PerMode;
import static io.guestlab.emulator.fpu.FFlags.DZ;
import static io.guestlab.emulator.fpu.FFlags.NV;
import static io.guestlab.emulator.fpu.FFlags.NX;
import static io.guestlab.emulator.fpu.FFlags.OF;
import static io.guestlab.emulator.fpu.FFlags.UF;

import org.junit.Test;

/**
 * Hand-picked binary32 vectors. Besides the usual corners they include cases where computing in
 * double and then rounding to float (double rounding) would give the wrong answer.
 */
public class F32Test {
    static final int ONE = 0x3f800000;
    static final int ONE_PLUS_ULP = 0x3f800001;
    static final int MAX = 0x7f7fffff;
    static final int MIN_NORMAL = 0x00800000;
    static final int MAX_SUBNORMAL = 0x007fffff;
    static final int MIN_SUBNORMAL = 1;
    static final int INF = 0x7f800000;
    static final int NEG_INF = 0xff800000;
    static final int NEG_ZERO = 0x80000000;
    static final int SNAN = 0x7f800001;
    static final int QNAN_PAYLOAD = 0x7fc12345;
    static final int NAN = F32.CANONICAL_NAN;
    static final int[] NO_FLAGS = {0, 0, 0, 0, 0};
    static final int[] INEXACT = {NX, NX, NX, NX, NX};
    static final int[] UNDERFLOW = {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX};
    static final int[] OVERFLOW = {OF | NX, OF | NX, OF | NX, OF | NX, OF | NX};

    @Test
    public void additionRoundsTiesPerMode() {
        f32PerMode("1 + 2^-24", new int[] {ONE, ONE, ONE, ONE_PLUS_ULP, ONE_PLUS_ULP}, INEXACT,
                (rm, st) -> F32.add(ONE, f(0x1p-24f), rm, st));
        f32PerMode("1 + 2^-60", new int[] {ONE, ONE, ONE, ONE_PLUS_ULP, ONE}, INEXACT,
                (rm, st) -> F32.add(ONE, f(0x1p-60f), rm, st));
        f32PerMode("x - x", new int[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F32.sub(f(3.5f), f(3.5f), rm, st));
        f32AllModes("-0 + -0", NEG_ZERO, 0, (rm, st) -> F32.add(NEG_ZERO, NEG_ZERO, rm, st));
        f32AllModes("max subnormal + 2^-149", MIN_NORMAL, 0, (rm, st) -> F32.add(MAX_SUBNORMAL, MIN_SUBNORMAL, rm, st));
        // 2^30 + 2^-30: far apart, the exact sum is not a double-representable tie.
        f32PerMode("2^30 + 2^-30", new int[] {0x4e800000, 0x4e800000, 0x4e800000, 0x4e800001, 0x4e800000}, INEXACT,
                (rm, st) -> F32.add(f(0x1p30f), f(0x1p-30f), rm, st));
        f32PerMode("-2^30 + 2^-30", new int[] {0xce800000, 0xce7fffff, 0xce800000, 0xce7fffff, 0xce800000}, INEXACT,
                (rm, st) -> F32.add(f(-0x1p30f), f(0x1p-30f), rm, st));
    }

    @Test
    public void fusedMultiplyAddAvoidsDoubleRounding() {
        // 65281 * 257 = 2^24 + 1, a binary32 tie; + 2^-30 pushes it just above. In double the
        // 2^-30 is lost (55 bits), so rounding the double to float would wrongly give 2^24.
        int a = f(65281f);
        int b = f(257f);
        int c = f(0x1p-30f);
        f32PerMode("65281 * 257 + 2^-30", new int[] {0x4b800001, 0x4b800000, 0x4b800000, 0x4b800001, 0x4b800001}, INEXACT,
                (rm, st) -> F32.mulAdd(a, b, c, rm, st));
        f32PerMode("65281 * 257 - 2^-30", new int[] {0x4b800000, 0x4b800000, 0x4b800000, 0x4b800001, 0x4b800000}, INEXACT,
                (rm, st) -> F32.mulAdd(a, b, c | NEG_ZERO, rm, st));
        f32PerMode("65281 * 257 + 0", new int[] {0x4b800000, 0x4b800000, 0x4b800000, 0x4b800001, 0x4b800001}, INEXACT,
                (rm, st) -> F32.mulAdd(a, b, 0, rm, st));
        f32AllModes("inf * 0 + qNaN", NAN, NV, (rm, st) -> F32.mulAdd(INF, 0, QNAN_PAYLOAD, rm, st));
        f32AllModes("1 * 1 + sNaN", NAN, NV, (rm, st) -> F32.mulAdd(ONE, ONE, SNAN, rm, st));
        f32PerMode("1 * -1 + 1", new int[] {0, 0, NEG_ZERO, 0, 0}, NO_FLAGS, (rm, st) -> F32.mulAdd(ONE, f(-1f), ONE, rm, st));
        f32AllModes("max * 2 - max", MAX, 0, (rm, st) -> F32.mulAdd(MAX, f(2f), MAX | NEG_ZERO, rm, st));
        f32PerMode("max * 2 + 0", new int[] {INF, MAX, MAX, INF, INF}, OVERFLOW, (rm, st) -> F32.mulAdd(MAX, f(2f), 0, rm, st));
    }

    @Test
    public void overflowAndUnderflowPerMode() {
        f32PerMode("max * 2", new int[] {INF, MAX, MAX, INF, INF}, OVERFLOW, (rm, st) -> F32.mul(MAX, f(2f), rm, st));
        f32PerMode("-max * 2", new int[] {NEG_INF, MAX | NEG_ZERO, NEG_INF, MAX | NEG_ZERO, NEG_INF}, OVERFLOW,
                (rm, st) -> F32.mul(MAX | NEG_ZERO, f(2f), rm, st));
        f32PerMode("2^-149 / 2", new int[] {0, 0, 0, MIN_SUBNORMAL, MIN_SUBNORMAL}, UNDERFLOW,
                (rm, st) -> F32.mul(MIN_SUBNORMAL, f(0.5f), rm, st));
        f32PerMode("3 * 2^-149 / 2", new int[] {2, 1, 1, 2, 2}, UNDERFLOW, (rm, st) -> F32.div(3, f(2f), rm, st));
        f32AllModes("min normal / 2 is exact", 0x00400000, 0, (rm, st) -> F32.div(MIN_NORMAL, f(2f), rm, st));
        // (1 + 2^-23)(2^-126 - 2^-149) = 2^-126 (1 - 2^-46): not tiny after rounding in RNE/RUP/RMM.
        f32PerMode("(1+2^-23) * max subnormal", new int[] {MIN_NORMAL, MAX_SUBNORMAL, MAX_SUBNORMAL, MIN_NORMAL, MIN_NORMAL},
                new int[] {NX, UF | NX, UF | NX, NX, NX}, (rm, st) -> F32.mul(ONE_PLUS_ULP, MAX_SUBNORMAL, rm, st));
        f32PerMode("(1-2^-24) * min normal", new int[] {MIN_NORMAL, MAX_SUBNORMAL, MAX_SUBNORMAL, MIN_NORMAL, MIN_NORMAL},
                UNDERFLOW, (rm, st) -> F32.mul(0x3f7fffff, MIN_NORMAL, rm, st));
    }

    @Test
    public void divisionAndSquareRoot() {
        int third = 0x3eaaaaab; // above the exact value
        f32PerMode("1 / 3", new int[] {third, third - 1, third - 1, third, third}, INEXACT, (rm, st) -> F32.div(ONE, f(3f), rm, st));
        f32AllModes("1 / 0", INF, DZ, (rm, st) -> F32.div(ONE, 0, rm, st));
        f32AllModes("-1 / 0", NEG_INF, DZ, (rm, st) -> F32.div(f(-1f), 0, rm, st));
        f32AllModes("0 / 0", NAN, NV, (rm, st) -> F32.div(0, NEG_ZERO, rm, st));
        f32AllModes("inf / inf", NAN, NV, (rm, st) -> F32.div(INF, INF, rm, st));
        f32AllModes("-0 / 3", NEG_ZERO, 0, (rm, st) -> F32.div(NEG_ZERO, f(3f), rm, st));
        f32PerMode("1 / 2^-149", new int[] {INF, MAX, MAX, INF, INF}, OVERFLOW, (rm, st) -> F32.div(ONE, MIN_SUBNORMAL, rm, st));
        int root2 = 0x3fb504f3; // sqrt(2) rounded to nearest is below the exact value
        f32PerMode("sqrt(2)", new int[] {root2, root2, root2, root2 + 1, root2}, INEXACT, (rm, st) -> F32.sqrt(f(2f), rm, st));
        f32AllModes("sqrt(-0)", NEG_ZERO, 0, (rm, st) -> F32.sqrt(NEG_ZERO, rm, st));
        f32AllModes("sqrt(-2^-149)", NAN, NV, (rm, st) -> F32.sqrt(NEG_ZERO | 1, rm, st));
        f32AllModes("sqrt(inf)", INF, 0, (rm, st) -> F32.sqrt(INF, rm, st));
        f32AllModes("sqrt(sNaN)", NAN, NV, (rm, st) -> F32.sqrt(SNAN, rm, st));
        f32AllModes("sqrt(2^-148)", f(0x1p-74f), 0, (rm, st) -> F32.sqrt(2, rm, st));
    }

    @Test
    public void nanResultsAreCanonical() {
        f32AllModes("qNaN payload + 1", NAN, 0, (rm, st) -> F32.add(QNAN_PAYLOAD, ONE, rm, st));
        f32AllModes("-qNaN * 1", NAN, 0, (rm, st) -> F32.mul(0xffc00000, ONE, rm, st));
        f32AllModes("sNaN - 1", NAN, NV, (rm, st) -> F32.sub(SNAN, ONE, rm, st));
        f32AllModes("inf - inf", NAN, NV, (rm, st) -> F32.sub(INF, INF, rm, st));
        f32AllModes("0 * -inf", NAN, NV, (rm, st) -> F32.mul(0, NEG_INF, rm, st));
        f32AllModes("-inf - 1", NEG_INF, 0, (rm, st) -> F32.sub(NEG_INF, ONE, rm, st));
    }
}
