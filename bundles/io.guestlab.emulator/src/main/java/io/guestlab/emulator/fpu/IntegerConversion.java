package io.guestlab.emulator.fpu;

/**
 * FCVT.{W,WU,L,LU}.{S,D}. Values whose magnitude is below 2^62 are rounded to an integral double
 * by the JVM's exact rounding functions (rint/floor/ceil are exact for every double) and range
 * checked afterwards, which also catches values that round out of range; NaN, infinities and
 * everything larger take {@link SoftFloat#toInteger}, which implements the saturation table.
 */
final class IntegerConversion {
    private IntegerConversion() {
    }

    /**
     * Converts x, the exact value of encoding a in format f, to a width-bit integer.
     * A 32-bit result is returned sign-extended.
     */
    static long convert(double x, Format f, long a, int rm, FloatStatus st, int width, boolean signed) {
        if (Math.abs(x) < 0x1p62) {
            double t = integral(x, rm);
            boolean inRange;
            if (signed) {
                inRange = width == 64 || (t >= -0x1p31 && t <= 0x1p31 - 1);
            } else {
                inRange = t >= 0 && (width == 64 || t <= 0x1p32 - 1); // -0.0 counts as 0
            }
            if (inRange) {
                if (t != x) {
                    st.flags |= FFlags.NX;
                }
                long value = (long) t;
                return width == 32 ? (int) value : value;
            }
        }
        return SoftFloat.toInteger(f, a, rm, st, width, signed);
    }

    /** x rounded to an integral value in mode rm (IEEE 754-2019 §5.3.1 roundToIntegral). */
    private static double integral(double x, int rm) {
        switch (rm) {
            case Rounding.RNE: return Math.rint(x);
            case Rounding.RTZ: return (double) (long) x; // the cast truncates; |x| < 2^62 here
            case Rounding.RDN: return Math.floor(x);
            case Rounding.RUP: return Math.ceil(x);
            case Rounding.RMM: {
                double t = (double) (long) x;
                // x - t is exact (t is x without its fraction bits); halves go away from zero.
                return Math.abs(x - t) >= 0.5 ? t + Math.copySign(1.0, x) : t;
            }
            default: throw Rounding.invalid(rm);
        }
    }
}
