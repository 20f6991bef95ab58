package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.FFlags.NV;

/**
 * Comparisons and minimum/maximum on encodings (RISC-V F extension, "Floating-Point Compare
 * Instructions" and FMIN/FMAX; IEEE 754-2019 §5.11 and §9.6 minimumNumber/maximumNumber).
 */
final class Compare {
    private Compare() {
    }

    /** Ordered numeric comparison of two non-NaN encodings: negative, zero or positive. */
    static int order(Format f, long a, long b) {
        if (f.isZero(a) && f.isZero(b)) {
            return 0; // -0 == +0
        }
        // Sign-magnitude to a monotonic integer key.
        long ka = f.isNegative(a) ? -(a & f.magnitudeMask) : a;
        long kb = f.isNegative(b) ? -(b & f.magnitudeMask) : b;
        return Long.compare(ka, kb);
    }

    /** FEQ: quiet, NV only for a signalling NaN operand. */
    static boolean eq(Format f, long a, long b, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            if (f.isSignalingNaN(a) || f.isSignalingNaN(b)) {
                st.flags |= NV;
            }
            return false;
        }
        return order(f, a, b) == 0;
    }

    /** FLT: signalling, NV for any NaN operand. */
    static boolean lt(Format f, long a, long b, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            st.flags |= NV;
            return false;
        }
        return order(f, a, b) < 0;
    }

    /** FLE: signalling, NV for any NaN operand. */
    static boolean le(Format f, long a, long b, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            st.flags |= NV;
            return false;
        }
        return order(f, a, b) <= 0;
    }

    /**
     * FMIN/FMAX: a NaN operand is ignored, two NaNs give the canonical NaN, any signalling NaN
     * raises NV, and -0 is less than +0.
     */
    static long minMax(Format f, long a, long b, boolean max, FloatStatus st) {
        boolean nanA = f.isNaN(a);
        boolean nanB = f.isNaN(b);
        if (nanA || nanB) {
            if (f.isSignalingNaN(a) || f.isSignalingNaN(b)) {
                st.flags |= NV;
            }
            return nanA && nanB ? f.canonicalNaN : nanA ? b : a;
        }
        int c = f.isZero(a) && f.isZero(b) ? Boolean.compare(f.isNegative(b), f.isNegative(a)) : order(f, a, b);
        return (c < 0) != max ? a : b;
    }
}
