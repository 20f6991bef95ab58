package io.guestlab.emulator.fpu;

import static io.guestlab.emulator.fpu.FFlags.DZ;
import static io.guestlab.emulator.fpu.FFlags.NV;
import static io.guestlab.emulator.fpu.FFlags.NX;
import static io.guestlab.emulator.fpu.FFlags.OF;
import static io.guestlab.emulator.fpu.FFlags.UF;

/**
 * Exact IEEE 754-2019 arithmetic on integer significands, for any {@link Format} and all five
 * rounding modes, with RISC-V flag semantics. It is the reference the hardware fast paths in
 * {@link F32} and {@link F64} fall back to and are tested against.
 *
 * <p>A finite nonzero intermediate value is held as (sign, e, m): m has its leading one at bit 62,
 * value = m * 2^(e-62), and any nonzero bits lost below bit 0 are "jammed" into bit 0 (sticky).
 * With p &lt;= 53 that leaves at least 8 bits between the last kept bit and the sticky bit, which is
 * enough for correct rounding in every mode.
 */
final class SoftFloat {
    private static final long HALF = Long.MIN_VALUE; // 0.5 as a left-aligned 64-bit fraction

    private SoftFloat() {
    }

    // ---------------------------------------------------------------- rounding

    /**
     * Whether rounding a magnitude whose discarded part is the nonzero left-aligned fraction
     * {@code fraction} must add one to the kept part {@code kept} (IEEE 754-2019 §4.3).
     */
    static boolean roundsUp(long kept, long fraction, boolean negative, int rm) {
        switch (rm) {
            case Rounding.RNE: {
                int c = Long.compareUnsigned(fraction, HALF);
                return c > 0 || (c == 0 && (kept & 1) != 0);
            }
            case Rounding.RTZ: return false;
            case Rounding.RDN: return negative;
            case Rounding.RUP: return !negative;
            case Rounding.RMM: return Long.compareUnsigned(fraction, HALF) >= 0;
            default: throw Rounding.invalid(rm);
        }
    }

    /** Overflowed result (IEEE 754-2019 §7.4): infinity or the largest finite number per mode. */
    static long overflow(Format f, boolean negative, int rm, FloatStatus st) {
        st.flags |= OF | NX;
        boolean toInfinity;
        switch (rm) {
            case Rounding.RNE:
            case Rounding.RMM: toInfinity = true; break;
            case Rounding.RTZ: toInfinity = false; break;
            case Rounding.RDN: toInfinity = negative; break;
            case Rounding.RUP: toInfinity = !negative; break;
            default: throw Rounding.invalid(rm);
        }
        return f.zero(negative) | (toInfinity ? f.infinity : f.maxFinite);
    }

    /**
     * Rounds (sign, e, m) to format f and encodes it. m must have its leading one at bit 62.
     * Tininess is detected after rounding, as RISC-V requires (F extension, "fflags": "tininess is
     * detected after rounding"), and UF is raised only for a tiny inexact result.
     */
    static long roundPack(Format f, boolean negative, int e, long m, int rm, FloatStatus st) {
        int p = f.precision;
        int shift = 63 - p; // bits of m below the last kept bit
        if (e >= f.emin) {
            long kept = m >>> shift;
            long fraction = m << (64 - shift);
            if (fraction != 0) {
                st.flags |= NX;
                if (roundsUp(kept, fraction, negative, rm)) {
                    kept++;
                    if (kept == 1L << p) { // carried into the next binade
                        kept >>>= 1;
                        e++;
                    }
                }
            }
            if (e > f.emax) {
                return overflow(f, negative, rm, st);
            }
            // kept carries the hidden bit, which adds the missing one to the exponent field.
            return f.zero(negative) | (((long) (e + f.bias - 1) << (p - 1)) + kept);
        }
        // Tiny before rounding. It stays tiny after rounding unless rounding to p bits with an
        // unbounded exponent range carries it up to 2^emin.
        boolean tiny = true;
        if (e == f.emin - 1) {
            long kept = m >>> shift;
            long fraction = m << (64 - shift);
            tiny = !(fraction != 0 && kept == (1L << p) - 1 && roundsUp(kept, fraction, negative, rm));
        }
        int subnormalShift = shift + (f.emin - e);
        long kept;
        long fraction;
        if (subnormalShift < 64) {
            kept = m >>> subnormalShift;
            fraction = m << (64 - subnormalShift);
        } else { // below a quarter of the smallest subnormal: zero kept, nonzero but below half
            kept = 0;
            fraction = 1;
        }
        if (fraction != 0) {
            st.flags |= tiny ? NX | UF : NX;
            if (roundsUp(kept, fraction, negative, rm)) {
                kept++; // reaching 2^(p-1) encodes the smallest normal number, as it should
            }
        }
        return f.zero(negative) | kept;
    }

