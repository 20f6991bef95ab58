package io.guestlab.emulator.fpu;

import java.util.SplittableRandom;

/**
 * Random encodings biased towards the places where rounding goes wrong: subnormals, the edges of
 * the exponent range, significands of all ones or a single bit, NaN kinds, and operand pairs that
 * nearly cancel. Deterministic for a given seed.
 */
final class RandomOperands {
    private final SplittableRandom random;
    private final int exponentBits;
    private final int precision;
    private final long signBit;
    private final long maxField;

    RandomOperands(long seed, Oracle format) {
        random = new SplittableRandom(seed);
        exponentBits = format.exponentBits;
        precision = format.precision;
        signBit = 1L << (exponentBits + precision - 1);
        maxField = (1L << exponentBits) - 1;
    }

    long next() {
        long sign = random.nextBoolean() ? signBit : 0;
        int bias = (int) (maxField >> 1);
        switch (random.nextInt(10)) {
            case 0:
                return random.nextLong() & (signBit | (signBit - 1));
            case 1:
                return sign | special();
            case 2:
                return sign | encode(0, fraction());
            case 3:
                return sign | encode(1 + random.nextInt(60), fraction());
            case 4:
                return sign | encode(maxField - 1 - random.nextInt(60), fraction());
            case 5:
            case 6:
                return sign | encode(bias - 30 + random.nextInt(61), fraction());
            case 7:
                return sign | encode(bias - 30 + random.nextInt(61), pattern());
            default:
                return sign | encode(1 + random.nextLong(maxField - 1), fraction());
        }
    }

    /** An operand near b or -b (a few ulps away, or a nearby exponent) to provoke cancellation. */
    long near(long b) {
        long flipped = random.nextBoolean() ? b ^ signBit : b;
        long magnitude = flipped & (signBit - 1);
        long delta = random.nextInt(2 * 8 + 1) - 8L;
        if (random.nextInt(4) == 0) {
            delta += (random.nextInt(5) - 2L) << (precision - 1); // shift the exponent by up to 2
        }
        long moved = magnitude + delta;
        if (moved < 0 || moved >= maxField << (precision - 1)) {
            moved = magnitude;
        }
        return (flipped & signBit) | moved;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    long nextLong() {
        return random.nextLong();
    }

    private long encode(long field, long fraction) {
        return (field << (precision - 1)) | fraction;
    }

    private long fraction() {
        return random.nextLong() & ((1L << (precision - 1)) - 1);
    }

    private long pattern() {
        long mask = (1L << (precision - 1)) - 1;
        switch (random.nextInt(4)) {
            case 0: return 0;
            case 1: return mask; // all ones
            case 2: return 1L << random.nextInt(precision - 1);
            default: return mask ^ (1L << random.nextInt(precision - 1));
        }
    }

    private long special() {
        long quiet = 1L << (precision - 2);
        long infinity = maxField << (precision - 1);
        switch (random.nextInt(10)) {
            case 0: return 0;
            case 1: return infinity;
            case 2: return infinity | quiet | (random.nextLong() & (quiet - 1)); // quiet NaN
            case 3: return infinity | (1 + random.nextLong(quiet - 1)); // signalling NaN
            case 4: return 1; // smallest subnormal
            case 5: return (1L << (precision - 1)) - 1; // largest subnormal
            case 6: return 1L << (precision - 1); // smallest normal
            case 7: return infinity - 1; // largest finite
            case 8: return encode(maxField >> 1, 0); // 1.0
            default: return encode(maxField >> 1, (1L << (precision - 1)) - 1); // just below 2
        }
    }
}
