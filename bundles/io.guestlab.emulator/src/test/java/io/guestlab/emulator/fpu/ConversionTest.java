package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.Expect.ALL_MODES;
import static io.guestlab.emulator.fpu.Expect.d;
import static io.guestlab.emulator.fpu.Expect.f;
import static io.guestlab.emulator.fpu.Expect.f32AllModes;
import static io.guestlab.emulator.fpu.Expect.f32PerMode;
import static io.guestlab.emulator.fpu.Expect.f64AllModes;
import static io.guestlab.emulator.fpu.Expect.f64PerMode;
import static io.guestlab.emulator.fpu.FFlags.NV;
import static io.guestlab.emulator.fpu.FFlags.NX;
import static io.guestlab.emulator.fpu.FFlags.OF;
import static io.guestlab.emulator.fpu.FFlags.UF;
import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * Conversions. The saturation cases follow the RISC-V F extension table "Domains of
 * float-to-integer conversions and behavior for invalid inputs", for all eight FCVT.{W,WU,L,LU}.{S,D}.
 */
public class ConversionTest {
    private static final int INT = 0;
    private static final int UINT = 1;
    private static final int LONG = 2;
    private static final int ULONG = 3;
    private static final long[] MAX = {Integer.MAX_VALUE, -1 /* 2^32-1, sign-extended */, Long.MAX_VALUE, -1L};
    private static final long[] MIN = {Integer.MIN_VALUE, 0, Long.MIN_VALUE, 0};

    private static long convert64(int kind, long a, int rm, FloatStatus st) {
        switch (kind) {
            case INT: return F64.toInt32(a, rm, st);
            case UINT: return F64.toUInt32(a, rm, st);
            case LONG: return F64.toInt64(a, rm, st);
            default: return F64.toUInt64(a, rm, st);
        }
    }

    private static long convert32(int kind, int a, int rm, FloatStatus st) {
        switch (kind) {
            case INT: return F32.toInt32(a, rm, st);
            case UINT: return F32.toUInt32(a, rm, st);
            case LONG: return F32.toInt64(a, rm, st);
            default: return F32.toUInt64(a, rm, st);
        }
    }

    private static void expect64(String what, int kind, long a, int rm, long expected, int flags) {
        FloatStatus st = new FloatStatus();
        long actual = convert64(kind, a, rm, st);
        assertEquals(what + " kind " + kind + " rm " + Rounding.name(rm) + " value", expected, actual);
        assertEquals(what + " kind " + kind + " rm " + Rounding.name(rm) + " flags", flags, st.flags);
    }

    private static void expect32(String what, int kind, int a, int rm, long expected, int flags) {
        FloatStatus st = new FloatStatus();
        long actual = convert32(kind, a, rm, st);
        assertEquals(what + " kind " + kind + " rm " + Rounding.name(rm) + " value", expected, actual);
        assertEquals(what + " kind " + kind + " rm " + Rounding.name(rm) + " flags", flags, st.flags);
    }

    @Test
    public void invalidInputsSaturatePerTheSpecTable() {
        for (int kind = INT; kind <= ULONG; kind++) {
            for (int rm : ALL_MODES) {
                expect64("+inf", kind, 0x7ff0000000000000L, rm, MAX[kind], NV);
                expect64("-inf", kind, 0xfff0000000000000L, rm, MIN[kind], NV);
                expect64("qNaN", kind, F64.CANONICAL_NAN, rm, MAX[kind], NV);
                expect64("-qNaN", kind, 0xfff8000000000000L, rm, MAX[kind], NV);
                expect64("sNaN", kind, 0x7ff0000000000001L, rm, MAX[kind], NV);
                expect64("1e300", kind, d(1e300), rm, MAX[kind], NV);
                expect64("-1e300", kind, d(-1e300), rm, MIN[kind], NV);
                expect32("+inf", kind, 0x7f800000, rm, MAX[kind], NV);
                expect32("-inf", kind, 0xff800000, rm, MIN[kind], NV);
                expect32("qNaN", kind, F32.CANONICAL_NAN, rm, MAX[kind], NV);
                expect32("-sNaN", kind, 0xff800001, rm, MAX[kind], NV);
                expect32("1e30", kind, f(1e30f), rm, MAX[kind], NV);
                expect32("-1e30", kind, f(-1e30f), rm, MIN[kind], NV);
                expect64("-0", kind, 0x8000000000000000L, rm, 0, 0);
                expect32("-0", kind, 0x80000000, rm, 0, 0);
                expect64("2^-1074", kind, 1, rm, rm == Rounding.RUP ? 1 : 0, NX);
            }
        }
    }