    /** Rounds an unsigned magnitude (an integer) to format f. Zero gives +0 in every mode. */
    static long fromInteger(Format f, boolean negative, long magnitude, int rm, FloatStatus st) {
        if (magnitude == 0) {
            return 0;
        }
        int lz = Long.numberOfLeadingZeros(magnitude);
        if (lz == 0) {
            return roundPack(f, negative, 63, (magnitude >>> 1) | (magnitude & 1), rm, st);
        }
        return roundPack(f, negative, 63 - lz, magnitude << (lz - 1), rm, st);
    }

    /**
     * Rounds a finite binary64 encoding to the narrower format f. A double's 53 bits are at
     * least p + 2, so a value rounded to odd in binary64 rounds correctly here too.
     */
    static long fromBinary64(Format f, long b, int rm, FloatStatus st) {
        boolean negative = b < 0;
        long magnitude = b & Long.MAX_VALUE;
        if (magnitude == 0) {
            return f.zero(negative);
        }
        Format d = Format.BINARY64;
        return roundPack(f, negative, d.exponent(magnitude), d.significand(magnitude), rm, st);
    }

    // ---------------------------------------------------------------- NaNs and zeros

    private static long invalid(Format f, FloatStatus st) {
        st.flags |= NV;
        return f.canonicalNaN;
    }

    /** RISC-V never propagates payloads: a NaN result is always canonical; sNaN raises NV. */
    private static long nanResult(Format f, long a, long b, FloatStatus st) {
        if (f.isSignalingNaN(a) || f.isSignalingNaN(b)) {
            st.flags |= NV;
        }
        return f.canonicalNaN;
    }

    /** Exact zero sum of operands of opposite sign (IEEE 754-2019 §6.3): -0 only when rounding down. */
    private static long exactZeroSum(Format f, int rm) {
        return f.zero(rm == Rounding.RDN);
    }

    // ---------------------------------------------------------------- arithmetic

