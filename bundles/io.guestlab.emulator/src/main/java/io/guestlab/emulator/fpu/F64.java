package io.guestlab.emulator.fpu;

/**
 * IEEE 754-2019 binary64 arithmetic with RISC-V D-extension semantics, on raw encodings.
 * Every operation is exactly rounded in all five modes and ORs its exception flags into
 * {@code st}. No operation allocates.
 *
 * <p>Fast path: Java's double arithmetic is IEEE round-to-nearest-even. When the result r is a
 * normal number well inside the range, the exact error of r is itself a double (2Sum for +,
 * an FMA residual for *, / and sqrt), so its sign says whether r is above or below the exact
 * value; that gives NX, and stepping r one ulp gives the directed modes and RMM. Everything else
 * (NaN, infinities, zeros, results near overflow or underflow) takes the exact {@link SoftFloat}
 * path.
 */
public final class F64 {
    /** The canonical NaN (RISC-V F extension, "NaN Generation and Propagation"). */
    public static final long CANONICAL_NAN = 0x7ff8000000000000L;

    private static final Format F = Format.BINARY64;
    /**
     * 2^(emin+53): a product or quotient at least this large is normal after any one-ulp step and
     * its residual is a multiple of at least 2^-1074, hence representable.
     */
    private static final double FAST_MIN_RESULT = 0x1p-969;
    /** Keeps every intermediate of the FMA error computation finite. */
    private static final double FAST_MAX_FMA = 0x1p1020;
    /** Dividends at least 2^(emin+106) keep the division residual x - q*y representable. */
    private static final double FAST_MIN_DIVIDEND = 0x1p-916;
    /** Radicands below this are scaled by 2^256 so that the residual x - s*s is representable. */
    private static final double SQRT_SCALE_BELOW = 0x1p-900;

    private F64() {
    }

    /** FADD.D: a + b. */
    public static long add(long a, long b, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double r = x + y;
        if (r != 0 && Math.abs(r) < Double.MAX_VALUE) {
            // 2Sum (Knuth, TAOCP 4.2.2): err == (x + y) - r exactly. An inexact sum is >= 2^-1021,
            // so neither it nor a one-ulp step of it is tiny.
            double yv = r - x;
            double xv = r - yv;
            double err = (x - xv) + (y - yv);
            if (Double.isFinite(err)) { // guards against an intermediate overflow
                return finish(r, err, true, rm, st);
            }
        }
        return SoftFloat.add(F, a, b, rm, st);
    }

    /** FSUB.D: a - b. */
    public static long sub(long a, long b, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double r = x - y;
        if (r != 0 && Math.abs(r) < Double.MAX_VALUE) {
            double ny = -y; // 2Sum of x and -y, as in add()
            double yv = r - x;
            double xv = r - yv;
            double err = (x - xv) + (ny - yv);
            if (Double.isFinite(err)) {
                return finish(r, err, true, rm, st);
            }
        }
        return SoftFloat.sub(F, a, b, rm, st);
    }

    /** FMUL.D: a * b. */
    public static long mul(long a, long b, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double r = x * y;
        double ar = Math.abs(r);
        if (ar >= FAST_MIN_RESULT && ar < Double.MAX_VALUE) {
            double err = Math.fma(x, y, -r); // exact: x*y - r (see FAST_MIN_RESULT)
            return finish(r, err, true, rm, st);
        }
        return SoftFloat.mul(F, a, b, rm, st);
    }

    /** FDIV.D: a / b; DZ for a finite nonzero a over zero. */
    public static long div(long a, long b, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double q = x / y;
        double aq = Math.abs(q);
        if (aq >= FAST_MIN_RESULT && aq < Double.MAX_VALUE && Math.abs(x) >= FAST_MIN_DIVIDEND) {
            double res = Math.fma(-q, y, x); // exact: x - q*y, and x/y - q = res/y
            // A quotient of p-bit numbers is never a midpoint, so RMM never differs from RNE.
            return finish(q, y > 0 ? res : -res, false, rm, st);
        }
        return SoftFloat.div(F, a, b, rm, st);
    }

