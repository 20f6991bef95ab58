package io.guestlab.emulator.fpu;

/**
 * IEEE 754-2019 binary32 arithmetic with RISC-V F-extension semantics, on raw encodings.
 * Every operation is exactly rounded in all five modes and ORs its exception flags into
 * {@code st}. No operation allocates.
 *
 * <p>Fast path: the operation is done in binary64, where it is exact or its exact error is
 * available (products of two 24-bit significands fit in 53 bits; 2Sum for sums; an FMA residual
 * for quotients and square roots; float operands never come near the double range limits).
 * The double result and the sign of its error give the exact result rounded to odd, which
 * rounds to binary32 without any double-rounding error in every mode (see {@code finish}).
 * NaN and infinite operands, zero sums and zero divisors take the exact {@link SoftFloat} path.
 */
public final class F32 {
    /** The canonical NaN (RISC-V F extension, "NaN Generation and Propagation"). */
    public static final int CANONICAL_NAN = 0x7fc00000;

    private static final Format F = Format.BINARY32;
    private static final int EXPONENT_MASK = 0x7f800000;

    private F32() {
    }

    /** FADD.S: a + b. */
    public static int add(int a, int b, int rm, FloatStatus st) {
        if (!special(a) && !special(b)) {
            double x = Float.intBitsToFloat(a);
            double y = Float.intBitsToFloat(b);
            double r = x + y;
            if (r != 0) { // an exact zero sum needs the signed-zero rule
                double yv = r - x; // 2Sum: err == (x + y) - r exactly
                double xv = r - yv;
                return finish(r, (x - xv) + (y - yv), rm, st);
            }
        }
        return (int) SoftFloat.add(F, u(a), u(b), rm, st);
    }

    /** FSUB.S: a - b. */
    public static int sub(int a, int b, int rm, FloatStatus st) {
        if (!special(a) && !special(b)) {
            double x = Float.intBitsToFloat(a);
            double y = -(double) Float.intBitsToFloat(b);
            double r = x + y;
            if (r != 0) {
                double yv = r - x;
                double xv = r - yv;
                return finish(r, (x - xv) + (y - yv), rm, st);
            }
        }
        return (int) SoftFloat.sub(F, u(a), u(b), rm, st);
    }

    /** FMUL.S: a * b. */
    public static int mul(int a, int b, int rm, FloatStatus st) {
        if (!special(a) && !special(b)) {
            // Exact: 48 significant bits, magnitude within [2^-298, 2^256].
            double r = (double) Float.intBitsToFloat(a) * Float.intBitsToFloat(b);
            return finish(r, 0, rm, st);
        }
        return (int) SoftFloat.mul(F, u(a), u(b), rm, st);
    }

    /** FDIV.S: a / b; DZ for a finite nonzero a over zero. */
    public static int div(int a, int b, int rm, FloatStatus st) {
        if (!special(a) && !special(b) && (b & 0x7fffffff) != 0) {
            double x = Float.intBitsToFloat(a);
            double y = Float.intBitsToFloat(b);
            double q = x / y;
            if (q == 0) {
                return finish(q, 0, rm, st); // zero dividend: exact signed zero
            }
            // Exact residual: q, y, x are normal doubles whose products stay above 2^-500.
            double res = Math.fma(-q, y, x);
            return finish(q, y > 0 ? res : -res, rm, st);
        }
        return (int) SoftFloat.div(F, u(a), u(b), rm, st);
    }

    /** FSQRT.S: the square root; NV for a negative nonzero operand, sqrt(-0) = -0. */
    public static int sqrt(int a, int rm, FloatStatus st) {
        if (a > 0 && a < EXPONENT_MASK) { // positive, nonzero, finite
            double x = Float.intBitsToFloat(a);
            double s = Math.sqrt(x);
            double res = Math.fma(-s, s, x); // exact: x >= 2^-149 is far from the double limits
            return finish(s, res, rm, st);
        }
        return (int) SoftFloat.sqrt(F, u(a), rm, st);
    }

    /**
     * FMADD.S: fused a*b+c with a single rounding. FMSUB, FNMSUB and FNMADD are this with
     * the signs of a and/or c flipped (never negate the result: that breaks RDN/RUP and zero signs).
     * Fast path: exact product in double, 2Sum with c, one rounding.
     */
    public static int mulAdd(int a, int b, int c, int rm, FloatStatus st) {
        if (!special(a) && !special(b) && !special(c)) {
            double p = (double) Float.intBitsToFloat(a) * Float.intBitsToFloat(b);
            double z = Float.intBitsToFloat(c);
            double r = p + z;
            if (r != 0) {
                double zv = r - p;
                double pv = r - zv;
                return finish(r, (p - pv) + (z - zv), rm, st);
            }
        }
        return (int) SoftFloat.mulAdd(F, u(a), u(b), u(c), rm, st);
    }

    /** FMIN.S (minimumNumber). */
    public static int min(int a, int b, FloatStatus st) {
        return (int) Compare.minMax(F, u(a), u(b), false, st);
    }

