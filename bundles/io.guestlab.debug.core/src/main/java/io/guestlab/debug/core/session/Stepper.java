package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.symbols.SourceLines;
import io.guestlab.symbols.SymbolsException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Source-level stepping of one hart from the DWARF line tables, the way gdb's {@code step},
 * {@code next} and {@code finish} go: instruction steps while the pc stays in the current line's
 * range; a call is run through to its return address (next), or into the callee's first line
 * after its prologue (step, when the callee has line information); a trap taken on the way is
 * run through to where its handler returns (gdb steps over signal handlers the same way); an
 * inlined call is stepped over by its lines' inline depth; landing in the middle of a line (back
 * in a caller) steps on to the start of the next one. Other harts run normally meanwhile
 * (all-stop), and a breakpoint they or this hart hit ends the step there. Engine thread only.
 */
final class Stepper {

    enum Mode {
        INTO, OVER
    }

    /** Instruction steps between looks at a pending suspend or terminate. */
    private static final int CHECK_EVERY = 4096;
    private static final int RA = 1, SP = 2;

    private final MachineSession session;
    private final Machine machine;
    private final SessionSymbols symbols;
    private final int hart;

    Stepper(MachineSession session, int hart) {
        this.session = session;
        this.machine = session.machine();
        this.symbols = session.symbols();
        this.hart = hart;
    }

    void instruction() {
        if (session.stepOnce(hart) == null) {
            session.reportStep(hart, "instruction step");
        }
    }

    void source(Mode mode) {
        try {
            sourceStep(mode);
        } catch (SymbolsException e) {
            session.reportStep(hart, "step ended: the symbol files cannot be read (" + e.getMessage() + ")");
        }
    }

    private void sourceStep(Mode mode) throws SymbolsException {
        long pc = machine.pc(hart);
        Optional<long[]> start = lineRange(pc);
        if (start.isEmpty()) {
            instruction(); // no line information here: one instruction, as the disassembly shows
            return;
        }
        long[] range = start.get();
        long startSp = machine.register(hart, SP);
        String function = functionName(pc);
        int depth = inlineDepth(pc);
        for (int n = 1; ; n++) {
            long before = machine.pc(hart);
            if (session.stepOnce(hart) != null) {
                return; // a breakpoint, watchpoint or caught trap on the way: already reported
            }
            if (n % CHECK_EVERY == 0 && session.interruption() != null) {
                return;
            }
            long now = machine.pc(hart);
            if (now == before && isWfi(before)) {
                // asleep in wfi: run (its interrupt handler too) until it wakes, not one idle step at a time
                if (session.runUntil(Set.of(before + 4), hart, null) != MachineSession.REACHED) {
                    return;
                }
                now = machine.pc(hart);
            }
            if (trapTaken(before, now)) {
                // where a handler returns: the trapping instruction, or past it (an ecall, a skipped one)
                if (session.runUntil(Set.of(before, before + 2, before + 4), hart, null) != MachineSession.REACHED) {
                    return;
                }
                now = machine.pc(hart);
            } else if (isCall(before, now)) {
                if (mode == Mode.INTO && lineRange(now).isPresent()) {
                    Optional<SourceLines.Statement> body = symbols.linesAt(now).get().nextStatement(now);
                    if (body.isPresent() && body.get().address() != now
                            && session.runUntil(Set.of(body.get().address()), hart, null) != MachineSession.REACHED) {
                        return;
                    }
                    session.reportStep(hart, "step into");
                    return;
                }
                long ret = machine.register(hart, RA);
                if (session.runUntil(Set.of(ret), hart, startSp) != MachineSession.REACHED) {
                    return;
                }
                now = machine.pc(hart);
            }
            if (inside(now, range)) {
                continue;
            }
            Optional<long[]> line = lineRange(now);
            if (line.isEmpty()) {
                session.reportStep(hart, "step");
                return;
            }
            if (mode == Mode.OVER && inlineDepth(now) > depth && sameName(function, functionName(now))) {
                range = line.get(); // inside a call inlined into this line's function: over it
                continue;
            }
            if (now == line.get()[0]) {
                session.reportStep(hart, "step");
                return;
            }
            range = line.get(); // in the middle of a line (back in a caller): on to the next one
        }
    }

    /** gdb's {@code finish}: run until the current function returns to its caller. */
    void stepReturn() {
        try {
            List<FrameInfo> frames = Backtraces.of(machine, hart, symbols);
            FrameInfo current = frames.isEmpty() ? null : frames.get(0);
            FrameInfo caller = null;
            for (FrameInfo f : frames) {
                if (current != null && f.frame().level() > current.frame().level()) {
                    caller = f;
                    break;
                }
            }
            if (caller == null) {
                session.reportStep(hart, "step return: the outermost frame has no caller");
                return;
            }
            Long minSp = caller.trap() || current.frame().cfa() == 0 ? null : current.frame().cfa();
            if (session.runUntil(Set.of(caller.pc()), hart, minSp) == MachineSession.REACHED) {
                session.reportStep(hart, "step return");
            }
        } catch (SymbolsException e) {
            session.reportStep(hart, "step return: the symbol files cannot be read (" + e.getMessage() + ")");
        }
    }

    private Optional<long[]> lineRange(long pc) throws SymbolsException {
        Optional<SourceLines> lines = symbols.linesAt(pc);
        return lines.isEmpty() ? Optional.empty() : lines.get().lineRange(pc);
    }

    private String functionName(long pc) throws SymbolsException {
        Optional<SourceLines> lines = symbols.linesAt(pc);
        return lines.isEmpty() ? null : lines.get().functionContaining(pc).map(SourceLines.FunctionRange::name).orElse(null);
    }

    private int inlineDepth(long pc) throws SymbolsException {
        return symbols.describeFrame(pc).locations().size();
    }

    private static boolean sameName(String a, String b) {
        return a != null && a.equals(b);
    }

    private static boolean inside(long pc, long[] range) {
        return Long.compareUnsigned(pc, range[0]) >= 0 && Long.compareUnsigned(pc, range[1]) < 0;
    }

    /** wfi (privileged ISA 3.3.3): 0x10500073. */
    private boolean isWfi(long pc) {
        byte[] b = new byte[4];
        return machine.readVirtual(hart, pc, b)
                && ((b[0] & 0xff) | (b[1] & 0xff) << 8 | (b[2] & 0xff) << 16 | (b[3] & 0xff) << 24) == 0x10500073;
    }

    /** A jal/jalr that linked ra: ra holds the address after the instruction just executed. */
    private boolean isCall(long before, long now) {
        long ra = machine.register(hart, RA);
        return (ra == before + 4 || ra == before + 2) && now != ra;
    }

    /** The hart went to a trap vector, with the trapped pc in mepc or sepc. */
    private boolean trapTaken(long before, long now) {
        return atVector(now, Csr.MTVEC, Csr.MEPC, before) || atVector(now, Csr.STVEC, Csr.SEPC, before);
    }

    private boolean atVector(long now, int tvecCsr, int epcCsr, long before) {
        Long tvec = machine.csr(hart, tvecCsr);
        Long epc = machine.csr(hart, epcCsr);
        if (tvec == null || epc == null || epc != before) {
            return false;
        }
        long base = tvec & ~3L;
        return now == base || (tvec & 3) == 1 && now > base && now < base + 4 * 64;
    }
}
