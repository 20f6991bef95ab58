package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.After;
import org.junit.Test;

/** Going back on the example kernel: reverse steps land on the previous instruction or line, reverse resume on the previous hit. */
public class ReverseDebuggingTest {

    private final Recorder events = new Recorder();
    private MachineSession session;

    @After
    public void end() {
        if (session != null) {
            session.close();
        }
    }

    private void launch() throws Exception {
        session = MachineSession.start(DebugKernel.setup(DebugKernel.attributes()), events, true);
        events.stop();
        assertTrue(session.noReverseReason(), session.canReverse());
    }

    private FrameInfo top() {
        return session.frames(0).get(0);
    }

    private String value(String expression) {
        MachineSession.Evaluation e = session.evaluate(expression, top());
        assertNull(expression + ": " + e.error(), e.error());
        return e.value().text();
    }

    /** Every general register and the pc of hart 0, as the Registers view shows them. */
    private List<String> registers() {
        return session.registers(0).get(0).registers().stream().map(r -> r.name() + "=" + r.value()).toList();
    }

    @Test
    public void reverseInstructionStepRestoresThePreviousInstructionsRegisters() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        List<String> before = registers();
        long pcBefore = top().pc();
        session.stepInstruction(0);
        events.stop();
        session.stepInstruction(0);
        events.stop();
        assertTrue(!registers().equals(before));
        session.reverseStepInstruction(0);
        Stop s = events.stop();
        assertEquals(Stop.Kind.STEP, s.kind());
        session.reverseStepInstruction(0);
        assertEquals("reverse instruction step", events.stop().detail());
        assertEquals(pcBefore, top().pc());
        assertEquals(before, registers());
    }

    @Test
    public void reverseStepOverGoesBackToThePreviousLineAndItsValues() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        int breakLine = DebugKernel.line("main.c", "BREAK: run_task");
        assertEquals("0", value("t->runs"));
        session.stepOver(0);
        events.stop();
        assertEquals(breakLine + 1, top().line());
        assertEquals("1", value("t->runs"));
        session.reverseStepOver(0);
        Stop s = events.stop();
        assertEquals("reverse step", s.detail());
        assertEquals(breakLine, top().line());
        assertEquals("0", value("t->runs"));
        // the line before: the store into history, after the call to work() returned
        session.reverseStepOver(0);
        events.stop();
        assertEquals(breakLine - 1, top().line());
        assertEquals("run_task", top().function());
        // over the call to work(): back at the line that called it, still in run_task
        session.reverseStepOver(0);
        events.stop();
        assertEquals(breakLine - 2, top().line());
        assertEquals("run_task", top().function());
    }

    @Test
    public void reverseStepIntoEntersTheCalleeAtItsLastLine() throws Exception {
        launch();
        int call = DebugKernel.line("main.c", "BREAK: run_task") - 2; // int done = work(t->id, round);
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Line(DebugKernel.source("main.c").toString(), call + 1)));
        session.resume();
        events.stop();
        session.reverseStepInto(0);
        events.stop();
        assertEquals("work", top().function()); // the line before ran work(): its last line
        assertEquals(DebugKernel.line("main.c", "BREAK: work") + 2, top().line());
        session.reverseStepOver(0);
        events.stop();
        assertEquals(DebugKernel.line("main.c", "BREAK: work") + 1, top().line()); // return amount;
        session.reverseStepReturn(0);
        events.stop();
        assertEquals("run_task", top().function());
        assertEquals(call, top().line());
    }

    @Test
    public void reverseStepReturnGoesBackToTheCall() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: work"));
        session.resume();
        events.stop();
        assertEquals("work", top().function());
        session.reverseStepReturn(0);
        assertEquals("reverse step return", events.stop().detail());
        assertEquals("run_task", top().function());
        assertEquals(DebugKernel.line("main.c", "BREAK: run_task") - 2, top().line());
    }

    @Test
    public void reverseResumeStopsAtThePreviousBreakpointHitWithItsValues() throws Exception {
        launch();
        BreakpointSpec b = DebugKernel.lineBreakpoint("BREAK: run_task");
        events.place(session, b);
        session.resume();
        events.stop();
        assertEquals("1", value("t->id"));
        session.resume();
        events.stop();
        session.resume();
        events.stop();
        assertEquals("3", value("t->id"));
        session.reverseResume();
        Stop s = events.stop();
        assertEquals(Stop.Kind.BREAKPOINT, s.kind());
        assertEquals(b, s.breakpoint());
        assertEquals("2", value("t->id"));
        assertEquals(DebugKernel.line("main.c", "BREAK: run_task"), top().line());
        session.reverseResume();
        events.stop();
        assertEquals("1", value("t->id"));
        assertEquals("0", value("total_work"));
        // forward again re-executes the recorded run: the same hits in the same order
        session.resume();
        events.stop();
        assertEquals("2", value("t->id"));
        session.reverseResume();
        events.stop();
        session.reverseResume();
        Stop begin = events.stop();
        assertEquals("at the beginning of the recorded history", begin.detail());
    }

    /**
     * History begins at boot, before the first instruction (not at the first stop): going back
     * from the first stop reaches the reset vector, and running forward again from there takes every
     * timer interrupt at the step it took the first time.
     */
    @Test
    public void historyBeginsAtBootAndRepeatsTheTicksFromThere() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        for (int i = 0; i < 4; i++) { // round 1: after the first ticks
            session.resume();
            events.stop();
        }
        List<TrapRecord> firstRun = session.traps();
        assertTrue(firstRun.toString(), firstRun.stream().anyMatch(t -> t.trap().interrupt()));
        session.removeBreakpoint(DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.reverseResume();
        Stop begin = events.stop();
        assertEquals("at the beginning of the recorded history", begin.detail());
        assertEquals("the reset vector, before the first instruction", 0x1000L, top().pc());
        assertEquals(List.of(), session.traps());
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        for (int i = 0; i < 4; i++) {
            session.resume();
            events.stop();
        }
        assertEquals(firstRun, session.traps());
    }

    @Test
    public void goingBackDoesNotRepeatConsoleOutput() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("uart_put_dec(total_work);"));
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Line(DebugKernel.source("main.c").toString(),
                DebugKernel.line("main.c", "uart_put_dec(total_work);") + 1)));
        session.resume();
        events.stop();
        session.resume();
        events.stop();
        String printed = events.console();
        assertTrue(printed, printed.endsWith("round 0: total work 14"));
        session.reverseResume();
        events.stop();
        assertTrue(session.historyPosition(), session.historyPosition().startsWith("in the past: step "));
        session.resume();
        events.stop();
        assertEquals(printed, events.console());
        assertNull(session.historyPosition());
    }
}
