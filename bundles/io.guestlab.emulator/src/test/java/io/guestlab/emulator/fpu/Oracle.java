package io.guestlab.emulator.fpu;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An independent reference for the tests: exact values as BigInteger rationals (and square roots
 * of them), rounded by a straightforward reading of IEEE 754-2019 §4.3 and §7 with RISC-V's
 * after-rounding tininess. It shares no code with the production path except the bit layout
 * constants of the format under test.
 */
final class Oracle {
    final int precision;
    final int emin;
    final int emax;
    final int exponentBits;

    static final Oracle BINARY32 = new Oracle(8, 24);
    static final Oracle BINARY64 = new Oracle(11, 53);

    private Oracle(int exponentBits, int precision) {
        this.exponentBits = exponentBits;
        this.precision = precision;
        this.emax = (1 << (exponentBits - 1)) - 1;
        this.emin = 1 - emax;
    }

    /** A positive exact real number. */
    interface Exact {
        /** floor(log2(value)). */
        int floorLog2();

        /** floor(value / 2^q), whether that is exact, and how the rest compares to one half. */
        Scaled scaled(int q);
    }

    static final class Scaled {
        final BigInteger integer;
        final boolean exact;
        final int versusHalf;

        Scaled(BigInteger integer, boolean exact, int versusHalf) {
            this.integer = integer;
            this.exact = exact;
            this.versusHalf = versusHalf;
        }
    }

    /** num / den * 2^k with num, den &gt; 0. */
    static final class Rational implements Exact {
        final BigInteger num;
        final BigInteger den;
        final int k;

        Rational(BigInteger num, BigInteger den, int k) {
            if (num.signum() <= 0 || den.signum() <= 0) {
                throw new IllegalArgumentException("positive values only");
            }
            this.num = num;
            this.den = den;
            this.k = k;
        }

        @Override
        public int floorLog2() {
            int e = num.bitLength() - den.bitLength() + k;
            return compareWithPowerOfTwo(e) < 0 ? e - 1 : e;
        }

        int compareWithPowerOfTwo(int e) {
            return k - e >= 0 ? num.shiftLeft(k - e).compareTo(den) : num.compareTo(den.shiftLeft(e - k));
        }

        @Override
        public Scaled scaled(int q) {
            BigInteger n = num.shiftLeft(Math.max(k - q, 0));
            BigInteger d = den.shiftLeft(Math.max(q - k, 0));
            BigInteger[] qr = n.divideAndRemainder(d);
            return new Scaled(qr[0], qr[1].signum() == 0, qr[1].shiftLeft(1).compareTo(d));
        }
    }

    /** sqrt(x). */
    static final class SquareRoot implements Exact {
        final Rational x;

        SquareRoot(Rational x) {
            this.x = x;
        }

        @Override
        public int floorLog2() {
            return Math.floorDiv(x.floorLog2(), 2);
        }

        @Override
        public Scaled scaled(int q) {
            BigInteger n = x.num.shiftLeft(Math.max(x.k - 2 * q, 0));
            BigInteger d = x.den.shiftLeft(Math.max(2 * q - x.k, 0));
            BigInteger i = n.divide(d).sqrt();
            BigInteger square = i.multiply(i);
            boolean exact = square.multiply(d).equals(n);
            // sqrt(n/d) against i + 1/2  <=>  4n against (4i^2 + 4i + 1) d
            BigInteger mid = square.shiftLeft(2).add(i.shiftLeft(2)).add(BigInteger.ONE).multiply(d);
            return new Scaled(i, exact, n.shiftLeft(2).compareTo(mid));
        }
    }

    /** Rounds (-1)^negative * v to this format in mode rm; flags go to st. */
    long round(boolean negative, Exact v, int rm, FloatStatus st) {
        int e = v.floorLog2();
        int q = Math.max(e, emin) - (precision - 1);
        Scaled s = v.scaled(q);
        BigInteger i = roundInteger(s, negative, rm);
        if (i.bitLength() > precision) {
            i = i.shiftRight(1);
            q++;
        }
        long sign = negative ? 1L << (exponentBits + precision - 1) : 0;
        if (!s.exact) {
            st.flags |= FFlags.NX;
        }
        if (i.signum() != 0 && q + i.bitLength() - 1 > emax) {
            st.flags |= FFlags.OF | FFlags.NX;
            boolean infinity = rm == Rounding.RNE || rm == Rounding.RMM
                    || (rm == Rounding.RUP && !negative) || (rm == Rounding.RDN && negative);
            long inf = ((1L << exponentBits) - 1) << (precision - 1);
            return sign | (infinity ? inf : inf - 1);
        }
        if (e < emin && !s.exact) {
            // Tiny after rounding: round to p bits with an unbounded exponent and look again.
            int qu = e - (precision - 1);
            BigInteger iu = roundInteger(v.scaled(qu), negative, rm);
            if (qu + iu.bitLength() - 1 < emin) {
                st.flags |= FFlags.UF;
            }
        }
        BigInteger hidden = BigInteger.ONE.shiftLeft(precision - 1);
        if (i.compareTo(hidden) >= 0) {
            long field = q + (precision - 1) + emax;
            return sign | (field << (precision - 1)) | i.subtract(hidden).longValueExact();
        }
        return sign | i.longValueExact();
    }

