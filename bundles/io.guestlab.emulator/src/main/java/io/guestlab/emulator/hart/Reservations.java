package io.guestlab.emulator.hart;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.StoreObserver;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.util.Arrays;

/**
 * LR/SC reservation sets of the harts of one machine (Unprivileged ISA section 8.2): one
 * naturally aligned 8-byte granule per hart, broken by any other agent's store that overlaps it.
 */
public final class Reservations implements StoreObserver, Stateful {

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

    /** Granule addresses, -1 for none; a held reservation matters to the next sc of its hart. */
    @Override
    public void saveState(StateWriter out) {
        out.section("reservations");
        out.putLongs("granule", granule);
    }

    /** Re-registers each held granule with the bus so that other harts' stores still break it. */
    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("reservations");
        long[] held = in.getLongs("granule");
        if (held.length != granule.length) {
            throw new SnapshotException("machine state field 'reservations.granule' has " + held.length
                    + " entries but this machine has " + granule.length + " harts");
        }
        for (int h = 0; h < held.length; h++) {
            if (held[h] != NONE && ((held[h] & 7) != 0 || !bus.isRam(held[h], 8))) {
                throw new SnapshotException(String.format(
                        "machine state field 'reservations.granule' holds 0x%x for hart %d, not an 8-byte granule of RAM",
                        held[h], h));
            }
        }
        for (int h = 0; h < held.length; h++) {
            granule[h] = held[h];
            if (held[h] != NONE) {
                bus.observe(held[h], 8);
            }
        }
    }
}
