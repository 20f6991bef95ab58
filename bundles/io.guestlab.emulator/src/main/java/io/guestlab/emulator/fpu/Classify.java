package io.guestlab.emulator.fpu;

/** The {@code fclass} result mask (RISC-V F extension, table "Format of result of FCLASS"). */
final class Classify {
    static final int NEGATIVE_INFINITY = 1;
    static final int NEGATIVE_NORMAL = 1 << 1;
    static final int NEGATIVE_SUBNORMAL = 1 << 2;
    static final int NEGATIVE_ZERO = 1 << 3;
    static final int POSITIVE_ZERO = 1 << 4;
    static final int POSITIVE_SUBNORMAL = 1 << 5;
    static final int POSITIVE_NORMAL = 1 << 6;
    static final int POSITIVE_INFINITY = 1 << 7;
    static final int SIGNALING_NAN = 1 << 8;
    static final int QUIET_NAN = 1 << 9;

    private Classify() {
    }

    static int of(Format f, long a) {
        if (f.isNaN(a)) {
            return f.isSignalingNaN(a) ? SIGNALING_NAN : QUIET_NAN;
        }
        boolean negative = f.isNegative(a);
        long magnitude = a & f.magnitudeMask;
        if (magnitude == f.infinity) {
            return negative ? NEGATIVE_INFINITY : POSITIVE_INFINITY;
        }
        if (magnitude == 0) {
            return negative ? NEGATIVE_ZERO : POSITIVE_ZERO;
        }
        if (magnitude <= f.fractionMask) {
            return negative ? NEGATIVE_SUBNORMAL : POSITIVE_SUBNORMAL;
        }
        return negative ? NEGATIVE_NORMAL : POSITIVE_NORMAL;
    }
}
