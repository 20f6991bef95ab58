package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.history.History;
import io.guestlab.symbols.SourceLines;
import io.guestlab.symbols.SymbolsException;

import java.util.List;
import java.util.Optional;

/**
 * Source-level stepping backwards on the machine's {@link History}, the way gdb's
 * {@code reverse-step}, {@code reverse-next} and {@code reverse-finish} go: back out of the
 * current line to the start of the line executed before it; a call returned from is gone back
 * through to its call instruction (over), or entered at its last line (into); a trap handler
 * that ran in between is gone back through. Each move back is an instruction step of the
 * history (restore a checkpoint, run forward to one step before). Engine thread only.
 */
final class ReverseStepper {

    enum Mode {
        INTO, OVER
    }

    /** Instruction steps back between looks at a pending suspend or terminate. */
    private static final int CHECK_EVERY = 256;
    private static final int RA = 1, SP = 2;
    /** {@code ret} (jalr x0, 0(ra)) and its compressed form {@code c.jr ra}. */
    private static final int RET = 0x00008067, C_RET = 0x8082;

    private final MachineSession session;
    private final Machine machine;
    private final SessionSymbols symbols;
    private final History<?> history;
    private final int hart;
    private int moves;

    ReverseStepper(MachineSession session, History<?> history, int hart) {
        this.session = session;
        this.machine = session.machine();
        this.symbols = session.symbols();
        this.history = history;
        this.hart = hart;
    }

    /** One instruction back. */
    void instruction() {
        if (back()) {
            session.reportStep(hart, "reverse instruction step");
        }
    }

    /**
     * One instruction back on the history; false when it could not (the beginning of history, a
     * re-execution that went another way, a suspend or terminate), which is then reported.
     */
    private boolean back() {
        if (++moves % CHECK_EVERY == 0 && session.interruption() != null) {
            return false;
        }
        StopEvent e = history.reverseStep(hart);
        if (e == null) {
            session.reportStep(hart, "at the beginning of the recorded history");
            return false;
        }
        if (e.reason() == StopReason.INTERNAL_ERROR) {
            session.reportFault(hart, e.detail());
            return false;
        }
        return true;
    }

    void source(Mode mode) {
        try {
            sourceStep(mode);
        } catch (SymbolsException e) {
            session.reportStep(hart, "reverse step ended: the symbol files cannot be read (" + e.getMessage() + ")");
        }
    }

    private void sourceStep(Mode mode) throws SymbolsException {
        Optional<long[]> start = lineRange(machine.pc(hart));
        if (start.isEmpty()) {
            instruction(); // no line information here: one instruction, as the disassembly shows
            return;
        }
        long[] range = start.get();
        Frame origin = here();
        // out of the current line (and through what it called), to the line executed before it
        while (true) {
            if (!back()) {
                return;
            }
            if (origin.calleeOf(here())) {
                if (mode == Mode.OVER || !atReturn()) {
                    if (!backThroughCallee(origin)) {
                        return;
                    }
                    if (inside(machine.pc(hart), range)) {
                        continue;
                    }
                }
                break; // into: at the callee's return, its last line
            }
            if (!inside(machine.pc(hart), range) || !sameName(here().function, origin.function)) {
                break;
            }
        }
        // to the first instruction of this execution of that line
        Optional<long[]> previous = lineRange(machine.pc(hart));
        if (previous.isEmpty()) {
            session.reportStep(hart, "reverse step");
            return;
        }
        long[] line = previous.get();
        Frame frame = here();
        while (machine.pc(hart) != line[0]) {
            if (!back()) {
                return;
            }
            if (frame.calleeOf(here())) {
                if (mode == Mode.INTO && atReturn() && lineRange(machine.pc(hart)).isPresent()) {
                    line = lineRange(machine.pc(hart)).get(); // the line ran a call: into it, at its last line
                    // the epilogue moves sp within this line: only a trap handler counts as deeper here
                    frame = new Frame(here().function, 0, here().privilege);
                    continue;
                }
                if (!backThroughCallee(frame)) {
                    return;
                }
                continue;
            }
            if (!inside(machine.pc(hart), line) || !sameName(here().function, frame.function)) {
                forwardOne(); // one too far: the line began with the next instruction
                break;
            }
        }
        session.reportStep(hart, "reverse step");
    }

    /** gdb's {@code reverse-finish}: back to the call of the current function. */
    void stepReturn() {
        try {
            List<FrameInfo> frames = Backtraces.of(machine, hart, symbols);
            Frame origin = here();
            long cfa = frames.isEmpty() || frames.get(0).frame().cfa() == 0 ? origin.sp : frames.get(0).frame().cfa();
            while (true) {
                if (!back()) {
                    return;
                }
                Frame now = here();
                if (now.privilege == origin.privilege && !sameName(now.function, origin.function)
                        && Long.compareUnsigned(now.sp, cfa) >= 0) {
                    session.reportStep(hart, "reverse step return");
                    return;
                }
            }
        } catch (SymbolsException e) {
            session.reportStep(hart, "reverse step return: the symbol files cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * At a callee's {@code ret}: goes back to the call instruction that called it, in one search of
     * the history (a breakpoint on the call site, hit for the last time with the caller's stack)
     * instead of one step per callee instruction; elsewhere inside a callee (a trap handler) it
     * steps back until the caller's frame is current again. False when it stopped (reported).
     */
    private boolean backThroughCallee(Frame caller) throws SymbolsException {
        if (atReturn()) {
            long ra = machine.register(hart, RA);
            return session.reverseTo(List.of(ra - 4, ra - 2), hart, caller.sp) == MachineSession.REACHED;
        }
        while (caller.calleeOf(here())) {
            if (!back()) {
                return false;
            }
        }
        return true;
    }

    private void forwardOne() {
        machine.step(hart, session::runForward);
    }

    private boolean atReturn() {
        byte[] b = new byte[4];
        if (!machine.readVirtual(hart, machine.pc(hart), new byte[2])) {
            return false;
        }
        boolean four = machine.readVirtual(hart, machine.pc(hart), b);
        int half = (b[0] & 0xff) | (b[1] & 0xff) << 8;
        if ((half & 3) != 3) {
            return half == C_RET;
        }
        return four && (half | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24) == RET;
    }

    /** Where the hart is: what tells a callee or a trap handler from the frame being stepped. */
    private record Frame(String function, long sp, int privilege) {

        /** {@code other} runs in a call made from this frame, or in a trap handler that interrupted it. */
        boolean calleeOf(Frame other) {
            return other.privilege != privilege || Long.compareUnsigned(other.sp, sp) < 0
                    || !sameName(other.function, function) && other.sp == sp;
        }
    }

    private Frame here() throws SymbolsException {
        return new Frame(functionName(machine.pc(hart)), machine.register(hart, SP), machine.privilege(hart));
    }

    private Optional<long[]> lineRange(long pc) throws SymbolsException {
        Optional<SourceLines> lines = symbols.linesAt(pc);
        return lines.isEmpty() ? Optional.empty() : lines.get().lineRange(pc);
    }

    private String functionName(long pc) throws SymbolsException {
        Optional<SourceLines> lines = symbols.linesAt(pc);
        return lines.isEmpty() ? null : lines.get().functionContaining(pc).map(SourceLines.FunctionRange::name).orElse(null);
    }

    private static boolean sameName(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean inside(long pc, long[] range) {
        return Long.compareUnsigned(pc, range[0]) >= 0 && Long.compareUnsigned(pc, range[1]) < 0;
    }
}
