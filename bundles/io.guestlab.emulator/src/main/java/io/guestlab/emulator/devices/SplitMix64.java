package io.guestlab.emulator.devices;

import java.util.random.RandomGenerator;

/**
 * A tiny reproducible generator whose whole state is one {@code long}, so that a snapshot can
 * save it and a restored machine continues the very same stream. Each output adds a fixed odd
 * increment (the 64-bit golden ratio) to the state and scrambles the result with two
 * multiply-xorshift rounds (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014). Not for cryptography: it feeds a guest's entropy pool in
 * reproducible runs only.
 */
final class SplitMix64 implements RandomGenerator {

    private static final long GOLDEN_GAMMA = 0x9E37_79B9_7F4A_7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    @Override
    public long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    long state() {
        return state;
    }

    void setState(long state) {
        this.state = state;
    }
}