    /** FMAX.S (maximumNumber). */
    public static int max(int a, int b, FloatStatus st) {
        return (int) Compare.minMax(F, u(a), u(b), true, st);
    }

    /** FEQ.S. */
    public static boolean eq(int a, int b, FloatStatus st) {
        return Compare.eq(F, u(a), u(b), st);
    }

    /** FLT.S. */
    public static boolean lt(int a, int b, FloatStatus st) {
        return Compare.lt(F, u(a), u(b), st);
    }

    /** FLE.S. */
    public static boolean le(int a, int b, FloatStatus st) {
        return Compare.le(F, u(a), u(b), st);
    }

    /** The 10-bit FCLASS.S mask. */
    public static int classify(int a) {
        return Classify.of(F, u(a));
    }

    /** FCVT.W.S: saturating conversion to a signed 32-bit integer. */
    public static int toInt32(int a, int rm, FloatStatus st) {
        return (int) IntegerConversion.convert(Float.intBitsToFloat(a), F, u(a), rm, st, 32, true);
    }

    /** FCVT.WU.S: the 32-bit result as an int (the hart sign-extends it). */
    public static int toUInt32(int a, int rm, FloatStatus st) {
        return (int) IntegerConversion.convert(Float.intBitsToFloat(a), F, u(a), rm, st, 32, false);
    }

    /** FCVT.L.S: saturating conversion to a signed 64-bit integer. */
    public static long toInt64(int a, int rm, FloatStatus st) {
        return IntegerConversion.convert(Float.intBitsToFloat(a), F, u(a), rm, st, 64, true);
    }

    /** FCVT.LU.S: saturating conversion to an unsigned 64-bit integer. */
    public static long toUInt64(int a, int rm, FloatStatus st) {
        return IntegerConversion.convert(Float.intBitsToFloat(a), F, u(a), rm, st, 64, false);
    }

    /** FCVT.S.W: from a signed 32-bit integer. */
    public static int fromInt32(int v, int rm, FloatStatus st) {
        return finish(v, 0, rm, st); // every int is exact as a double
    }

    /** FCVT.S.WU: from an unsigned 32-bit integer. */
    public static int fromUInt32(int v, int rm, FloatStatus st) {
        return finish(v & 0xffffffffL, 0, rm, st);
    }

    /** FCVT.S.L: from a signed 64-bit integer. */
    public static int fromInt64(long v, int rm, FloatStatus st) {
        return (int) SoftFloat.fromInteger(F, v < 0, v < 0 ? -v : v, rm, st);
    }

    /** FCVT.S.LU: from an unsigned 64-bit integer. */
    public static int fromUInt64(long v, int rm, FloatStatus st) {
        return (int) SoftFloat.fromInteger(F, false, v, rm, st);
    }

    /** FCVT.D.S: exact; NaNs become the canonical binary64 NaN. */
    public static long toF64(int a, FloatStatus st) {
        if (F.isNaN(u(a))) {
            if (F.isSignalingNaN(u(a))) {
                st.flags |= FFlags.NV;
            }
            return F64.CANONICAL_NAN;
        }
        return Double.doubleToRawLongBits(Float.intBitsToFloat(a));
    }

    private static boolean special(int a) {
        return (a & EXPONENT_MASK) == EXPONENT_MASK;
    }

    private static long u(int a) {
        return a & 0xffffffffL;
    }

    /**
     * Rounds the binary64 result r of a fast path to binary32; err is 0 when r is exact and has
     * the sign of exact - r otherwise. r is first turned into the exact value rounded to odd
     * (the neighbour nearer zero with its last bit set): with 53 >= 24 + 2 bits, rounding that
     * once to binary32 gives the same result and flags as rounding the exact value, in every
     * mode (Boldo and Melquiond, "Emulation of FMA and correctly rounded sums: proved algorithms
     * using rounding to odd", IEEE Transactions on Computers, 2008). In RNE the JVM's conversion
     * does that last rounding when the outcome is normal and finite, where NX is the only
     * possible flag: above the smallest normal magnitude a result is not tiny, and at most the
     * largest finite number it did not overflow.
     */
    private static int finish(double r, double err, int rm, FloatStatus st) {
        // Branch-free (the sign of err is unpredictable): inexact and exactNearerZero are 0 or 1.
        long bits = Double.doubleToRawLongBits(r);
        long errMagnitude = Double.doubleToRawLongBits(err) << 1;
        long inexact = (errMagnitude | -errMagnitude) >>> 63;
        long exactNearerZero = (Double.doubleToRawLongBits(err) ^ bits) >>> 63;
        bits = (bits - (exactNearerZero & inexact)) | inexact;
        double odd = Double.longBitsToDouble(bits);
        if (rm == Rounding.RNE) {
            float f = (float) odd;
            float magnitude = Math.abs(f);
            if (magnitude > Float.MIN_NORMAL && magnitude <= Float.MAX_VALUE) {
                st.flags |= f != odd ? FFlags.NX : 0;
                return Float.floatToRawIntBits(f);
            }
        }
        return (int) SoftFloat.fromBinary64(F, bits, rm, st);
    }
}