    static long add(Format f, long a, long b, int rm, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            return nanResult(f, a, b, st);
        }
        boolean na = f.isNegative(a);
        boolean nb = f.isNegative(b);
        if (f.isInfinite(a)) {
            return f.isInfinite(b) && na != nb ? invalid(f, st) : a;
        }
        if (f.isInfinite(b)) {
            return b;
        }
        if (f.isZero(a)) {
            return f.isZero(b) ? (na == nb ? a : exactZeroSum(f, rm)) : b;
        }
        if (f.isZero(b)) {
            return a;
        }
        int ea = f.exponent(a);
        int eb = f.exponent(b);
        long ma = f.significand(a);
        long mb = f.significand(b);
        if (ea < eb || (ea == eb && ma < mb)) { // make a the larger magnitude
            int e = ea; ea = eb; eb = e;
            long m = ma; ma = mb; mb = m;
            boolean n = na; na = nb; nb = n;
        }
        mb = shiftRightJam(mb, ea - eb);
        int e = ea;
        long m;
        if (na == nb) {
            m = ma + mb; // < 2^64: may carry into bit 63
            if (m < 0) {
                m = (m >>> 1) | (m & 1);
                e++;
            }
        } else {
            // When the shift jammed bits, ea - eb >= 2, so at most one bit cancels and the
            // sticky bit stays far below the rounding position; otherwise the difference is exact.
            m = ma - mb;
            if (m == 0) {
                return exactZeroSum(f, rm);
            }
            int s = Long.numberOfLeadingZeros(m) - 1;
            m <<= s;
            e -= s;
        }
        return roundPack(f, na, e, m, rm, st);
    }

    static long sub(Format f, long a, long b, int rm, FloatStatus st) {
        return add(f, a, f.isNaN(b) ? b : b ^ f.signBit, rm, st);
    }

    static long mul(Format f, long a, long b, int rm, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            return nanResult(f, a, b, st);
        }
        boolean negative = f.isNegative(a) != f.isNegative(b);
        if (f.isInfinite(a) || f.isInfinite(b)) {
            return f.isZero(a) || f.isZero(b) ? invalid(f, st) : f.infinity(negative);
        }
        if (f.isZero(a) || f.isZero(b)) {
            return f.zero(negative);
        }
        long ma = f.significand(a);
        long mb = f.significand(b);
        int e = f.exponent(a) + f.exponent(b);
        // 128-bit product in [2^124, 2^126): value = product * 2^(e-124).
        long hi = Math.multiplyHigh(ma, mb);
        long lo = ma * mb;
        long m;
        if (hi >= 1L << 61) {
            m = (hi << 1) | (lo >>> 63) | ((lo << 1) != 0 ? 1 : 0);
            e++;
        } else {
            m = (hi << 2) | (lo >>> 62) | ((lo << 2) != 0 ? 1 : 0);
        }
        return roundPack(f, negative, e, m, rm, st);
    }

    /** Fused a*b+c with one rounding (IEEE 754-2019 §5.4.1 fusedMultiplyAdd). */
    static long mulAdd(Format f, long a, long b, long c, int rm, FloatStatus st) {
        boolean infinityTimesZero = (f.isInfinite(a) && f.isZero(b)) || (f.isZero(a) && f.isInfinite(b));
        if (f.isNaN(a) || f.isNaN(b) || f.isNaN(c)) {
            // RISC-V F extension: inf*0 raises NV even when the addend is a quiet NaN.
            if (infinityTimesZero || f.isSignalingNaN(a) || f.isSignalingNaN(b) || f.isSignalingNaN(c)) {
                st.flags |= NV;
            }
            return f.canonicalNaN;
        }
        if (infinityTimesZero) {
            return invalid(f, st);
        }
        boolean np = f.isNegative(a) != f.isNegative(b);
        boolean nc = f.isNegative(c);
        if (f.isInfinite(a) || f.isInfinite(b)) {
            return f.isInfinite(c) && nc != np ? invalid(f, st) : f.infinity(np);
        }
        if (f.isInfinite(c)) {
            return c;
        }
        if (f.isZero(a) || f.isZero(b)) { // exact zero product: c, with the signed-zero sum rule
            return f.isZero(c) ? (np == nc ? c : exactZeroSum(f, rm)) : c;
        }
        if (f.isZero(c)) {
            return mul(f, a, b, rm, st);
        }
        // The exact product, 128 bits with its leading one moved to bit 125.
        long ma = f.significand(a);
        long mb = f.significand(b);
        int ep = f.exponent(a) + f.exponent(b);
        long phi = Math.multiplyHigh(ma, mb);
        long plo = ma * mb;
        if (phi >= 1L << 61) {
            ep++;
        } else {
            phi = (phi << 1) | (plo >>> 63);
            plo <<= 1;
        }
        // The addend in the same frame.
        long mc = f.significand(c);
        int ec = f.exponent(c);
        long chi = mc >>> 1;
        long clo = mc << 63;
        boolean productBigger = ep > ec || (ep == ec && (Long.compareUnsigned(phi, chi) > 0
                || (phi == chi && Long.compareUnsigned(plo, clo) >= 0)));
        long bhi, blo, shi, slo;
        int e;
        boolean negative;
        int d;
        if (productBigger) {
            bhi = phi; blo = plo; shi = chi; slo = clo; e = ep; negative = np; d = ep - ec;
        } else {
            bhi = chi; blo = clo; shi = phi; slo = plo; e = ec; negative = nc; d = ec - ep;
        }
        // Align the smaller one, jamming lost bits into bit 0 (same argument as in add()).
        if (d >= 128) {
            slo = (shi | slo) != 0 ? 1 : 0;
            shi = 0;
        } else if (d >= 64) {
            long lost = d == 64 ? slo : slo | (shi << (128 - d));
            slo = (shi >>> (d - 64)) | (lost != 0 ? 1 : 0);
            shi = 0;
        } else if (d > 0) {
            long lost = slo << (64 - d);
            slo = (slo >>> d) | (shi << (64 - d)) | (lost != 0 ? 1 : 0);
            shi >>>= d;
        }
        long rhi, rlo;
        if (negative == (productBigger ? nc : np)) {
            rlo = blo + slo;
            rhi = bhi + shi + (Long.compareUnsigned(rlo, blo) < 0 ? 1 : 0);
        } else {
            rlo = blo - slo;
            rhi = bhi - shi - (Long.compareUnsigned(blo, slo) < 0 ? 1 : 0);
            if ((rhi | rlo) == 0) {
                return exactZeroSum(f, rm);
            }
        }
        // Normalise the 128-bit result to m with its leading one at bit 62.
        int lead = rhi != 0 ? 127 - Long.numberOfLeadingZeros(rhi) : 63 - Long.numberOfLeadingZeros(rlo);
        e += lead - 125;
        long m;
        int s = lead - 62;
        if (s <= 0) {
            m = rlo << -s; // rhi == 0 here
        } else if (s < 64) {
            m = (rhi << (64 - s)) | (rlo >>> s) | ((rlo << (64 - s)) != 0 ? 1 : 0);
        } else {
            m = rhi | (rlo != 0 ? 1 : 0); // s == 64
        }
        return roundPack(f, negative, e, m, rm, st);
    }

    static long div(Format f, long a, long b, int rm, FloatStatus st) {
        if (f.isNaN(a) || f.isNaN(b)) {
            return nanResult(f, a, b, st);
        }
        boolean negative = f.isNegative(a) != f.isNegative(b);
        if (f.isInfinite(a)) {
            return f.isInfinite(b) ? invalid(f, st) : f.infinity(negative);
        }
        if (f.isInfinite(b)) {
            return f.zero(negative);
        }
        if (f.isZero(b)) {
            if (f.isZero(a)) {
                return invalid(f, st);
            }
            st.flags |= DZ;
            return f.infinity(negative);
        }
        if (f.isZero(a)) {
            return f.zero(negative);
        }
        int shift = 63 - f.precision;
        long dividend = f.significand(a) >>> shift; // p-bit integers, leading one at bit p-1
        long divisor = f.significand(b) >>> shift;
        int e = f.exponent(a) - f.exponent(b);
        if (dividend < divisor) {
            dividend <<= 1;
            e--;
        }
        // Restoring division: 63 quotient bits, the first one is 1 (dividend/divisor in [1,2)).
        long q = 0;
        for (int i = 0; i < 63; i++) {
            q <<= 1;
            if (dividend >= divisor) {
                dividend -= divisor;
                q |= 1;
            }
            dividend <<= 1;
        }
        return roundPack(f, negative, e, q | (dividend != 0 ? 1 : 0), rm, st);
    }

    static long sqrt(Format f, long a, int rm, FloatStatus st) {
        if (f.isNaN(a)) {
            return nanResult(f, a, a, st);
        }
        if (f.isZero(a)) {
            return a; // sqrt(-0) = -0 (IEEE 754-2019 §5.4.1)
        }
        if (f.isNegative(a)) {
            return invalid(f, st);
        }
        if (f.isInfinite(a)) {
            return a;
        }
        int e = f.exponent(a);
        long m = f.significand(a);
        // radicand N = m * 2^k as a 128-bit integer with an even unit exponent e - 62 - k.
        int k = (e & 1) == 0 ? 54 : 53;
        long hi = m >>> (64 - k);
        long lo = m << k;
        int unit = e - 62 - k;
        // Digit-by-digit square root over the 59 bit pairs of N (N < 2^118).
        long root = 0;
        long rem = 0;
        for (int i = 58; i >= 0; i--) {
            int bit = 2 * i;
            long pair = bit >= 64 ? (hi >>> (bit - 64)) & 3 : (lo >>> bit) & 3;
            rem = (rem << 2) | pair;
            long trial = (root << 2) | 1;
            root <<= 1;
            if (rem >= trial) {
                rem -= trial;
                root |= 1;
            }
        }
        int lead = 63 - Long.numberOfLeadingZeros(root);
        long mr = (root << (62 - lead)) | (rem != 0 ? 1 : 0);
        return roundPack(f, false, unit / 2 + lead, mr, rm, st);
    }

    private static long shiftRightJam(long m, int d) {
        if (d == 0) {
            return m;
        }
        if (d >= 63) {
            return m != 0 ? 1 : 0;
        }
        return (m >>> d) | ((m << (64 - d)) != 0 ? 1 : 0);
    }

    // ---------------------------------------------------------------- conversions to integers

    /**
     * Converts to a {@code width}-bit (32 or 64) signed or unsigned integer, rounding with rm.
     * Out of range and NaN saturate and raise NV only (RISC-V F extension, table "Domains of
     * float-to-integer conversions"); an in-range inexact result raises NX.
     * A 32-bit result is returned sign-extended (unsigned ones too, as the hart writes them).
     */
    static long toInteger(Format f, long a, int rm, FloatStatus st, int width, boolean signed) {
        // Unsigned maxima are all ones: 2^64-1, or 2^32-1 sign-extended, both -1.
        long max = signed ? (width == 64 ? Long.MAX_VALUE : Integer.MAX_VALUE) : -1L;
        long min = signed ? (width == 64 ? Long.MIN_VALUE : Integer.MIN_VALUE) : 0;
        if (f.isNaN(a)) {
            st.flags |= NV;
            return max;
        }
        boolean negative = f.isNegative(a);
        if (f.isInfinite(a)) {
            st.flags |= NV;
            return negative ? min : max;
        }
        if (f.isZero(a)) {
            return 0;
        }
        int e = f.exponent(a);
        long m = f.significand(a);
        long magnitude;
        long fraction; // left-aligned discarded part
        if (e > 63) {
            st.flags |= NV;
            return negative ? min : max;
        } else if (e >= 62) {
            magnitude = m << (e - 62);
            fraction = 0;
        } else if (e >= 0) {
            magnitude = m >>> (62 - e);
            fraction = m << (e + 2);
        } else if (e == -1) {
            magnitude = 0;
            fraction = m << 1;
        } else {
            magnitude = 0;
            fraction = 1; // below a quarter: nonzero, less than half
        }
        if (fraction != 0 && roundsUp(magnitude, fraction, negative, rm)) {
            magnitude++; // cannot wrap: e <= 61 here
        }
        boolean inRange;
        if (signed) {
            long limit = width == 64 ? Long.MIN_VALUE : 1L << 31; // 2^(width-1) as unsigned
            int c = Long.compareUnsigned(magnitude, limit);
            inRange = negative ? c <= 0 : c < 0;
        } else {
            inRange = negative ? magnitude == 0 : width == 64 || magnitude >>> 32 == 0;
        }
        if (!inRange) {
            st.flags |= NV;
            return negative ? min : max;
        }
        if (fraction != 0) {
            st.flags |= NX;
        }
        long value = negative ? -magnitude : magnitude;
        return width == 32 ? (int) value : value;
    }
}
