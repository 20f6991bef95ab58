package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import org.junit.Test;

public class GoldfishRtcTest {

    private static final long START = GoldfishRtc.VIRTUAL_EPOCH_NANOS;

    private final VirtualClock clock = new VirtualClock(1);
    private final WireProbe irq = new WireProbe();
    private final GoldfishRtc rtc = new GoldfishRtc(clock, START, irq);

    private long readTime() {
        long low = rtc.read(GoldfishRtc.TIME_LOW, 4);
        long high = rtc.read(GoldfishRtc.TIME_HIGH, 4);
        return (high << 32) | low;
    }

    @Test
    public void timeIsStartPlusVirtualTicksOfOneHundredNanoseconds() {
        assertEquals(START, readTime());
        clock.skipTo(25);
        assertEquals(START + 2500, readTime());
    }

    @Test
    public void virtualEpochIsNewYear2024() {
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"),
                Instant.ofEpochSecond(0, GoldfishRtc.VIRTUAL_EPOCH_NANOS));
    }

    @Test
    public void readingLowLatchesHigh() {
        long nearCarry = (START | 0xFFFF_FFFFL) - 50;
        rtc.write(GoldfishRtc.TIME_HIGH, 4, nearCarry >>> 32);
        rtc.write(GoldfishRtc.TIME_LOW, 4, nearCarry & 0xFFFF_FFFFL);
        long low = rtc.read(GoldfishRtc.TIME_LOW, 4);
        clock.skipTo(clock.ticks() + 10); // 1000 ns later the low half has carried
        long high = rtc.read(GoldfishRtc.TIME_HIGH, 4);
        assertEquals(nearCarry, (high << 32) | low);
    }

    @Test
    public void alarmFiresAtItsDeadlineAndIsClearedByTheDriver() {
        long alarm = START + 1_000;
        rtc.write(GoldfishRtc.IRQ_ENABLED, 4, 1);
        rtc.write(GoldfishRtc.ALARM_HIGH, 4, alarm >>> 32);
        rtc.write(GoldfishRtc.ALARM_LOW, 4, alarm & 0xFFFF_FFFFL);
        assertEquals(1, rtc.read(GoldfishRtc.ALARM_STATUS, 4));
        assertEquals(10, rtc.nextDeadline());
        clock.skipTo(9);
        rtc.timeAdvanced();
        assertFalse(irq.level);
        clock.skipTo(10);
        rtc.timeAdvanced();
        assertTrue(irq.level);
        assertEquals(0, rtc.read(GoldfishRtc.ALARM_STATUS, 4));
        assertEquals(TimedDevice.NO_DEADLINE, rtc.nextDeadline());
        rtc.write(GoldfishRtc.CLEAR_INTERRUPT, 4, 1);
        assertFalse(irq.level);
    }

    @Test
    public void disabledInterruptKeepsTheLineLowAndClearAlarmDisarms() {
        long alarm = START + 100;
        rtc.write(GoldfishRtc.ALARM_HIGH, 4, alarm >>> 32);
        rtc.write(GoldfishRtc.ALARM_LOW, 4, alarm & 0xFFFF_FFFFL);
        rtc.write(GoldfishRtc.CLEAR_ALARM, 4, 1);
        assertEquals(TimedDevice.NO_DEADLINE, rtc.nextDeadline());
        clock.skipTo(100);
        rtc.timeAdvanced();
        assertFalse(irq.level);
    }

    @Test
    public void alarmInThePastFiresImmediately() {
        rtc.write(GoldfishRtc.IRQ_ENABLED, 4, 1);
        rtc.write(GoldfishRtc.ALARM_HIGH, 4, START >>> 32);
        rtc.write(GoldfishRtc.ALARM_LOW, 4, (START - 1) & 0xFFFF_FFFFL);
        assertTrue(irq.level);
    }

    @Test
    public void unknownOffsetsAndSizesAreHarmless() {
        assertEquals(0, rtc.read(0x40, 4));
        assertEquals(0, rtc.read(GoldfishRtc.TIME_LOW, 8));
        rtc.write(0x40, 4, 1);
        rtc.write(GoldfishRtc.IRQ_ENABLED, 1, 1);
        assertEquals(0, rtc.read(GoldfishRtc.IRQ_ENABLED, 4));
    }
}
