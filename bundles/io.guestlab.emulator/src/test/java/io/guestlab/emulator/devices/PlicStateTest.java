package io.guestlab.emulator.devices;

import static io.guestlab.emulator.devices.StateRoundTrip.assertRefused;
import static io.guestlab.emulator.devices.StateRoundTrip.assertSameReads;
import static io.guestlab.emulator.devices.StateRoundTrip.copy;
import static io.guestlab.emulator.devices.StateRoundTrip.save;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.StateWriter;
import org.junit.Test;

/** PLIC state: priorities, enables, thresholds, pending and claimed sources, input levels. */
public class PlicStateTest {

    private static final int UART = 10, DISK = 1, RTC = 11;

    /** Two harts: contexts 0 (hart 0 M), 1 (hart 0 S), 2 (hart 1 M), 3 (hart 1 S). */
    private static final class Board {
        final WireProbe[] contexts = WireProbe.array(4);
        final Plic plic = new Plic(96, contexts);
        final IrqLine uart = plic.source(UART);
        final IrqLine disk = plic.source(DISK);
        final IrqLine rtc = plic.source(RTC);

        void enable(int context, int source) {
            long at = Plic.ENABLE + (long) Plic.ENABLE_STRIDE * context + 4L * (source / 32);
            plic.write(at, 4, plic.read(at, 4) | (1L << (source % 32)));
        }

        long claim(int context) {
            return Plic.CONTEXT + (long) Plic.CONTEXT_STRIDE * context + Plic.CONTEXT_CLAIM;
        }

        long threshold(int context) {
            return Plic.CONTEXT + (long) Plic.CONTEXT_STRIDE * context + Plic.CONTEXT_THRESHOLD;
        }
    }

    /** The UART claimed by hart 0's S context and still high, the disk pending, the RTC masked by a threshold. */
    private static Board midway() {
        Board b = new Board();
        b.plic.write(Plic.PRIORITY + 4 * UART, 4, 3);
        b.plic.write(Plic.PRIORITY + 4 * DISK, 4, 2);
        b.plic.write(Plic.PRIORITY + 4 * RTC, 4, 1);
        b.enable(1, UART);
        b.enable(1, DISK);
        b.enable(2, RTC);
        b.plic.write(b.threshold(2), 4, 1);
        b.uart.set(true);
        b.disk.set(true);
        b.rtc.set(true);
        assertEquals(UART, b.plic.read(b.claim(1), 4));
        return b;
    }

    @Test
    public void claimedSourceStaysInServiceAndPendingOnesStayPending() throws Exception {
        Board a = midway();
        Board b = new Board();
        copy(a.plic, b.plic);
        for (int context = 0; context < 4; context++) {
            assertEquals("wire of context " + context, a.contexts[context].level, b.contexts[context].level);
        }
        assertTrue("the disk still interrupts hart 0's S mode", b.contexts[1].level);
        assertFalse("the RTC is below context 2's threshold", b.contexts[2].level);
        assertSameReads(a.plic, b.plic, 4, Plic.PENDING, Plic.PENDING + 4, Plic.PRIORITY + 4 * UART,
                Plic.ENABLE + Plic.ENABLE_STRIDE, b.threshold(2));

        // the next claim takes the disk on both; completing the UART, still high, re-raises it
        assertSameReads(a.plic, b.plic, 4, a.claim(1));
        a.plic.write(a.claim(1), 4, UART);
        b.plic.write(b.claim(1), 4, UART);
        assertSameReads(a.plic, b.plic, 4, Plic.PENDING, a.claim(1), Plic.PENDING);
        assertEquals(a.contexts[1].level, b.contexts[1].level);

        // input wires keep working on the restored copy
        a.rtc.set(false);
        b.rtc.set(false);
        assertSameReads(a.plic, b.plic, 4, Plic.PENDING);
    }

    @Test
    public void restoredLevelMatchesWhatTheDevicesReDrive() throws Exception {
        Board a = midway();
        Board b = new Board();
        byte[] state = copy(a.plic, b.plic);
        // devices restored after the PLIC drive their wires again: nothing may change
        b.uart.set(true);
        b.disk.set(true);
        b.rtc.set(true);
        assertArrayEquals(state, save(b.plic));
    }

    @Test
    public void stateOfAnotherShapeIsRefusedNamingTheField() {
        Plic small = new Plic(31, WireProbe.array(4));
        assertRefused(new Board().plic, save(small), "plic.sources");
        Plic oneHart = new Plic(96, WireProbe.array(2));
        assertRefused(new Board().plic, save(oneHart), "plic.contexts");

        int words = 4;
        int[] priorities = new int[97];
        priorities[5] = 9; // wider than 3 bits
        StateWriter bad = new StateWriter().section("plic").putInt("sources", 96).putInt("contexts", 4)
                .putInts("priority", priorities).putInts("pending", new int[words])
                .putInts("inService", new int[words]).putInts("level", new int[words])
                .putInts("enable", new int[4 * words]).putInts("threshold", new int[4]);
        assertRefused(new Board().plic, bad.toByteArray(), "plic.priority");

        StateWriter shortEnable = new StateWriter().section("plic").putInt("sources", 96).putInt("contexts", 4)
                .putInts("priority", new int[97]).putInts("pending", new int[words])
                .putInts("inService", new int[words]).putInts("level", new int[words])
                .putInts("enable", new int[words]).putInts("threshold", new int[4]);
        assertRefused(new Board().plic, shortEnable.toByteArray(), "plic.enable");
    }
}
