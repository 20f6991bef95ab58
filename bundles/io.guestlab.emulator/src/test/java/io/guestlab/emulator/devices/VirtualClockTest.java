package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class VirtualClockTest {

    @Test
    public void ticksFollowRetiredInstructionsKeepingTheRemainder() {
        VirtualClock clock = new VirtualClock(10);
        clock.retire(7);
        assertEquals(0, clock.ticks());
        clock.retire(7);
        assertEquals(1, clock.ticks());
        clock.retire(6);
        assertEquals("14 + 6 = 20 instructions", 2, clock.ticks());
    }

    @Test
    public void skippingOnlyMovesForward() {
        VirtualClock clock = new VirtualClock(1);
        clock.skipTo(100);
        clock.skipTo(50);
        assertEquals(100, clock.ticks());
    }

    @Test(expected = IllegalArgumentException.class)
    public void instructionsPerTickMustBePositive() {
        new VirtualClock(0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeRetirementIsRejected() {
        new VirtualClock(1).retire(-1);
    }

    @Test
    public void hostClockNeverGoesBackwards() {
        HostClock clock = new HostClock();
        long previous = clock.ticks();
        for (int i = 0; i < 1000; i++) {
            long now = clock.ticks();
            assertTrue(now >= previous);
            previous = now;
        }
    }
}