    /** FSQRT.D: the square root; NV for a negative nonzero operand, sqrt(-0) = -0. */
    public static long sqrt(long a, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        if (x > 0 && x < Double.POSITIVE_INFINITY) {
            boolean scaled = x < SQRT_SCALE_BELOW;
            double v = scaled ? x * 0x1p256 : x; // exact, even power of two
            double s = Math.sqrt(v);
            double res = Math.fma(-s, s, v); // exact: v - s*s
            // A square root is never a midpoint either; results are always normal.
            long r = finish(s, res, false, rm, st);
            return scaled ? Double.doubleToRawLongBits(Double.longBitsToDouble(r) * 0x1p-128) : r;
        }
        return SoftFloat.sqrt(F, a, rm, st);
    }

    /**
     * FMADD.D: fused a*b+c with a single rounding. FMSUB, FNMSUB and FNMADD are this with
     * the signs of a and/or c flipped (never negate the result: that breaks RDN/RUP and zero signs).
     * Fast path: Math.fma is the correctly rounded RNE
     * result r1, and the ErrFma algorithm (Boldo and Muller, "Exact and approximated error of
     * the FMA", IEEE Transactions on Computers, 2011) yields r2 + r3 == a*b + c - r1 exactly
     * with |r3| &lt;= ulp(r2)/2, so r2 (or r3 when r2 is 0) has the sign of the error and
     * |r2| == ulp(r1)/2 with r3 == 0 marks a tie. The theorem needs no underflow and no overflow,
     * which the range checks below guarantee.
     */
    public static long mulAdd(long a, long b, long c, int rm, FloatStatus st) {
        double x = Double.longBitsToDouble(a);
        double y = Double.longBitsToDouble(b);
        double z = Double.longBitsToDouble(c);
        double r1 = Math.fma(x, y, z);
        double u1 = x * y;
        double ar = Math.abs(r1);
        double au = Math.abs(u1);
        if (ar >= FAST_MIN_RESULT && ar < FAST_MAX_FMA && au >= FAST_MIN_RESULT && au < FAST_MAX_FMA
                && Math.abs(z) < FAST_MAX_FMA) {
            double u2 = Math.fma(x, y, -u1); // exact product error
            double alpha1 = z + u2; // 2Sum(z, u2)
            double zv = alpha1 - u2;
            double alpha2 = (z - zv) + (u2 - (alpha1 - zv));
            double beta1 = u1 + alpha1; // 2Sum(u1, alpha1)
            double uv = beta1 - alpha1;
            double beta2 = (u1 - uv) + (alpha1 - (beta1 - uv));
            double gamma = (beta1 - r1) + beta2;
            double r2 = gamma + alpha2; // Fast2Sum(gamma, alpha2)
            double r3 = alpha2 - (r2 - gamma);
            return finish(r1, r2 != 0 ? r2 : r3, r3 == 0, rm, st);
        }
        return SoftFloat.mulAdd(F, a, b, c, rm, st);
    }

    /** FMIN.D (minimumNumber). */
    public static long min(long a, long b, FloatStatus st) {
        return Compare.minMax(F, a, b, false, st);
    }

    /** FMAX.D (maximumNumber). */
    public static long max(long a, long b, FloatStatus st) {
        return Compare.minMax(F, a, b, true, st);
    }

    /** FEQ.D. */
    public static boolean eq(long a, long b, FloatStatus st) {
        return Compare.eq(F, a, b, st);
    }

    /** FLT.D. */
    public static boolean lt(long a, long b, FloatStatus st) {
        return Compare.lt(F, a, b, st);
    }

    /** FLE.D. */
    public static boolean le(long a, long b, FloatStatus st) {
        return Compare.le(F, a, b, st);
    }

    /** The 10-bit FCLASS.D mask. */
    public static int classify(long a) {
        return Classify.of(F, a);
    }

    /** FCVT.W.D: saturating conversion to a signed 32-bit integer. */
    public static int toInt32(long a, int rm, FloatStatus st) {
        return (int) IntegerConversion.convert(Double.longBitsToDouble(a), F, a, rm, st, 32, true);
    }

