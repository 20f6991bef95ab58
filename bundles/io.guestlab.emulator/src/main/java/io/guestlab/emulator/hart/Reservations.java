package io.guestlab.emulator.hart;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.StoreObserver;

import java.util.Arrays;

/**
 * LR/SC reservation sets of the harts of one machine (Unprivileged ISA section 8.2): one
 * naturally aligned 8-byte granule per hart, broken by any other agent's store that overlaps it.
 */
public final class Reservations implements StoreObserver {

    private static final long NONE = -1;

    private final Bus bus;
    private final long[] granule;

    public Reservations(Bus bus, int harts) {
        this.bus = bus;
        this.granule = new long[harts];
        Arrays.fill(granule, NONE);
        bus.addStoreObserver(this);
    }

    void reserve(int hart, long address) {
        granule[hart] = address & ~7L;
        bus.observe(address & ~7L, 8);
    }

    /** True if {@code hart} still holds a reservation covering {@code address}; clears it either way. */
    boolean consume(int hart, long address) {
        boolean held = granule[hart] == (address & ~7L);
        granule[hart] = NONE;
        return held;
    }

    void clear(int hart) {
        granule[hart] = NONE;
    }

    @Override
    public void stored(long address, int size, int hartId) {
        long first = address & ~7L;
        long last = (address + size - 1) & ~7L;
        for (int h = 0; h < granule.length; h++) {
            if (h != hartId && granule[h] != NONE && granule[h] >= first && granule[h] <= last) {
                granule[h] = NONE;
            }
        }
    }
}
