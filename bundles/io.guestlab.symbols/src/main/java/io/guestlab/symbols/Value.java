package io.guestlab.symbols;

/**
 * The bytes of an object read from the target, with its type. {@code address} is where it
 * lives in memory (-1 for a register or computed value); {@code bytes} is null when the value
 * is unavailable, and {@code unavailable} then says why (e.g. "optimized out").
 */
public record Value(CType type, byte[] bytes, long address, String unavailable) {

    public static Value unavailable(CType type, String why) {
        return new Value(type, null, -1, why);
    }

    public boolean isAvailable() {
        return bytes != null;
    }

    /** Whether it lives in memory: only -1 says not (a kernel's upper-half addresses are negative as a long). */
    public boolean inMemory() {
        return address != -1;
    }

    /** The value as an unsigned little-endian integer of up to 8 bytes. */
    public long asLong() {
        long v = 0;
        for (int i = Math.min(bytes.length, 8) - 1; i >= 0; i--) {
            v = v << 8 | (bytes[i] & 0xff);
        }
        return v;
    }
}
