package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.LaunchAttributes;

import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/** The session layer on the example kernel: what the Eclipse debug model shows, without a workbench. */
public class MachineSessionTest {

    private final Recorder events = new Recorder();
    private MachineSession session;

    @After
    public void end() {
        if (session != null) {
            session.close();
        }
    }

    private Stop launch(Map<String, Object> attributes) throws Exception {
        session = MachineSession.start(DebugKernel.setup(attributes), events, true);
        return events.stop();
    }

    private Stop launch() throws Exception {
        return launch(DebugKernel.attributes());
    }

    private FrameInfo top() {
        return session.frames(0).get(0);
    }

    private String value(String expression) {
        MachineSession.Evaluation e = session.evaluate(expression, top());
        assertNull(expression + ": " + e.error(), e.error());
        return e.value().text();
    }

    private static RegisterInfo register(List<RegisterGroupInfo> groups, String group, String name) {
        for (RegisterGroupInfo g : groups) {
            if (g.name().equals(group)) {
                for (RegisterInfo r : g.registers()) {
                    if (r.name().equals(name)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no register " + name + " in group " + group + " of " + groups);
    }

    @Test
    public void stopsAtMainAfterItsPrologue() throws Exception {
        Stop s = launch();
        assertEquals(Stop.Kind.ENTRY, s.kind());
        FrameInfo f = top();
        assertEquals("main", f.function());
        assertEquals(DebugKernel.line("main.c", "uart_init();"), f.line());
        assertTrue(session.hartLabel(0), session.hartLabel(0).startsWith("hart 0 [M] suspended: at main"));
    }

    @Test
    public void lineBreakpointFramesVariablesAndLabel() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        Stop s = events.stop();
        assertEquals(Stop.Kind.BREAKPOINT, s.kind());
        List<FrameInfo> frames = session.frames(0);
        assertEquals("run_task", frames.get(0).function());
        assertEquals(DebugKernel.line("main.c", "BREAK: run_task"), frames.get(0).line());
        assertEquals("main", frames.get(1).function());
        assertEquals(DebugKernel.line("main.c", "BREAK: loop"), frames.get(1).line());
        assertEquals("hart 0 [M] suspended: breakpoint at run_task (main.c:" + frames.get(0).line() + ")",
                session.hartLabel(0));

        List<ValueNode> vars = session.variables(frames.get(0));
        ValueNode t = vars.stream().filter(v -> v.name().equals("t")).findFirst().orElseThrow();
        assertEquals("struct task *", t.typeName());
        ValueNode task = t.children().get(0);
        ValueNode name = task.children().stream().filter(v -> v.name().equals("name")).findFirst().orElseThrow();
        assertTrue(name.text(), name.text().contains("\"idle\""));
        ValueNode state = task.children().stream().filter(v -> v.name().equals("state")).findFirst().orElseThrow();
        assertEquals("TASK_RUNNING", state.text());
        ValueNode done = vars.stream().filter(v -> v.name().equals("done")).findFirst().orElseThrow();
        assertEquals("1", done.text());
    }

    private ValueNode member(ValueNode of, String name) {
        return of.children().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    public void variablesAreAssignedByNumberEnumeratorOrExpression() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        ValueNode tasks = session.evaluate("tasks", top()).value();
        ValueNode disk = tasks.children().get(2);
        assertNull(session.assign(member(disk, "id"), "0x2a", true));
        assertEquals("42", value("tasks[2].id"));
        assertNull(session.assign(member(disk, "id"), "-7", true));
        assertEquals("-7", value("tasks[2].id"));
        assertNull(session.assign(member(disk, "state"), "TASK_DONE", true));
        assertEquals("TASK_DONE", value("tasks[2].state"));
        assertNull(session.assign(member(disk, "runs"), "t->id * 100", true));
        assertEquals("100", value("tasks[2].runs"));
        ValueNode total = session.evaluate("total_work", top()).value();
        assertNull(session.assign(total, "1000", true));
        assertEquals("1000", value("total_work"));
        ValueNode c = member(disk, "name").children().get(0);
        assertEquals("300 does not fit in char (1 byte)", session.assign(c, "300", false));
        assertEquals("'tasks' is an array: change its elements or members one at a time", session.assign(tasks, "0", false));
        assertTrue(session.assign(member(disk, "id"), "no_such_name", false), session.assign(member(disk, "id"), "no_such_name", false).contains("no_such_name"));
        // a check does not write
        assertNull(session.assign(member(disk, "id"), "5", false));
        assertEquals("-7", value("tasks[2].id"));
        // the guest sees the write: its own sum goes on from the new value
        session.resume();
        events.stop();
        assertTrue(value("total_work"), Long.parseLong(value("total_work")) > 1000);
    }

    @Test
    public void memoryForTheMemoryViewVirtualPhysicalDevicesAndHoles() throws Exception {
        launch();
        long tasks = Long.decode(value("&tasks").split(" ")[0]);
        MemoryContents v = session.readMemory(0, tasks, 256, false, false);
        MemoryContents p = session.readMemory(0, tasks, 256, true, false);
        assertEquals("the first task's name", "idle", new String(v.bytes(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(java.util.Arrays.equals(v.bytes(), p.bytes()));
        assertEquals(MemoryContents.Kind.RAM, v.kinds()[255]);
        // nothing at physical 0: unreadable bytes, not an error
        MemoryContents hole = session.readMemory(0, 0, 16, true, false);
        assertEquals(MemoryContents.Kind.UNMAPPED, hole.kinds()[0]);
        // the UART: shown as a device, read only when asked (LSR at +5 says the transmitter is empty)
        MemoryContents uart = session.readMemory(0, 0x1000_0000L, 8, true, false);
        assertEquals(MemoryContents.Kind.DEVICE, uart.kinds()[5]);
        assertEquals(0, uart.bytes()[5]);
        MemoryContents read = session.readMemory(0, 0x1000_0000L, 8, true, true);
        assertEquals(MemoryContents.Kind.DEVICE_READ, read.kinds()[5]);
        assertTrue("LSR.THRE: " + read.bytes()[5], (read.bytes()[5] & 0x20) != 0);
        // an edit is seen by the guest's variables
        assertNull(session.writeMemory(0, tasks + 8, new byte[] {9, 0, 0, 0}, true));
        assertEquals("9", value("tasks[0].id"));
        assertEquals(String.format("0x%x is not RAM: change device registers in the Registers view", 0x1000_0000L),
                session.writeMemory(0, 0x1000_0000L, new byte[] {1}, true));
        assertEquals("0x0 is not RAM: change device registers in the Registers view",
                session.writeMemory(0, 0, new byte[] {1}, true));
    }

    @Test
    public void expressionsAndTheirErrors() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        assertEquals("1", value("t->id"));
        assertEquals("1", value("(*t).id"));
        assertTrue(value("tasks[1].name").contains("\"shell\""));
        assertEquals("3", value("tasks[2].id"));
        assertEquals("7", value("t->id * 4 + 3"));
        assertEquals("1", value("t->history[0] == done"));
        assertEquals("1", value("&tasks[1] == t + 1"));
        assertEquals("104", value("(int)tasks[1].name[1]"));
        assertEquals(Long.toString(session.frames(0).get(0).pc()), value("(long)$pc"));
        assertEquals(value("(long)$x10"), value("(long)$a0"));
        assertEquals("1", value("((long)$mstatus >> 13) & 3")); // FS = Initial, as start.S sets it

        assertEquals("no variable or symbol named 'nosuch' here", session.evaluate("nosuch", top()).error());
        assertEquals("struct task has no member named 'nosuch'", session.evaluate("t->nosuch", top()).error());
        assertEquals("division by zero", session.evaluate("1/0", top()).error());
        assertEquals("no register $bogus", session.evaluate("$bogus", top()).error());
        assertNotNull(session.evaluate("t->", top()).error());
        assertNotNull(session.evaluate("*done", top()).error());
    }

    @Test
    public void registersPcCsrFieldsAndUart() throws Exception {
        launch();
        List<RegisterGroupInfo> groups = session.registers(0);
        assertEquals(top().pc(), register(groups, "General", "pc").value());
        assertEquals(session.frames(0).get(0).frame().register(2).getAsLong(), register(groups, "General", "sp (x2)").value());
        RegisterInfo mstatus = register(groups, "CSRs: machine", "mstatus");
        RegisterInfo.Field mpp = mstatus.fields().stream().filter(f -> f.name().equals("MPP")).findFirst().orElseThrow();
        assertEquals(12, mpp.high());
        assertEquals(11, mpp.low());
        RegisterInfo lsr = register(groups, "UART (ns16550a)", "LSR");
        RegisterInfo.Field thre = lsr.fields().stream().filter(f -> f.name().equals("THRE")).findFirst().orElseThrow();
        assertEquals(1, thre.value());
        assertTrue(groups.stream().anyMatch(g -> g.name().equals("CLINT")));
        assertEquals(0xbff8 + 0x2000000L, register(groups, "CLINT", "mtime").id().number());
        assertTrue(groups.stream().anyMatch(g -> g.name().equals("PLIC")));
        assertTrue(groups.stream().anyMatch(g -> g.name().equals("RTC (goldfish)")));

        // writable: a0, then read back
        assertNull(session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.X, 10, 8), 0x1234));
        assertEquals(0x1234, register(session.registers(0), "General", "a0 (x10)").value());
        assertEquals("x0 is hard-wired to zero", session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.X, 0, 8), 1));
        // CSRs through the hart's own CSR access (WARL rules applied); read-only ones refused by name
        assertNull(session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.CSR, 0x340, 8), 0x5a5a));
        assertEquals(0x5a5a, register(session.registers(0), "CSRs: machine", "mscratch").value());
        assertEquals("mhartid is read-only", session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.CSR, 0xf14, 8), 1));
    }

    @Test
    public void aVirtioTransportHasItsGroup() throws Exception {
        Map<String, Object> a = DebugKernel.attributes();
        a.put(LaunchAttributes.RNG, true);
        launch(a);
        // QEMU fills the transports from the last one down: the only device is in slot 7
        List<RegisterGroupInfo> groups = session.registers(0);
        RegisterInfo magic = register(groups, "virtio-mmio 7 (entropy)", "MagicValue");
        assertEquals(0x74726976, magic.value()); // "virt"
        assertEquals(false, magic.writable());
        assertEquals(4, register(groups, "virtio-mmio 7 (entropy)", "DeviceID").value());
    }

    @Test
    public void stepIntoOverAndReturn() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: loop"));
        session.resume();
        events.stop();
        session.removeBreakpoint(DebugKernel.lineBreakpoint("BREAK: loop"));

        session.stepInto(0);
        assertEquals(Stop.Kind.STEP, events.stop().kind());
        assertEquals("run_task", top().function());
        assertEquals(DebugKernel.line("main.c", "t->state = TASK_RUNNING;"), top().line());

        session.stepOver(0);
        events.stop();
        assertEquals(DebugKernel.line("main.c", "int done = work("), top().line());

        session.stepInto(0);
        events.stop();
        assertEquals("work", top().function());
        assertEquals(DebugKernel.line("main.c", "BREAK: work"), top().line());

        session.stepReturn(0);
        events.stop();
        assertEquals("run_task", top().function());

        session.stepOver(0);
        events.stop();
        assertEquals("run_task", top().function());
        assertEquals(DebugKernel.line("main.c", "t->history[t->runs % 4] = done;"), top().line());

        session.stepInstruction(0);
        Stop s = events.stop();
        assertEquals(Stop.Kind.STEP, s.kind());
        assertEquals("instruction step", s.detail());
    }

    @Test
    public void stepOverACallLineStaysInTheCaller() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: loop"));
        session.resume();
        events.stop();
        session.removeBreakpoint(DebugKernel.lineBreakpoint("BREAK: loop"));
        session.stepOver(0);
        events.stop();
        assertEquals("main", top().function());
        assertEquals(DebugKernel.line("main.c", "for (int i = 0; i < NTASKS; i++)"), top().line());
        assertEquals("1", value("total_work"));
    }

    @Test
    public void watchpointOnAGlobal() throws Exception {
        launch();
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Watch("total_work", 0, false, true)));
        session.resume();
        Stop s = events.stop();
        assertEquals(Stop.Kind.WATCHPOINT, s.kind());
        assertTrue(s.detail(), s.detail().startsWith("watchpoint (write) on total_work"));
        assertEquals("run_task", top().function());
        assertEquals("1", value("total_work"));
    }

    @Test
    public void trapCatchpointOnTheIllegalInstruction() throws Exception {
        launch();
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Trap(new CaughtTrap(false, 2))));
        session.resume();
        Stop s = events.stop();
        assertEquals(Stop.Kind.TRAP, s.kind());
        assertTrue(s.detail(), s.detail().startsWith("trap: illegal instruction (mcause 0x2"));
        assertEquals("2", value("$mcause"));
        List<FrameInfo> frames = session.frames(0);
        assertEquals("kernelvec", frames.get(0).function());
        assertEquals("illegal_instruction", frames.get(1).function());
        assertTrue(frames.get(1).trap());
        assertEquals(DebugKernel.line("main.c", "TRAP: illegal instruction"), frames.get(1).line());
        assertEquals("main", frames.get(2).function());
        RegisterInfo mcause = register(session.registers(0), "CSRs: machine", "mcause");
        assertTrue(mcause.text(), mcause.text().endsWith("(illegal instruction)"));
    }

    /**
     * OpenSBI enters a kernel with stvec at the kernel's entry and sepc 0: before the kernel sets
     * its own vector, that entry is no trap handler, and no trap frame (at pc 0) follows it.
     */
    @Test
    public void aVectorPointingAtTheEntryBeforeAnyTrapAddsNoTrapFrame() throws Exception {
        launch();
        List<FrameInfo> before = session.frames(0);
        FrameInfo outermost = before.get(before.size() - 1);
        long entry = outermost.pc();
        assertNull(session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.CSR, 0x305, 8), entry & ~3L)); // mtvec
        assertNull(session.writeRegister(0, new RegisterInfo.Id(RegisterInfo.Kind.CSR, 0x341, 8), 0)); // mepc
        List<FrameInfo> frames = session.frames(0);
        assertTrue("no frame at pc 0 after " + outermost.function() + ": " + frames,
                frames.stream().noneMatch(f -> f.trap() || f.pc() == 0));
        assertEquals(before.size(), frames.size());
    }

    @Test
    public void framesAcrossATimerInterrupt() throws Exception {
        launch();
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Function("kerneltrap")));
        session.resume();
        events.stop();
        List<FrameInfo> frames = session.frames(0);
        assertEquals("kerneltrap", frames.get(0).function());
        assertEquals("kernelvec", frames.get(1).function());
        assertTrue(frames.get(2).trap());
        assertTrue(frames.toString(), frames.subList(2, frames.size()).stream().anyMatch(f -> "main".equals(f.function())));
        assertEquals("-9223372036854775801", value("(long)tf->mcause"));
    }

    @Test
    public void conditionAndHitCount() throws Exception {
        launch();
        BreakpointSpec conditional = new BreakpointSpec(DebugKernel.lineBreakpoint("BREAK: work").site(), "id == 3 && round == 1", 0);
        events.place(session, conditional);
        session.resume();
        events.stop();
        assertEquals("3", value("id"));
        assertEquals("1", value("round"));
        session.removeBreakpoint(conditional);

        BreakpointSpec fifth = new BreakpointSpec(DebugKernel.lineBreakpoint("BREAK: run_task").site(), "", 3);
        events.place(session, fifth);
        session.resume();
        events.stop();
        // hits from the conditional stop in task 3's work of round 1: task 3 (1), round 2's task 1 (2) and task 2 (3)
        assertEquals("2", value("t->id"));
        assertEquals("2", value("t->runs"));
    }

    @Test
    public void breakpointOnALineWithoutCodeMovesToTheNext() throws Exception {
        launch();
        int blank = DebugKernel.line("main.c", "/* The sum of every task's work so far");
        session.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Line(DebugKernel.source("main.c").toString(), blank)));
        Recorder.Placed p = events.next(Recorder.Placed.class);
        assertNull(p.problem());
        assertEquals(DebugKernel.line("main.c", "int amount = id * id + round;"), p.line());

        session.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Function("no_such_function")));
        assertEquals("no function 'no_such_function' in the symbol files", events.next(Recorder.Placed.class).problem());
        session.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Watch("nosuch", 0, true, true)));
        assertEquals("cannot watch 'nosuch': no variable or symbol named 'nosuch' here",
                events.next(Recorder.Placed.class).problem());
    }

    @Test
    public void runToLineAndTerminate() throws Exception {
        launch();
        session.runToLine(DebugKernel.source("main.c").toString(), DebugKernel.line("main.c", "illegal_instruction();"));
        Stop s = events.stop();
        assertEquals(Stop.Kind.STEP, s.kind());
        assertEquals("100", value("total_work"));
        assertTrue(events.console(), events.console().contains("round 4: total work 100"));
        session.terminate();
        Recorder.Ended end = events.next(Recorder.Ended.class);
        assertNull(end.exitCode());
        assertEquals(MachineSession.State.TERMINATED, session.state());
    }

    @Test
    public void restartBootsAgainWithTheSameBreakpoints() throws Exception {
        launch();
        events.place(session, DebugKernel.lineBreakpoint("BREAK: run_task"));
        session.resume();
        events.stop();
        session.resume();
        events.stop();
        assertEquals("2", value("t->id"));
        session.restart();
        Stop s = events.stop();
        assertEquals(Stop.Kind.ENTRY, s.kind());
        assertEquals("main", top().function());
        assertEquals("0", value("total_work"));
        session.resume();
        events.stop();
        assertEquals("the first task again", "1", value("t->id"));
    }

    @Test
    public void runsToTheGuestsExitWithItsConsole() throws Exception {
        Map<String, Object> a = DebugKernel.attributes();
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_NONE);
        session = MachineSession.start(DebugKernel.setup(a), events, true);
        Recorder.Ended end = events.next(Recorder.Ended.class);
        assertEquals(Integer.valueOf(0), end.exitCode());
        assertTrue(events.console(), events.console().endsWith("debug-kernel: done\n"));
    }

    @Test
    public void suspendAndResumeWhileWaitingForTicks() throws Exception {
        Map<String, Object> a = DebugKernel.attributes();
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_RESET);
        Stop s = launch(a);
        assertEquals(0x1000, s.pc());
        assertEquals("hart 0 [M] suspended: at reset", session.hartLabel(0));
        session.stepInstruction(0);
        assertEquals(Stop.Kind.STEP, events.stop().kind());
    }
}
