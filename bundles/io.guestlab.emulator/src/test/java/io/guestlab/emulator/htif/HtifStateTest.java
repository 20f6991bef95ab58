package io.guestlab.emulator.htif;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

/** HTIF keeps no state between commands; its state only pins the program's tohost / fromhost. */
public class HtifStateTest {

    private static final long TOHOST = 0x8000_1000L, FROMHOST = 0x8000_1040L;

    private static byte[] save(Htif htif) {
        StateWriter out = new StateWriter();
        htif.saveState(out);
        return out.toByteArray();
    }

    private static void restore(Htif htif, byte[] state) throws SnapshotException {
        StateReader in = new StateReader(state);
        htif.restoreState(in);
        in.expectEnd();
    }

    @Test
    public void restoredHtifServesTheSameProgram() throws Exception {
        Htif original = new Htif(new Bus(new Ram(0x8000_0000L, 1 << 16)), TOHOST, FROMHOST,
                new ByteArrayOutputStream(), code -> { });
        Bus bus = new Bus(new Ram(0x8000_0000L, 1 << 16));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Htif restored = new Htif(bus, TOHOST, FROMHOST, console, code -> { });
        byte[] state = save(original);
        restore(restored, state);
        assertArrayEquals(state, save(restored));
        bus.store(TOHOST, 8, (1L << 56) | (1L << 48) | 'k', 0);
        assertEquals("k", console.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void stateOfAnotherProgramIsRefused() {
        Bus bus = new Bus(new Ram(0x8000_0000L, 1 << 16));
        Htif other = new Htif(bus, TOHOST + 8, -1, new ByteArrayOutputStream(), code -> { });
        Htif htif = new Htif(bus, TOHOST, FROMHOST, new ByteArrayOutputStream(), code -> { });
        try {
            restore(htif, save(other));
            fail("another program's tohost");
        } catch (SnapshotException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("htif.tohost"));
        }
    }
}
