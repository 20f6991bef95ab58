package io.guestlab.emulator.devices;

import static io.guestlab.emulator.devices.StateRoundTrip.assertRefused;
import static io.guestlab.emulator.devices.StateRoundTrip.assertSameReads;
import static io.guestlab.emulator.devices.StateRoundTrip.copy;
import static io.guestlab.emulator.devices.StateRoundTrip.save;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.snapshot.StateWriter;
import org.junit.Test;

/** State of the time-driven parts: the virtual clock, the CLINT and the goldfish RTC. */
public class TimerStateTest {

    /** A clock and a two-hart CLINT on it, with probes on all four wires. */
    private static final class Timers {
        final VirtualClock clock = new VirtualClock(10);
        final WireProbe[] msip = WireProbe.array(2);
        final WireProbe[] mtip = WireProbe.array(2);
        final Clint clint = new Clint(clock, msip, mtip);
        final WireProbe rtcIrq = new WireProbe();
        final GoldfishRtc rtc = new GoldfishRtc(clock, GoldfishRtc.VIRTUAL_EPOCH_NANOS, rtcIrq);

        void advance(long instructions) {
            clock.retire(instructions);
            clint.timeAdvanced();
            rtc.timeAdvanced();
        }

        void restoreFrom(Timers other) throws Exception {
            copy(other.clock, clock);
            copy(other.clint, clint);
            copy(other.rtc, rtc);
        }
    }

    @Test
    public void clockContinuesFromTheSameTickAndRemainder() throws Exception {
        VirtualClock a = new VirtualClock(10);
        a.retire(1234);
        VirtualClock b = new VirtualClock(10);
        copy(a, b);
        assertEquals(123, b.ticks());
        a.retire(6);
        b.retire(6);
        assertEquals("the 4 leftover instructions carried over", 124, b.ticks());
        assertEquals(a.ticks(), b.ticks());
    }

    @Test
    public void clintKeepsWiresComparesAndLaggingTimerLevels() throws Exception {
        Timers a = new Timers();
        a.clint.write(Clint.MSIP + 4, 4, 1);
        a.clint.write(Clint.MTIMECMP, 8, 50);
        a.clint.write(Clint.MTIMECMP + 8, 8, 2000);
        a.advance(600); // tick 60: hart 0's timer fires
        a.clint.write(Clint.MTIME, 8, 500); // the guest moves mtime forward
        a.clock.retire(20); // time passes but the run loop has not told the CLINT yet
        assertTrue(a.mtip[0].level);
        assertTrue(a.msip[1].level);

        Timers b = new Timers();
        b.restoreFrom(a);
        for (int hart = 0; hart < 2; hart++) {
            assertEquals("msip wire of hart " + hart, a.msip[hart].level, b.msip[hart].level);
            assertEquals("mtip wire of hart " + hart, a.mtip[hart].level, b.mtip[hart].level);
        }
        assertEquals(a.clint.nextDeadline(), b.clint.nextDeadline());
        assertSameReads(a.clint, b.clint, 4, Clint.MSIP, Clint.MSIP + 4, Clint.MTIMECMP, Clint.MTIMECMP + 12,
                Clint.MTIME, Clint.MTIME + 4);

        // mtime is 502 now; hart 1 compares against 2000: 1498 ticks later both fire together
        a.advance(14970);
        b.advance(14970);
        assertFalse(a.mtip[1].level);
        assertFalse(b.mtip[1].level);
        a.advance(10);
        b.advance(10);
        assertTrue(a.mtip[1].level);
        assertTrue(b.mtip[1].level);
    }

    @Test
    public void rtcKeepsDateAlarmAndInterrupt() throws Exception {
        Timers a = new Timers();
        a.rtc.write(GoldfishRtc.TIME_HIGH, 4, 0x1800_0000L); // the guest sets the date
        a.rtc.write(GoldfishRtc.TIME_LOW, 4, 0);
        long alarm = a.rtc.nowNanos() + 5_000; // 50 ticks ahead
        a.rtc.write(GoldfishRtc.ALARM_HIGH, 4, alarm >>> 32);
        a.rtc.write(GoldfishRtc.ALARM_LOW, 4, alarm & 0xFFFF_FFFFL);
        a.rtc.write(GoldfishRtc.IRQ_ENABLED, 4, 1);
        a.rtc.read(GoldfishRtc.TIME_LOW, 4); // latches the high half

        Timers b = new Timers();
        b.restoreFrom(a);
        assertEquals(a.rtc.nowNanos(), b.rtc.nowNanos());
        assertEquals(a.rtc.nextDeadline(), b.rtc.nextDeadline());
        assertSameReads(a.rtc, b.rtc, 4, GoldfishRtc.TIME_HIGH, GoldfishRtc.ALARM_LOW, GoldfishRtc.ALARM_HIGH,
                GoldfishRtc.IRQ_ENABLED, GoldfishRtc.ALARM_STATUS);
        a.advance(500);
        b.advance(500);
        assertTrue("the alarm fired on the original", a.rtcIrq.level);
        assertTrue("and on the restored copy", b.rtcIrq.level);
        assertSameReads(a.rtc, b.rtc, 4, GoldfishRtc.TIME_LOW, GoldfishRtc.TIME_HIGH, GoldfishRtc.ALARM_STATUS);
    }

    @Test
    public void restoredRtcDrivesItsPendingInterrupt() throws Exception {
        Timers a = new Timers();
        a.rtc.write(GoldfishRtc.IRQ_ENABLED, 4, 1);
        a.rtc.write(GoldfishRtc.ALARM_HIGH, 4, 0);
        a.rtc.write(GoldfishRtc.ALARM_LOW, 4, 0); // in the past: fires at once
        assertTrue(a.rtcIrq.level);
        Timers b = new Timers();
        assertFalse(b.rtcIrq.level);
        copy(a.rtc, b.rtc);
        assertTrue(b.rtcIrq.level);
    }

    @Test
    public void stateOfAnotherShapeIsRefusedNamingTheField() {
        VirtualClock fast = new VirtualClock(5);
        assertRefused(new VirtualClock(10), save(fast), "clock.instructionsPerTick");

        Clint oneHart = new Clint(new VirtualClock(10), WireProbe.array(1), WireProbe.array(1));
        assertRefused(new Timers().clint, save(oneHart), "clint.harts");

        StateWriter badMsip = new StateWriter().section("clint").putInt("harts", 2).putLong("mtimeOffset", 0)
                .putLongs("mtimecmp", new long[] {-1, -1}).putBytes("msip", new byte[] {0, 2});
        assertRefused(new Timers().clint, badMsip.toByteArray(), "clint.msip");

        assertRefused(new Timers().rtc, save(new Timers().clint), "'rtc'");
    }
}
