package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.LaunchAttributes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/** Snapshots (take, run, restore, delete, save and start from the file), forks, and the trap log on the example kernel. */
public class SnapshotsAndTrapLogTest {

    private final Recorder events = new Recorder();
    private MachineSession session;
    private MachineSession fork;

    @After
    public void end() {
        if (fork != null) {
            fork.close();
        }
        if (session != null) {
            session.close();
        }
    }

    private void launch(Map<String, Object> attributes) throws Exception {
        session = MachineSession.start(DebugKernel.setup(attributes), events, true);
        events.stop();
    }

    private static String value(MachineSession s, String expression) {
        MachineSession.Evaluation e = s.evaluate(expression, s.frames(0).get(0));
        assertNull(expression + ": " + e.error(), e.error());
        return e.value().text();
    }

    @Test
    public void takeRunRestoreAndDelete() throws Exception {
        launch(DebugKernel.attributes());
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        SnapshotInfo first = session.takeSnapshot("first task");
        assertEquals("first task", first.name());
        assertTrue(first.where(), first.where().startsWith("run_task (main.c:"));
        session.resume();
        events.stop();
        session.resume();
        events.stop();
        assertEquals("3", value(session, "t->id"));
        session.restoreSnapshot("first task");
        Stop s = events.stop();
        assertEquals("restored snapshot 'first task' (step " + first.step() + ")", s.detail());
        assertEquals("1", value(session, "t->id"));
        assertEquals("0", value(session, "total_work"));
        assertEquals(List.of(first), session.snapshots());
        session.resume(); // the run goes on from the snapshot: the next task
        events.stop();
        assertEquals("2", value(session, "t->id"));
        assertTrue(session.deleteSnapshot("first task"));
        assertFalse(session.deleteSnapshot("first task"));
        assertEquals(List.of(), session.snapshots());
        try {
            session.restoreSnapshot("first task");
            fail();
        } catch (IllegalArgumentException e) {
            assertEquals("no snapshot named 'first task' (none taken)", e.getMessage());
        }
    }

    @Test
    public void aSavedSnapshotStartsALaunch() throws Exception {
        launch(DebugKernel.attributes());
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        session.resume();
        events.stop();
        session.takeSnapshot("second");
        Path file = Files.createTempFile("guestlab-snapshot", ".snap");
        try {
            session.saveSnapshot("second", file);
            Map<String, Object> a = DebugKernel.attributes();
            a.put(LaunchAttributes.SNAPSHOT_FILE, file.toString());
            Recorder other = new Recorder();
            fork = MachineSession.start(DebugKernel.setup(a), other, true);
            Stop s = other.stop();
            assertEquals(Stop.Kind.ENTRY, s.kind());
            assertTrue(s.detail(), s.detail().startsWith("at the snapshot (step "));
            assertEquals("2", value(fork, "t->id"));
            assertEquals("run_task", fork.frames(0).get(0).function());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void aMissingSnapshotFileIsATabMessage() throws Exception {
        Map<String, Object> a = DebugKernel.attributes();
        a.put(LaunchAttributes.SNAPSHOT_FILE, "/nonexistent/x.snap");
        assertEquals("Snapshot file: /nonexistent/x.snap does not exist or is not a file",
                io.guestlab.debug.core.launching.MachineSetup.machineProblem(a, x -> x));
    }

    @Test
    public void aForkRunsIndependently() throws Exception {
        launch(DebugKernel.attributes());
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        Recorder other = new Recorder();
        fork = session.fork(other, List.of(DebugKernel.lineBreakpoint("BREAK: run_task")));
        fork.begin();
        Stop s = other.stop();
        assertTrue(s.detail(), s.detail().startsWith("forked at step "));
        assertEquals("1", value(fork, "t->id"));
        fork.resume();
        other.stop();
        fork.resume();
        other.stop();
        assertEquals("3", value(fork, "t->id"));
        assertEquals("1", value(session, "t->id")); // the original did not move
        assertEquals("0", value(session, "total_work"));
        session.resume();
        events.stop();
        assertEquals("2", value(session, "t->id"));
        assertEquals("3", value(fork, "t->id"));
    }

    @Test
    public void trapLogListsTheTimerInterruptAndTheIllegalInstruction() throws Exception {
        Map<String, Object> a = DebugKernel.attributes();
        a.put(LaunchAttributes.CATCH_TRAPS, List.of(new CaughtTrap(false, 2).encode()));
        launch(a);
        session.resume();
        Stop s = events.stop();
        assertEquals(Stop.Kind.TRAP, s.kind());
        List<TrapRecord> traps = session.traps();
        TrapRecord last = traps.get(traps.size() - 1);
        assertEquals(2, last.trap().cause());
        assertEquals("illegal instruction", last.trap().causeName());
        assertEquals("illegal_instruction", last.function());
        assertEquals(DebugKernel.line("main.c", "TRAP: illegal instruction"), last.line());
        assertEquals(3, last.trap().fromPrivilege());
        assertEquals(3, last.trap().toPrivilege());
        assertEquals(0xc0001073L, last.trap().tval()); // csrw cycle, zero: mtval holds the instruction
        TrapRecord timer = traps.stream().filter(t -> t.trap().interrupt()).findFirst().orElseThrow();
        assertEquals((1L << 63) | 7, timer.trap().cause());
        assertEquals("machine timer interrupt", timer.trap().causeName());
        assertEquals(5, traps.stream().filter(t -> t.trap().interrupt()).count()); // one tick per round
        session.setTrapLogDepth(2);
        assertEquals(2, session.traps().size());
        assertEquals(last, session.traps().get(1));
    }

    @Test
    public void theTrapLogOutlivesTheMachine() throws Exception {
        launch(DebugKernel.attributes());
        session.resume();
        events.next(Recorder.Ended.class); // the guest ran to its end
        List<TrapRecord> traps = session.traps();
        assertEquals("one timer interrupt per round", 5, traps.stream().filter(t -> t.trap().interrupt()).count());
        TrapRecord illegal = traps.stream().filter(t -> t.trap().cause() == 2).findFirst().orElseThrow();
        assertEquals("illegal_instruction", illegal.function());
        assertEquals(DebugKernel.line("main.c", "TRAP: illegal instruction"), illegal.line());
    }

    @Test
    public void goingBackForgetsTheTrapsOfTheFuture() throws Exception {
        launch(DebugKernel.attributes());
        BreakpointSpec b = DebugKernel.lineBreakpoint("BREAK: loop");
        events.place(session, b);
        session.resume();
        events.stop();
        int before = session.traps().size();
        for (int i = 0; i < 4; i++) { // round 1's first task: after the first tick
            session.resume();
            events.stop();
        }
        int after = session.traps().size();
        assertTrue(before + " -> " + after, after > before);
        for (int i = 0; i < 4; i++) {
            session.reverseResume();
            events.stop();
        }
        assertEquals(before, session.traps().size());
    }
}
