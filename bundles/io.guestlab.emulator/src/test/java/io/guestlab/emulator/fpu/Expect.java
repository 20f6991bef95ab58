package io.guestlab.emulator.fpu;

/** Assertions for hand-picked vectors: result encoding and exactly the expected flags. */
final class Expect {
    static final int[] ALL_MODES = {Rounding.RNE, Rounding.RTZ, Rounding.RDN, Rounding.RUP, Rounding.RMM};

    interface Binary64Op {
        long apply(int rm, FloatStatus st);
    }

    interface Binary32Op {
        int apply(int rm, FloatStatus st);
    }

    private Expect() {
    }

    static void f64(String what, long expected, int expectedFlags, int rm, Binary64Op op) {
        FloatStatus st = new FloatStatus();
        long actual = op.apply(rm, st);
        if (actual != expected || st.flags != expectedFlags) {
            throw new AssertionError(String.format("%s rm=%s: expected %016x (%s) flags %s, got %016x (%s) flags %s",
                    what, Rounding.name(rm), expected, Double.longBitsToDouble(expected), FFlags.describe(expectedFlags),
                    actual, Double.longBitsToDouble(actual), FFlags.describe(st.flags)));
        }
    }

    static void f32(String what, int expected, int expectedFlags, int rm, Binary32Op op) {
        FloatStatus st = new FloatStatus();
        int actual = op.apply(rm, st);
        if (actual != expected || st.flags != expectedFlags) {
            throw new AssertionError(String.format("%s rm=%s: expected %08x (%s) flags %s, got %08x (%s) flags %s",
                    what, Rounding.name(rm), expected, Float.intBitsToFloat(expected), FFlags.describe(expectedFlags),
                    actual, Float.intBitsToFloat(actual), FFlags.describe(st.flags)));
        }
    }

    /** Same expectation in every rounding mode. */
    static void f64AllModes(String what, long expected, int expectedFlags, Binary64Op op) {
        for (int rm : ALL_MODES) {
            f64(what, expected, expectedFlags, rm, op);
        }
    }

    static void f32AllModes(String what, int expected, int expectedFlags, Binary32Op op) {
        for (int rm : ALL_MODES) {
            f32(what, expected, expectedFlags, rm, op);
        }
    }

    /** One expected result per mode, in the order RNE, RTZ, RDN, RUP, RMM. */
    static void f64PerMode(String what, long[] expected, int[] flags, Binary64Op op) {
        for (int rm : ALL_MODES) {
            f64(what, expected[rm], flags[rm], rm, op);
        }
    }

    static void f32PerMode(String what, int[] expected, int[] flags, Binary32Op op) {
        for (int rm : ALL_MODES) {
            f32(what, expected[rm], flags[rm], rm, op);
        }
    }

    static long d(double v) {
        return Double.doubleToRawLongBits(v);
    }

    static int f(float v) {
        return Float.floatToRawIntBits(v);
    }
}
