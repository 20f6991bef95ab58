package io.guestlab.emulator;

/**
 * A data watchpoint: stops the machine after a load ({@code onRead}) or store ({@code onWrite})
 * that touches {@code [start, start+length)}, a range of physical or (when {@code physical} is
 * false) virtual addresses as the accessing hart sees them.
 */
public record Watchpoint(long start, long length, boolean physical, boolean onRead, boolean onWrite) {

    public Watchpoint {
        if (length <= 0) {
            throw new IllegalArgumentException("watchpoint length must be positive");
        }
        if (!onRead && !onWrite) {
            throw new IllegalArgumentException("a watchpoint must watch reads, writes or both");
        }
    }

    /** True if an access of {@code size} bytes at {@code address} overlaps this range. */
    public boolean overlaps(long address, long size) {
        return Long.compareUnsigned(address - start, length) < 0 || Long.compareUnsigned(start - address, size) < 0;
    }
}