    @Test
    public void boundariesOfEachIntegerRange() {
        for (int rm : ALL_MODES) {
            expect64("2^31-1", INT, d(0x1p31 - 1), rm, Integer.MAX_VALUE, 0);
            expect64("2^31", INT, d(0x1p31), rm, Integer.MAX_VALUE, NV);
            expect64("-2^31", INT, d(-0x1p31), rm, Integer.MIN_VALUE, 0);
            expect64("-2^31-1", INT, d(-0x1p31 - 1), rm, Integer.MIN_VALUE, NV);
            expect64("2^32-1", UINT, d(0x1p32 - 1), rm, -1, 0);
            expect64("2^32", UINT, d(0x1p32), rm, -1, NV);
            expect64("-1", UINT, d(-1), rm, 0, NV);
            expect64("2^63", LONG, d(0x1p63), rm, Long.MAX_VALUE, NV);
            expect64("-2^63", LONG, d(-0x1p63), rm, Long.MIN_VALUE, 0);
            expect64("largest double below 2^63", LONG, d(0x1p63) - 1, rm, 0x7ffffffffffffc00L, 0);
            expect64("2^64", ULONG, d(0x1p64), rm, -1L, NV);
            expect64("largest double below 2^64", ULONG, d(0x1p64) - 1, rm, 0xfffffffffffff800L, 0);
            expect64("-1", ULONG, d(-1), rm, 0, NV);
            expect32("2^31", INT, f(0x1p31f), rm, Integer.MAX_VALUE, NV);
            expect32("-2^31", INT, f(-0x1p31f), rm, Integer.MIN_VALUE, 0);
            expect32("largest float below 2^31", INT, f(0x1p31f) - 1, rm, 0x7fffff80, 0);
            expect32("2^32", UINT, f(0x1p32f), rm, -1, NV);
            expect32("largest float below 2^32", UINT, f(0x1p32f) - 1, rm, 0xffffff00L | 0xffffffff00000000L, 0);
            expect32("2^63", LONG, f(0x1p63f), rm, Long.MAX_VALUE, NV);
            expect32("-2^63", LONG, f(-0x1p63f), rm, Long.MIN_VALUE, 0);
            expect32("2^64", ULONG, f(0x1p64f), rm, -1L, NV);
            expect32("largest float below 2^64", ULONG, f(0x1p64f) - 1, rm, 0xffffff0000000000L, 0);
        }
        // 2^31 - 0.5 rounds out of range in RNE/RUP/RMM (NV, no NX) but into range in RTZ/RDN (NX).
        long almost = d(0x1p31 - 0.5);
        expect64("2^31-0.5", INT, almost, Rounding.RNE, Integer.MAX_VALUE, NV);
        expect64("2^31-0.5", INT, almost, Rounding.RTZ, Integer.MAX_VALUE, NX);
        expect64("2^31-0.5", INT, almost, Rounding.RDN, Integer.MAX_VALUE, NX);
        expect64("2^31-0.5", INT, almost, Rounding.RUP, Integer.MAX_VALUE, NV);
        expect64("2^31-0.5", INT, almost, Rounding.RMM, Integer.MAX_VALUE, NV);
        long belowMin = d(-0x1p31 - 0.5);
        expect64("-2^31-0.5", INT, belowMin, Rounding.RNE, Integer.MIN_VALUE, NX); // tie to even
        expect64("-2^31-0.5", INT, belowMin, Rounding.RTZ, Integer.MIN_VALUE, NX);
        expect64("-2^31-0.5", INT, belowMin, Rounding.RDN, Integer.MIN_VALUE, NV);
        expect64("-2^31-0.5", INT, belowMin, Rounding.RMM, Integer.MIN_VALUE, NV);
        // Negative values that round to zero are fine for unsigned results; -1 is not.
        expect64("-0.5", UINT, d(-0.5), Rounding.RNE, 0, NX);
        expect64("-0.5", UINT, d(-0.5), Rounding.RMM, 0, NV);
        expect64("-0.9", ULONG, d(-0.9), Rounding.RTZ, 0, NX);
        expect64("-0.9", ULONG, d(-0.9), Rounding.RUP, 0, NX);
        expect64("-0.1", ULONG, d(-0.1), Rounding.RDN, 0, NV);
        expect32("-0.9", UINT, f(-0.9f), Rounding.RNE, 0, NV);
    }