    /** FCVT.WU.D: the 32-bit result as an int (the hart sign-extends it). */
    public static int toUInt32(long a, int rm, FloatStatus st) {
        return (int) IntegerConversion.convert(Double.longBitsToDouble(a), F, a, rm, st, 32, false);
    }

    /** FCVT.L.D: saturating conversion to a signed 64-bit integer. */
    public static long toInt64(long a, int rm, FloatStatus st) {
        return IntegerConversion.convert(Double.longBitsToDouble(a), F, a, rm, st, 64, true);
    }

    /** FCVT.LU.D: saturating conversion to an unsigned 64-bit integer. */
    public static long toUInt64(long a, int rm, FloatStatus st) {
        return IntegerConversion.convert(Double.longBitsToDouble(a), F, a, rm, st, 64, false);
    }

    /** FCVT.D.W: exact, every int is a double. */
    public static long fromInt32(int v, int rm, FloatStatus st) {
        return Double.doubleToRawLongBits(v);
    }

    /** FCVT.D.WU: exact, every 32-bit unsigned integer is a double. */
    public static long fromUInt32(int v, int rm, FloatStatus st) {
        return Double.doubleToRawLongBits(v & 0xffffffffL);
    }

    /** FCVT.D.L: from a signed 64-bit integer. */
    public static long fromInt64(long v, int rm, FloatStatus st) {
        return SoftFloat.fromInteger(F, v < 0, v < 0 ? -v : v, rm, st);
    }

    /** FCVT.D.LU: from an unsigned 64-bit integer. */
    public static long fromUInt64(long v, int rm, FloatStatus st) {
        return SoftFloat.fromInteger(F, false, v, rm, st);
    }

    /** FCVT.S.D: rounds to binary32; NaNs become the canonical binary32 NaN. */
    public static int toF32(long a, int rm, FloatStatus st) {
        if (F.isNaN(a)) {
            if (F.isSignalingNaN(a)) {
                st.flags |= FFlags.NV;
            }
            return F32.CANONICAL_NAN;
        }
        if (F.isInfinite(a)) {
            return (int) Format.BINARY32.infinity(a < 0);
        }
        return (int) SoftFloat.fromBinary64(Format.BINARY32, a, rm, st);
    }

    /**
     * Turns the round-to-nearest-even result r of a fast path into the result for rm.
     * err has the sign of (exact - r), or is (+/-) 0 when r is exact; when {@code midpointPossible},
     * err is the exact error itself, so |err| == ulp(r)/2 identifies a tie for RMM.
     * Stepping the encoding by one moves one ulp away from (+1) or towards (-1) zero; callers
     * guarantee that r is normal and below the largest finite number, so the step stays finite
     * and normal, and no OF or UF can arise.
     */
    private static long finish(double r, double err, boolean midpointPossible, int rm, FloatStatus st) {
        // Branch-free apart from the mode (the signs are unpredictable): masks are 0 or all ones.
        long bits = Double.doubleToRawLongBits(r);
        long errBits = Double.doubleToRawLongBits(err);
        long errMagnitude = errBits << 1;
        long inexact = -((errMagnitude | -errMagnitude) >>> 63);
        st.flags |= (int) inexact & FFlags.NX;
        long towardPlus = (bits >> 63) | 1; // the encoding step that moves towards +infinity
        long errNegative = errBits >> 63;
        switch (rm) {
            case Rounding.RNE: return bits;
            case Rounding.RTZ: return bits - ((bits ^ errBits) >>> 63 & inexact); // exact nearer zero: step back
            case Rounding.RDN: return bits - (towardPlus & errNegative & inexact);
            case Rounding.RUP: return bits + (towardPlus & ~errNegative & inexact);
            case Rounding.RMM:
                boolean tie = midpointPossible && err != 0 && (bits ^ errBits) >= 0 && Math.abs(err) == 0.5 * Math.ulp(r);
                return tie ? bits + 1 : bits;
            default: throw Rounding.invalid(rm);
        }
    }

}