    private static BigInteger roundInteger(Scaled s, boolean negative, int rm) {
        if (s.exact) {
            return s.integer;
        }
        boolean up;
        switch (rm) {
            case Rounding.RNE: up = s.versusHalf > 0 || (s.versusHalf == 0 && s.integer.testBit(0)); break;
            case Rounding.RTZ: up = false; break;
            case Rounding.RDN: up = negative; break;
            case Rounding.RUP: up = !negative; break;
            case Rounding.RMM: up = s.versusHalf >= 0; break;
            default: throw new IllegalArgumentException("rm " + rm);
        }
        return up ? s.integer.add(BigInteger.ONE) : s.integer;
    }

    // ------------------------------------------------------------ exact values of encodings

    boolean isFiniteNonzero(long a) {
        long magnitude = a & ((1L << (exponentBits + precision - 1)) - 1);
        return magnitude != 0 && (magnitude >>> (precision - 1)) != (1L << exponentBits) - 1;
    }

    boolean isNegative(long a) {
        return ((a >>> (exponentBits + precision - 1)) & 1) != 0;
    }

    /** Signed integer significand of a finite encoding; value = significand * 2^unitExponent. */
    BigInteger significand(long a) {
        long magnitude = a & ((1L << (exponentBits + precision - 1)) - 1);
        long field = magnitude >>> (precision - 1);
        long fraction = magnitude & ((1L << (precision - 1)) - 1);
        BigInteger s = BigInteger.valueOf(field == 0 ? fraction : fraction | (1L << (precision - 1)));
        return isNegative(a) ? s.negate() : s;
    }

    int unitExponent(long a) {
        long magnitude = a & ((1L << (exponentBits + precision - 1)) - 1);
        long field = magnitude >>> (precision - 1);
        return (int) Math.max(field, 1) - emax - (precision - 1);
    }

    /** The exact value of a finite encoding as a BigDecimal (every binary float is a decimal). */
    BigDecimal decimal(long a) {
        int u = unitExponent(a);
        BigDecimal s = new BigDecimal(significand(a));
        return u >= 0 ? s.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(u)))
                : s.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-u)));
    }

    /** Rounds the exact integer-times-power-of-two s * 2^k, s nonzero. */
    long roundScaledInteger(BigInteger s, int k, int rm, FloatStatus st) {
        return round(s.signum() < 0, new Rational(s.abs(), BigInteger.ONE, k), rm, st);
    }

    /** Reference float-to-integer conversion using BigDecimal's own rounding modes. */
    static long toInteger(Oracle f, long a, int rm, FloatStatus st, int width, boolean signed) {
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO;
        long magnitude = a & ((1L << (f.exponentBits + f.precision - 1)) - 1);
        long inf = ((1L << f.exponentBits) - 1) << (f.precision - 1);
        BigInteger result;
        if (magnitude > inf) {
            st.flags |= FFlags.NV;
            result = max;
        } else if (magnitude == inf) {
            st.flags |= FFlags.NV;
            result = f.isNegative(a) ? min : max;
        } else {
            BigDecimal exact = f.decimal(a);
            RoundingMode mode;
            switch (rm) {
                case Rounding.RNE: mode = RoundingMode.HALF_EVEN; break;
                case Rounding.RTZ: mode = RoundingMode.DOWN; break;
                case Rounding.RDN: mode = RoundingMode.FLOOR; break;
                case Rounding.RUP: mode = RoundingMode.CEILING; break;
                default: mode = RoundingMode.HALF_UP; break;
            }
            BigInteger rounded = exact.setScale(0, mode).toBigIntegerExact();
            if (rounded.compareTo(max) > 0 || rounded.compareTo(min) < 0) {
                st.flags |= FFlags.NV;
                result = f.isNegative(a) ? min : max;
            } else {
                if (exact.compareTo(new BigDecimal(rounded)) != 0) {
                    st.flags |= FFlags.NX;
                }
                result = rounded;
            }
        }
        long bits = result.longValue(); // two's complement low 64 bits
        return width == 32 ? (int) bits : bits;
    }
}