    @Test
    public void roundingToIntegersPerMode() {
        double[] values = {2.5, -2.5, 0.5, -0.5, 1.5, 2.75, -2.25};
        long[][] expected = { // RNE, RTZ, RDN, RUP, RMM
            {2, 2, 2, 3, 3}, {-2, -2, -3, -2, -3}, {0, 0, 0, 1, 1}, {0, 0, -1, 0, -1}, {2, 1, 1, 2, 2},
            {3, 2, 2, 3, 3}, {-2, -2, -3, -2, -2}};
        for (int i = 0; i < values.length; i++) {
            for (int rm : ALL_MODES) {
                expect64(values[i] + "", INT, d(values[i]), rm, expected[i][rm], NX);
                expect64(values[i] + "", LONG, d(values[i]), rm, expected[i][rm], NX);
                expect32(values[i] + "", INT, f((float) values[i]), rm, expected[i][rm], NX);
                expect32(values[i] + "", LONG, f((float) values[i]), rm, expected[i][rm], NX);
            }
        }
        for (int rm : ALL_MODES) {
            expect64("-7", LONG, d(-7), rm, -7, 0);
            expect32("123456", UINT, f(123456f), rm, 123456, 0);
        }
    }

    @Test
    public void integersToFloatingPoint() {
        int[] inexact = {NX, NX, NX, NX, NX};
        f32PerMode("int 2^31-1", new int[] {0x4f000000, 0x4effffff, 0x4effffff, 0x4f000000, 0x4f000000}, inexact,
                (rm, st) -> F32.fromInt32(Integer.MAX_VALUE, rm, st));
        f32PerMode("int 2^24+1", new int[] {0x4b800000, 0x4b800000, 0x4b800000, 0x4b800001, 0x4b800001}, inexact,
                (rm, st) -> F32.fromInt32(16777217, rm, st));
        f32PerMode("int -(2^24+1)", new int[] {0xcb800000, 0xcb800000, 0xcb800001, 0xcb800000, 0xcb800001}, inexact,
                (rm, st) -> F32.fromInt32(-16777217, rm, st));
        f32AllModes("int min", 0xcf000000, 0, (rm, st) -> F32.fromInt32(Integer.MIN_VALUE, rm, st));
        f32PerMode("uint 2^32-1", new int[] {0x4f800000, 0x4f7fffff, 0x4f7fffff, 0x4f800000, 0x4f800000}, inexact,
                (rm, st) -> F32.fromUInt32(-1, rm, st));
        f32AllModes("long min", 0xdf000000, 0, (rm, st) -> F32.fromInt64(Long.MIN_VALUE, rm, st));
        f32PerMode("ulong 2^64-1", new int[] {0x5f800000, 0x5f7fffff, 0x5f7fffff, 0x5f800000, 0x5f800000}, inexact,
                (rm, st) -> F32.fromUInt64(-1L, rm, st));
        f32AllModes("zero is +0", 0, 0, (rm, st) -> F32.fromInt64(0, rm, st));
        f64AllModes("int min", d(-0x1p31), 0, (rm, st) -> F64.fromInt32(Integer.MIN_VALUE, rm, st));
        f64AllModes("uint 2^32-1", d(0x1p32 - 1), 0, (rm, st) -> F64.fromUInt32(-1, rm, st));
        f64AllModes("long min", d(-0x1p63), 0, (rm, st) -> F64.fromInt64(Long.MIN_VALUE, rm, st));
        f64AllModes("zero is +0", 0, 0, (rm, st) -> F64.fromUInt64(0, rm, st));
        long twoTo53 = d(0x1p53);
        f64PerMode("long 2^53+1", new long[] {twoTo53, twoTo53, twoTo53, twoTo53 + 1, twoTo53 + 1},
                new int[] {NX, NX, NX, NX, NX}, (rm, st) -> F64.fromInt64((1L << 53) + 1, rm, st));
        f64PerMode("ulong 2^64-1", new long[] {d(0x1p64), d(0x1p64) - 1, d(0x1p64) - 1, d(0x1p64), d(0x1p64)},
                new int[] {NX, NX, NX, NX, NX}, (rm, st) -> F64.fromUInt64(-1L, rm, st));
    }

