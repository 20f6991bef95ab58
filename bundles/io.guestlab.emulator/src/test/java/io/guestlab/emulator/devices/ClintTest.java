package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;

public class ClintTest {

    private final VirtualClock clock = new VirtualClock(10);
    private final WireProbe[] msip = WireProbe.array(2);
    private final WireProbe[] mtip = WireProbe.array(2);
    private Clint clint;

    @Before
    public void setUp() {
        clint = new Clint(clock, msip, mtip);
    }

    @Test
    public void msipBitDrivesSoftwareInterruptOfItsHartOnly() {
        clint.write(Clint.MSIP + 4, 4, 0xFFFF_FFFFL);
        assertTrue(msip[1].level);
        assertFalse(msip[0].level);
        assertEquals("only bit 0 is implemented", 1, clint.read(Clint.MSIP + 4, 4));
        clint.write(Clint.MSIP + 4, 4, 0);
        assertFalse(msip[1].level);
    }

    @Test
    public void mtimeCountsTimebaseTicksOfTheTimeSource() {
        clock.retire(1234); // 10 instructions per tick
        assertEquals(123, clint.read(Clint.MTIME, 8));
        assertEquals(123, clint.read(Clint.MTIME, 4));
        assertEquals(0, clint.read(Clint.MTIME + 4, 4));
    }

    @Test
    public void timerInterruptIsLevelWhileMtimeReachesMtimecmp() {
        assertEquals("mtimecmp resets to all ones", -1L, clint.read(Clint.MTIMECMP, 8));
        clint.write(Clint.MTIMECMP, 8, 100);
        assertFalse(mtip[0].level);
        assertEquals(100, clint.nextDeadline());

        clock.skipTo(99);
        clint.timeAdvanced();
        assertFalse(mtip[0].level);
        clock.skipTo(100);
        clint.timeAdvanced();
        assertTrue(mtip[0].level);
        assertFalse("hart 1 has its own comparator", mtip[1].level);
        assertEquals("a raised timer is no future event", TimedDevice.NO_DEADLINE, clint.nextDeadline());

        clint.write(Clint.MTIMECMP, 8, 500); // software re-arms: the line drops at once
        assertFalse(mtip[0].level);
        assertEquals(500, clint.nextDeadline());
    }

    @Test
    public void mtimecmpCanBeWrittenInTwoHalves() {
        clock.skipTo(0x1_0000_0005L);
        clint.write(Clint.MTIMECMP + 8 + 4, 4, 1);
        clint.write(Clint.MTIMECMP + 8, 4, 0x10);
        assertEquals(0x1_0000_0010L, clint.read(Clint.MTIMECMP + 8, 8));
        assertEquals(0x1_0000_0010L, clint.nextDeadline());
        clock.skipTo(0x1_0000_0010L);
        clint.timeAdvanced();
        assertTrue(mtip[1].level);
    }

    @Test
    public void farFutureCompareValuesAreNoDeadline() {
        clint.write(Clint.MTIMECMP + 4, 4, 0xFFFF_FFFFL); // upper half first, as RV32 software does
        clint.write(Clint.MTIMECMP, 4, 0);
        assertEquals(TimedDevice.NO_DEADLINE, clint.nextDeadline());
        clock.skipTo(1_000_000);
        clint.timeAdvanced();
        assertFalse(mtip[0].level);
    }

    @Test
    public void writingMtimeShiftsTheCounterAndDeadlines() {
        clock.skipTo(1000);
        clint.write(Clint.MTIME, 8, 50);
        assertEquals(50, clint.mtime());
        clint.write(Clint.MTIMECMP, 8, 80);
        assertEquals("deadline in time-source ticks", 1030, clint.nextDeadline());
        clock.skipTo(1030);
        clint.timeAdvanced();
        assertTrue(mtip[0].level);
    }

    @Test
    public void unknownOffsetsAndOddSizesAreHarmless() {
        assertEquals(0, clint.read(0x8000, 4));
        assertEquals(0, clint.read(Clint.MSIP + 8, 4)); // hart 2 does not exist
        assertEquals(0, clint.read(Clint.MSIP, 1));
        clint.write(0x8000, 4, 1);
        clint.write(Clint.MSIP, 2, 1);
        clint.write(Clint.MTIMECMP + 2, 4, 1);
        assertFalse(msip[0].level);
        assertEquals(-1L, clint.read(Clint.MTIMECMP, 8));
    }

    @Test(expected = IllegalArgumentException.class)
    public void mismatchedLineArraysAreRejected() {
        new Clint(clock, WireProbe.array(2), WireProbe.array(1));
    }
}
