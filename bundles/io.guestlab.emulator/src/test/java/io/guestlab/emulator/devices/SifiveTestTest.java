package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SifiveTestTest {

    private final List<MachineStop> requests = new ArrayList<>();
    private final SifiveTest test = new SifiveTest(requests::add);

    @Test
    public void powerOffRebootAndFailureAreReported() {
        test.write(SifiveTest.FINISHER, 4, 0x5555);
        test.write(SifiveTest.FINISHER, 4, 0x7777);
        test.write(SifiveTest.FINISHER, 4, (42 << 16) | 0x3333);
        assertEquals(List.of(
                new MachineStop(MachineStop.Kind.POWER_OFF, 0),
                new MachineStop(MachineStop.Kind.REBOOT, 0),
                new MachineStop(MachineStop.Kind.FAIL, 42)), requests);
    }

    @Test
    public void sixteenBitWritesAsOpenSbiIssuesThemWork() {
        test.write(SifiveTest.FINISHER, 2, 0x5555);
        test.write(SifiveTest.FINISHER, 2, 0x7777);
        assertEquals(List.of(
                new MachineStop(MachineStop.Kind.POWER_OFF, 0),
                new MachineStop(MachineStop.Kind.REBOOT, 0)), requests);
    }

    @Test
    public void otherValuesOffsetsAndReadsDoNothing() {
        test.write(SifiveTest.FINISHER, 4, 0x1234);
        test.write(4, 4, 0x5555);
        test.write(SifiveTest.FINISHER, 1, 0x55);
        assertEquals(0, test.read(0, 4));
        assertTrue(requests.isEmpty());
    }
}