    @Test
    public void betweenFormats() {
        f32PerMode("double max", new int[] {0x7f800000, 0x7f7fffff, 0x7f7fffff, 0x7f800000, 0x7f800000},
                new int[] {OF | NX, OF | NX, OF | NX, OF | NX, OF | NX}, (rm, st) -> F64.toF32(0x7fefffffffffffffL, rm, st));
        f32AllModes("-inf", 0xff800000, 0, (rm, st) -> F64.toF32(0xfff0000000000000L, rm, st));
        f32AllModes("-0", 0x80000000, 0, (rm, st) -> F64.toF32(0x8000000000000000L, rm, st));
        f32AllModes("sNaN", F32.CANONICAL_NAN, NV, (rm, st) -> F64.toF32(0x7ff0000000000001L, rm, st));
        f32AllModes("-qNaN with payload", F32.CANONICAL_NAN, 0, (rm, st) -> F64.toF32(0xfff8000012345678L, rm, st));
        f32PerMode("1e-50", new int[] {0, 0, 0, 1, 0}, new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX},
                (rm, st) -> F64.toF32(d(1e-50), rm, st));
        f32PerMode("-1e-50", new int[] {0x80000000, 0x80000000, 0x80000001, 0x80000000, 0x80000000},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX}, (rm, st) -> F64.toF32(d(-1e-50), rm, st));
        // 2^-126 (1 - 2^-25): rounds to 2^-126 with an unbounded exponent in RNE, so it is not tiny.
        f32PerMode("2^-126(1-2^-25)", new int[] {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000},
                new int[] {NX, UF | NX, UF | NX, NX, NX}, (rm, st) -> F64.toF32(d(0x1p-126 * (1 - 0x1p-25)), rm, st));
        // 2^-126 (1 - 2^-24) has 24 bits: tiny in every mode, and a subnormal tie.
        f32PerMode("2^-126(1-2^-24)", new int[] {0x00800000, 0x007fffff, 0x007fffff, 0x00800000, 0x00800000},
                new int[] {UF | NX, UF | NX, UF | NX, UF | NX, UF | NX}, (rm, st) -> F64.toF32(d(0x1p-126 * (1 - 0x1p-24)), rm, st));
        f32AllModes("2^-149 exactly", 1, 0, (rm, st) -> F64.toF32(d(0x1p-149), rm, st));
        f32PerMode("1/3", new int[] {0x3eaaaaab, 0x3eaaaaaa, 0x3eaaaaaa, 0x3eaaaaab, 0x3eaaaaab}, new int[] {NX, NX, NX, NX, NX},
                (rm, st) -> F64.toF32(d(1.0 / 3), rm, st));

        FloatStatus st = new FloatStatus();
        assertEquals(0x36a0000000000000L, F32.toF64(1, st)); // 2^-149, exact
        assertEquals(0xfff0000000000000L, F32.toF64(0xff800000, st));
        assertEquals(0x8000000000000000L, F32.toF64(0x80000000, st));
        assertEquals(d(0x1.fffffep127), F32.toF64(0x7f7fffff, st));
        assertEquals(F64.CANONICAL_NAN, F32.toF64(0xffc12345, st));
        assertEquals(0, st.flags);
        assertEquals(F64.CANONICAL_NAN, F32.toF64(0x7f800001, st));
        assertEquals(NV, st.flags);
    }
}
