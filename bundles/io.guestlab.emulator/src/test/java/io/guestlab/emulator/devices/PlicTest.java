package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.bus.IrqLine;
import org.junit.Test;

public class PlicTest {

    /** Two harts: contexts 0 (hart 0 M), 1 (hart 0 S), 2 (hart 1 M), 3 (hart 1 S). */
    private final WireProbe[] contexts = WireProbe.array(4);
    private final Plic plic = new Plic(96, contexts);

    private void enable(int context, int source) {
        long at = Plic.ENABLE + (long) Plic.ENABLE_STRIDE * context + 4L * (source / 32);
        plic.write(at, 4, plic.read(at, 4) | (1L << (source % 32)));
    }

    private long claimRegister(int context) {
        return Plic.CONTEXT + (long) Plic.CONTEXT_STRIDE * context + Plic.CONTEXT_CLAIM;
    }

    private long thresholdRegister(int context) {
        return Plic.CONTEXT + (long) Plic.CONTEXT_STRIDE * context + Plic.CONTEXT_THRESHOLD;
    }

    @Test
    public void enabledPrioritisedSourceInterruptsItsContextUntilClaimed() {
        IrqLine uart = plic.source(10);
        plic.write(Plic.PRIORITY + 4 * 10, 4, 1);
        enable(1, 10);

        uart.set(true);
        assertTrue("S context of hart 0", contexts[1].level);
        assertFalse(contexts[0].level);
        assertFalse(contexts[3].level);
        assertEquals(1L << 10, plic.read(Plic.PENDING, 4));

        assertEquals(10, plic.read(claimRegister(1), 4));
        assertFalse("claimed: no longer pending", contexts[1].level);
        assertEquals(0, plic.read(Plic.PENDING, 4));
        assertEquals("nothing else to claim", 0, plic.read(claimRegister(1), 4));

        uart.set(false);
        plic.write(claimRegister(1), 4, 10);
        assertFalse(contexts[1].level);
    }

    @Test
    public void sourceStillHighAfterCompletionInterruptsAgain() {
        IrqLine disk = plic.source(1);
        plic.write(Plic.PRIORITY + 4, 4, 7);
        enable(0, 1);
        disk.set(true);
        assertEquals(1, plic.read(claimRegister(0), 4));
        assertFalse(contexts[0].level);
        plic.write(claimRegister(0), 4, 1);
        assertTrue("the gateway forwards the still-high level", contexts[0].level);
    }

    @Test
    public void thresholdMasksPrioritiesAtOrBelowIt() {
        IrqLine source = plic.source(33);
        plic.write(Plic.PRIORITY + 4 * 33, 4, 3);
        enable(2, 33);
        plic.write(thresholdRegister(2), 4, 3);
        source.set(true);
        assertFalse(contexts[2].level);
        assertEquals("claim respects the threshold", 0, plic.read(claimRegister(2), 4));
        plic.write(thresholdRegister(2), 4, 2);
        assertTrue(contexts[2].level);
        assertEquals(33, plic.read(claimRegister(2), 4));
    }

    @Test
    public void claimPicksHighestPriorityThenLowestId() {
        plic.write(Plic.PRIORITY + 4 * 5, 4, 2);
        plic.write(Plic.PRIORITY + 4 * 6, 4, 5);
        plic.write(Plic.PRIORITY + 4 * 7, 4, 5);
        for (int id = 5; id <= 7; id++) {
            enable(0, id);
            plic.source(id).set(true);
        }
        assertEquals(6, plic.read(claimRegister(0), 4));
        assertEquals(7, plic.read(claimRegister(0), 4));
        assertEquals(5, plic.read(claimRegister(0), 4));
    }

    @Test
    public void sourceDroppingBeforeClaimWithdrawsTheRequest() {
        IrqLine line = plic.source(2);
        plic.write(Plic.PRIORITY + 8, 4, 1);
        enable(0, 2);
        line.set(true);
        line.set(false);
        assertFalse(contexts[0].level);
        assertEquals(0, plic.read(claimRegister(0), 4));
    }

    @Test
    public void priorityIsThreeBitsAndSourceZeroIsReserved() {
        plic.write(Plic.PRIORITY + 4, 4, 0xFF);
        assertEquals(7, plic.read(Plic.PRIORITY + 4, 4));
        plic.write(Plic.PRIORITY, 4, 5);
        assertEquals(0, plic.read(Plic.PRIORITY, 4));
        plic.write(Plic.ENABLE, 4, 0xFFFF_FFFFL);
        assertEquals("source 0 cannot be enabled", 0xFFFF_FFFEL, plic.read(Plic.ENABLE, 4));
        plic.write(Plic.ENABLE + 12, 4, 0xFFFF_FFFFL);
        assertEquals("sources above 96 do not exist", 1, plic.read(Plic.ENABLE + 12, 4));
    }

    @Test
    public void completionOfASourceNotEnabledForTheContextIsIgnored() {
        IrqLine line = plic.source(3);
        plic.write(Plic.PRIORITY + 12, 4, 1);
        enable(0, 3);
        line.set(true);
        assertEquals(3, plic.read(claimRegister(0), 4));
        plic.write(claimRegister(1), 4, 3); // context 1 never enabled source 3
        assertFalse(contexts[0].level);
        plic.write(claimRegister(0), 4, 3);
        assertTrue(contexts[0].level);
    }

    @Test
    public void unknownOffsetsAndOddSizesAreHarmless() {
        assertEquals(0, plic.read(0x1F_0000, 4));
        assertEquals(0, plic.read(Plic.CONTEXT + 8, 4));
        assertEquals(0, plic.read(Plic.CONTEXT + 4L * Plic.CONTEXT_STRIDE, 4)); // context 4 does not exist
        assertEquals(0, plic.read(Plic.PRIORITY + 4, 1));
        plic.write(Plic.PRIORITY + 4, 2, 3);
        plic.write(0x5F_FFFC, 4, 1);
        plic.write(Plic.PENDING, 4, -1);
        assertEquals(0, plic.read(Plic.PRIORITY + 4, 4));
        assertEquals(0, plic.read(Plic.PENDING, 4));
    }

    @Test
    public void wideAccessesNeitherClaimNorComplete() {
        plic.write(Plic.PRIORITY + 4, 4, 1);
        enable(0, 1);
        plic.source(1).set(true);
        assertEquals(0, plic.read(thresholdRegister(0), 8));
        assertTrue("still pending", contexts[0].level);
        assertEquals(1, plic.read(claimRegister(0), 4));
    }

    @Test(expected = IllegalArgumentException.class)
    public void sourceZeroHasNoWire() {
        plic.source(0);
    }
}
