package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/** Save / restore helpers for the device state tests. */
final class StateRoundTrip {

    private StateRoundTrip() {
    }

    static byte[] save(Stateful part) {
        StateWriter out = new StateWriter();
        part.saveState(out);
        return out.toByteArray();
    }

    /** Restores {@code state} into {@code part}, insisting that it reads every byte. */
    static void restore(Stateful part, byte[] state) throws SnapshotException {
        StateReader in = new StateReader(state);
        part.restoreState(in);
        in.expectEnd();
    }

    /**
     * Saves {@code original}, restores it into {@code fresh} and checks that saving {@code fresh}
     * gives the same bytes; returns them.
     */
    static byte[] copy(Stateful original, Stateful fresh) throws SnapshotException {
        byte[] state = save(original);
        restore(fresh, state);
        assertArrayEquals("the restored part saves the same state", state, save(fresh));
        return state;
    }

    /** Reads each 32-bit or byte register at {@code offsets} from both devices, in turn, expecting equal values. */
    static void assertSameReads(Device a, Device b, int size, long... offsets) {
        for (long offset : offsets) {
            long fromA = a.read(offset, size);
            long fromB = b.read(offset, size);
            if (fromA != fromB) {
                fail(String.format("register 0x%x reads 0x%x on the original but 0x%x on the restored copy",
                        offset, fromA, fromB));
            }
        }
    }

    /** Restoring {@code state} into {@code part} must fail with a message naming {@code field}. */
    static void assertRefused(Stateful part, byte[] state, String field) {
        try {
            restore(part, state);
            fail("restoring a mismatched state should fail naming " + field);
        } catch (SnapshotException e) {
            assertTrue("message names " + field + ": " + e.getMessage(), e.getMessage().contains(field));
        }
    }
}
