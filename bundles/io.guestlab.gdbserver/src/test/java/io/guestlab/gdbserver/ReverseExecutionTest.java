package io.guestlab.gdbserver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.history.History;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * Reverse execution, reset and snapshots of the adapter on a bare machine with a small
 * checkpoint interval, so that going back crosses checkpoints, thinned ones included. The guest
 * counts in x1 and stores the count at x2 (one word per hart): {@code addi x1,x1,1; sd x1,0(x2); j .-8}.
 */
public class ReverseExecutionTest {

    private static final long RAM = MachineConfig.DEFAULT_RAM_BASE;
    private static final long DATA = RAM + 0x1000;
    private static final long ADDI = RAM, STORE = RAM + 4, JUMP = RAM + 8;
    private static final ResumeRequest CONTINUE = new ResumeRequest(Map.of(), ResumeRequest.Action.CONTINUE);

    private Machine machine;
    private MachineTarget target;

    private void start(int harts, int quantum, long interval) throws Exception {
        machine = new Machine(new MachineConfig(RAM, 1 << 20, harts, quantum));
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x00108093).putInt(0x00113023).putInt(0xff9ff06f); // addi x1,x1,1; sd x1,0(x2); j .-8
        assertTrue(machine.writePhysical(RAM, b.array()));
        for (int h = 0; h < harts; h++) {
            machine.setPc(h, RAM);
            machine.setRegister(h, 2, DATA + 8 * h);
        }
        History<?> history = History.start(machine, machine::run, CheckpointProvider.of(machine), interval);
        target = new MachineTarget(machine, machine::run, history, null);
    }

    private StopInfo cont() {
        return target.resume(CONTINUE, () -> false);
    }

    private StopInfo step(int thread) {
        return target.resume(new ResumeRequest(Map.of(thread, ResumeRequest.Action.STEP), null), () -> false);
    }

    private StopInfo reverseStep(int thread) {
        return target.reverse(true, thread, () -> false);
    }

    private StopInfo reverseContinue() {
        return target.reverse(false, 1, () -> false);
    }

    private long pc(int hart) {
        return machine.pc(hart);
    }

    private long x1(int hart) {
        return machine.register(hart, 1);
    }

    private long stored(int hart) {
        return ByteBuffer.wrap(target.readMemory(1, DATA + 8 * hart, 8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    @Test
    public void reverseStepUndoesInstructionsAndTheirWritesAndStepsRedoThem() throws Exception {
        start(1, 10_000, 3); // a checkpoint every 3 steps: far more than are kept, so old ones are thinned
        target.insertBreakpoint(BreakpointType.SOFTWARE, STORE, 4);
        for (int hit = 1; hit <= 100; hit++) {
            assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, cont().kind());
        }
        assertEquals(100, x1(0));
        assertEquals(99, stored(0));

        assertEquals(StopInfo.Kind.SIGNAL, reverseStep(1).kind()); // before the addi
        assertEquals(ADDI, pc(0));
        assertEquals(99, x1(0));
        reverseStep(1); // before the jump
        assertEquals(JUMP, pc(0));
        reverseStep(1); // before the store: its write is undone
        assertEquals(STORE, pc(0));
        assertEquals(99, x1(0));
        assertEquals(98, stored(0));

        step(1); // forward again: the same run
        assertEquals(JUMP, pc(0));
        assertEquals(99, stored(0));
        step(1);
        step(1);
        assertEquals(STORE, pc(0));
        assertEquals(100, x1(0));
    }

    @Test
    public void reverseContinueStopsAtEachEarlierHitThenAtTheBeginning() throws Exception {
        start(1, 10_000, 4);
        target.insertBreakpoint(BreakpointType.SOFTWARE, STORE, 4);
        for (int hit = 1; hit <= 5; hit++) {
            cont();
        }
        for (int hit = 4; hit >= 1; hit--) {
            StopInfo stop = reverseContinue();
            assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, stop.kind());
            assertEquals(STORE, pc(0));
            assertEquals(hit, x1(0));
            assertEquals(hit - 1, stored(0));
        }
        String stats = target.monitor("stats");
        assertTrue(stats, stats.contains("history: 4 checkpoints from step 0 (one every 4 steps), now at step 1 "
                + "(re-executing: the run went on to step 13)\n"));
        assertEquals("no earlier hit: the beginning", StopInfo.Kind.HISTORY_BEGIN, reverseContinue().kind());
        assertEquals(ADDI, pc(0));
        assertEquals(0, x1(0));
        assertEquals(0, machine.steps());
        assertEquals("nothing before the beginning", StopInfo.Kind.HISTORY_BEGIN, reverseStep(1).kind());
        assertEquals(ADDI, pc(0));
        assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, cont().kind());
        assertEquals(1, x1(0));
    }

    @Test
    public void reverseContinueStopsAtTheLastWatchpointHitWithItsAddress() throws Exception {
        start(1, 10_000, 5);
        target.insertBreakpoint(BreakpointType.WRITE_WATCHPOINT, DATA, 8);
        for (int hit = 1; hit <= 3; hit++) {
            assertEquals(StopInfo.Kind.WRITE_WATCHPOINT, cont().kind());
        }
        assertEquals(3, stored(0));
        StopInfo stop = reverseContinue();
        assertEquals(StopInfo.Kind.WRITE_WATCHPOINT, stop.kind());
        assertEquals(DATA, stop.address());
        assertEquals(2, stored(0));
        assertEquals(JUMP, pc(0));
    }

    /** The state of both harts and their stores: what must be equal after going back and forth. */
    private List<Long> state() {
        return List.of(pc(0), x1(0), stored(0), pc(1), x1(1), stored(1), machine.steps());
    }

    @Test
    public void twoHartsReturnToExactlyTheStatesTheyPassed() throws Exception {
        start(2, 5, 7);
        List<List<Long>> passed = new ArrayList<>();
        passed.add(state());
        for (int i = 0; i < 40; i++) {
            assertEquals(StopInfo.Kind.SIGNAL, step(2).kind());
            passed.add(state());
        }
        assertTrue("stepping hart 1 ran hart 0's turns too: " + state(), x1(0) > 0);
        for (int i = 39; i >= 0; i--) {
            reverseStep(2);
            assertEquals("after going back to step " + i, passed.get(i), state());
        }
    }

    @Test
    public void goingBackStepByStepAcrossFineCheckpointsRetracesEveryState() throws Exception {
        start(1, 10_000, 1000); // the first reverse step leaves a fine checkpoint every 62 steps behind it
        List<List<Long>> passed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            passed.add(List.of(pc(0), x1(0), stored(0), machine.steps()));
            step(1);
        }
        for (int i = 299; i >= 0; i--) {
            assertEquals(StopInfo.Kind.SIGNAL, reverseStep(1).kind());
            assertEquals("back at step " + i, passed.get(i), List.of(pc(0), x1(0), stored(0), machine.steps()));
        }
        assertEquals(StopInfo.Kind.HISTORY_BEGIN, reverseStep(1).kind());
    }

    @Test
    public void twoHartsReverseContinueRetracesTheHitsOfBoth() throws Exception {
        start(2, 5, 6);
        target.insertBreakpoint(BreakpointType.SOFTWARE, STORE, 4);
        List<List<Long>> hits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            StopInfo stop = cont();
            hits.add(List.of((long) stop.thread(), x1(stop.thread() - 1), machine.steps()));
        }
        assertTrue("both harts hit it: " + hits, hits.stream().map(h -> h.get(0)).distinct().count() == 2);
        for (int i = 6; i >= 0; i--) {
            StopInfo stop = reverseContinue();
            assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, stop.kind());
            assertEquals(hits.get(i), List.of((long) stop.thread(), x1(stop.thread() - 1), machine.steps()));
        }
    }

    @Test
    public void aRegisterWriteStartsANewFutureAndKeepsThePast() throws Exception {
        start(1, 10_000, 4);
        target.insertBreakpoint(BreakpointType.SOFTWARE, STORE, 4);
        for (int hit = 1; hit <= 10; hit++) {
            cont();
        }
        assertTrue(target.writeRegister(1, 1, 1000));
        step(1);
        step(1);
        step(1);
        assertEquals(1001, x1(0));
        reverseStep(1);
        reverseStep(1);
        reverseStep(1);
        assertEquals("back at the write, which is kept", 1000, x1(0));
        assertEquals(STORE, pc(0));
        assertEquals(9, stored(0));
        reverseStep(1);
        assertEquals("before it, the old past", 9, x1(0));
        assertEquals(ADDI, pc(0));
    }

    @Test
    public void monitorSnapshotsAndReset() throws Exception {
        start(1, 10_000, 4);
        target.insertBreakpoint(BreakpointType.SOFTWARE, STORE, 4);
        assertEquals("no snapshots saved\n", target.monitor("snapshot list"));
        for (int hit = 1; hit <= 3; hit++) {
            cont();
        }
        assertTrue(target.monitor("snapshot save Third").startsWith("saved snapshot 'Third' at step "));
        cont();
        cont();
        assertEquals(5, x1(0));
        assertEquals("snapshots: Third\n", target.monitor("snapshot list"));
        assertTrue(target.monitor("snapshot restore Third").startsWith("restored snapshot 'Third'"));
        assertEquals(3, x1(0));
        assertEquals(STORE, pc(0));
        assertEquals("history starts again at the snapshot", StopInfo.Kind.HISTORY_BEGIN, reverseStep(1).kind());
        String stats = target.monitor("stats");
        assertTrue(stats, stats.contains("history: 1 checkpoint from step 7 (one every 4 steps), now at step 7\n"));
        try {
            target.monitor("snapshot restore nope");
            fail("restored an unknown snapshot");
        } catch (IllegalArgumentException e) {
            assertEquals("no snapshot named 'nope' (saved: Third)", e.getMessage());
        }
        assertTrue(target.monitor("reset").startsWith("the machine is back in its state when the server started"));
        assertEquals(ADDI, pc(0));
        assertEquals(0, x1(0));
        assertEquals(0, stored(0));
        assertEquals(StopInfo.Kind.HISTORY_BEGIN, reverseContinue().kind());
        assertEquals(StopInfo.Kind.SOFTWARE_BREAKPOINT, cont().kind());
        assertEquals(1, x1(0));
        for (String bad : List.of("snapshot", "snapshot save", "snapshot take x", "reset now")) {
            try {
                target.monitor(bad);
                fail("accepted 'monitor " + bad + "'");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().startsWith("usage: monitor "));
            }
        }
    }

    @Test
    public void withoutCheckpointsResetAndSnapshotsSayWhy() {
        MachineTarget plain = new MachineTarget(new Machine(MachineConfig.defaults()));
        assertTrue(!plain.canReverse());
        for (String command : List.of("reset", "snapshot save a", "snapshot list")) {
            try {
                plain.monitor(command);
                fail("accepted 'monitor " + command + "' without checkpoints");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains("needs checkpoints of the machine"));
            }
        }
    }

    @Test
    public void infoDevicesListsNameBaseAndSize() throws Exception {
        start(1, 10_000, 4);
        String devices = target.monitor("info devices");
        assertTrue(devices, devices.contains("clint      0x0000000002000000 0x000000000200ffff 0x10000\n"));
        assertTrue(devices, devices.contains("ram        0x0000000080000000 0x00000000800fffff 0x100000\n"));
        assertTrue("in address order: " + devices, devices.indexOf("clint") < devices.indexOf("ram"));
    }
}
