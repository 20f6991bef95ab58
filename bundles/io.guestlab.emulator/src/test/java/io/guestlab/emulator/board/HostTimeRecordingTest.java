package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.HostTime;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The host clock under recording (one reading per step, only changes logged, never backwards)
 * and under replay (the logged values at their steps, divergence reported once, no sleeping).
 */
public class HostTimeRecordingTest {

    /** A host clock that says what the test tells it to. */
    private static final class ScriptedClock implements HostTime {
        long now;
        int reads;
        long idled;

        @Override
        public long ticks() {
            reads++;
            return now;
        }

        @Override
        public void idle(long ticks) {
            idled += ticks;
        }
    }

    private long step;
    private final List<InputLog.ClockReading> logged = new ArrayList<>();
    private String divergence;

    @Test
    public void theClockIsReadOncePerStepAndOnlyChangesAreLogged() throws Exception {
        ScriptedClock host = new ScriptedClock();
        RecordingHostTime time = new RecordingHostTime(host, () -> step, (s, t) -> logged.add(new InputLog.ClockReading(s, t)));
        host.now = 100;
        assertEquals(100, time.ticks());
        host.now = 150;
        assertEquals("the same step, the same reading", 100, time.ticks());
        assertEquals(1, host.reads);
        step = 10;
        assertEquals(150, time.ticks());
        step = 20;
        assertEquals("unchanged: not logged", 150, time.ticks());
        step = 30;
        host.now = 140;
        assertEquals("the host went back; the guest's time does not", 150, time.ticks());
        host.now = 400;
        step = 40;
        assertEquals(400, time.ticks());
        time.idle(5_000);
        assertEquals(5_000, host.idled);
        assertEquals(List.of(new InputLog.ClockReading(0, 100), new InputLog.ClockReading(10, 150),
                new InputLog.ClockReading(40, 400)), logged);
    }

    @Test
    public void aReplayGivesTheLoggedValuesAtTheirSteps() {
        ReplayedHostTime time = new ReplayedHostTime(List.of(new InputLog.ClockReading(0, 100),
                new InputLog.ClockReading(10, 150), new InputLog.ClockReading(40, 400)), () -> step, d -> divergence = d);
        assertEquals(100, time.ticks());
        assertEquals(100, time.ticks());
        step = 10;
        assertEquals(150, time.ticks());
        step = 20;
        assertEquals(150, time.ticks());
        step = 40;
        assertEquals(400, time.ticks());
        step = 50;
        assertEquals(400, time.ticks());
        time.idle(1_000_000_000L); // returns at once: a replay never sleeps
        assertNull(divergence);
    }

    @Test
    public void aReadingTheReplayPassesByIsADivergence() {
        ReplayedHostTime time = new ReplayedHostTime(List.of(new InputLog.ClockReading(0, 100),
                new InputLog.ClockReading(10, 150)), () -> step, d -> divergence = d);
        assertEquals(100, time.ticks());
        step = 20;
        assertEquals("time stays where it was", 100, time.ticks());
        assertEquals("the recording read the host clock at step 10, this run did not (its next reading is at step 20)",
                divergence);
    }

    @Test
    public void aVirtualTimeRecordingHasNoReadingsToReplay() {
        ReplayedHostTime time = new ReplayedHostTime(List.of(), () -> step, d -> divergence = d);
        time.ticks();
        assertTrue(divergence, divergence.contains("made with virtual time"));
    }
}
