package io.guestlab.emulator.fpu;

/**
 * Parameters of a binary interchange format (IEEE 754-2019 §3.6) and bit-level predicates on
 * its encodings. Encodings are carried in a long, binary32 ones zero-extended.
 */
final class Format {
    static final Format BINARY32 = new Format(8, 24);
    static final Format BINARY64 = new Format(11, 53);

    /** p: significand bits including the hidden one. */
    final int precision;
    final int bias;
    final int emax;
    final int emin;
    final long signBit;
    final long magnitudeMask;
    final long fractionMask;
    final long infinity;
    final long quietBit;
    final long canonicalNaN;
    final long maxFinite;

    private Format(int exponentBits, int precision) {
        this.precision = precision;
        bias = (1 << (exponentBits - 1)) - 1;
        emax = bias;
        emin = 1 - bias;
        signBit = 1L << (exponentBits + precision - 1);
        magnitudeMask = signBit - 1;
        fractionMask = (1L << (precision - 1)) - 1;
        infinity = ((1L << exponentBits) - 1) << (precision - 1);
        quietBit = 1L << (precision - 2);
        // RISC-V F extension "NaN Generation and Propagation": positive sign, quiet bit only.
        canonicalNaN = infinity | quietBit;
        maxFinite = infinity - 1;
    }

    boolean isNaN(long a) {
        return (a & magnitudeMask) > infinity;
    }

    boolean isSignalingNaN(long a) {
        return isNaN(a) && (a & quietBit) == 0;
    }

    boolean isInfinite(long a) {
        return (a & magnitudeMask) == infinity;
    }

    boolean isZero(long a) {
        return (a & magnitudeMask) == 0;
    }

    boolean isNegative(long a) {
        return (a & signBit) != 0;
    }

    /** Exponent of the leading one bit of a finite nonzero encoding (subnormals normalised). */
    int exponent(long a) {
        long magnitude = a & magnitudeMask;
        int field = (int) (magnitude >>> (precision - 1));
        if (field != 0) {
            return field - bias;
        }
        return emin - (precision - 1) + (63 - Long.numberOfLeadingZeros(magnitude));
    }

    /** Significand of a finite nonzero encoding, shifted so that its leading one is bit 62. */
    long significand(long a) {
        long magnitude = a & magnitudeMask;
        long sig = (magnitude >>> (precision - 1)) != 0 ? (magnitude & fractionMask) | (fractionMask + 1) : magnitude;
        return sig << (Long.numberOfLeadingZeros(sig) - 1);
    }

    long zero(boolean negative) {
        return negative ? signBit : 0;
    }

    long infinity(boolean negative) {
        return negative ? signBit | infinity : infinity;
    }
}
