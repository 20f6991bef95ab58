package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.ExpressionEvaluator;
import io.guestlab.symbols.unwind.CfaProgram;
import io.guestlab.symbols.unwind.CfaRule;
import io.guestlab.symbols.unwind.Fde;
import io.guestlab.symbols.unwind.RegisterRule;
import io.guestlab.symbols.unwind.UnwindRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks a stopped hart's stack: call frame information where an ELF has it, the RISC-V
 * frame-pointer convention (ra at fp-XLEN/8, the caller's fp at fp-2*XLEN/8, psABI "Frame
 * Pointer Convention") where it has not. It stops cleanly at the bottom of the stack (return
 * address undefined or zero), at a trap entry (unless a {@link TrapBoundary} recovers the
 * interrupted context), when the stack does not grow towards the caller, or at a frame limit.
 * One instance unwinds one backtrace at a time (not thread-safe).
 */
public final class Unwinder {

    private static final int RA = 1;
    private static final int SP = 2;
    private static final int FP = 8;

    /** Why a backtrace ended. */
    public enum Stop {
        /** The outermost frame: its return address is undefined or zero. */
        BOTTOM,
        /** A trap entry whose interrupted context nobody recovered. */
        TRAP_FRAME,
        /** No program or no unwind information for a pc, and no usable frame pointer. */
        NO_UNWIND_INFO,
        /** A register or memory word the unwind rules need could not be read. */
        UNREADABLE,
        /** The caller's frame would not be above the callee's: corrupt stack or rules. */
        NOT_MONOTONIC,
        /** The frame limit was reached. */
        LIMIT
    }

    /** Frames innermost first, and why there are no more. */
    public record Backtrace(List<StackFrame> frames, Stop stop, String detail) {
    }

    private final AddressSpace space;
    private final TrapBoundary trap;
    private final boolean useCallFrameInfo;
    /** The CFA of the frame below the one being unwound (null at a trap boundary or the start). */
    private Long calleeCfa;

    /** @param trap where traps are entered, or null to treat no frame as a trap entry */
    public Unwinder(AddressSpace space, TrapBoundary trap) {
        this(space, trap, true);
    }

    /** @param useCallFrameInfo false to walk frame pointers only (to compare, or to distrust CFI) */
    public Unwinder(AddressSpace space, TrapBoundary trap, boolean useCallFrameInfo) {
        this.space = space;
        this.trap = trap;
        this.useCallFrameInfo = useCallFrameInfo;
    }

    /** Unwinds from the target's current registers, {@code pc} being the stopped pc. */
    public Backtrace backtrace(TargetAccess target, long pc, int maxFrames) throws SymbolsException {
        Map<Integer, Long> regs = new HashMap<>();
        for (int r = 1; r < 64; r++) {
            OptionalLong v = target.register(r);
            if (v.isPresent()) {
                regs.put(r, v.getAsLong());
            }
        }
        regs.put(0, 0L);
        List<StackFrame> frames = new ArrayList<>();
        StackFrame frame = new StackFrame(0, pc, 0, regs, StackFrame.Source.TARGET);
        calleeCfa = null;
        while (true) {
            if (frames.size() >= maxFrames) {
                frames.add(frame);
                return new Backtrace(frames, Stop.LIMIT, maxFrames + " frames");
            }
            Step step = caller(frame, target);
            frames.add(step.cfa == null ? frame
                    : new StackFrame(frame.level(), frame.pc(), step.cfa, frame.registers(), frame.source()));
            calleeCfa = step.next != null && step.next.source() == StackFrame.Source.TRAP ? null : step.cfa;
            if (step.next == null) {
                return new Backtrace(frames, step.stop, step.detail);
            }
            frame = step.next;
        }
    }

    private record Step(StackFrame next, Long cfa, Stop stop, String detail) {
        static Step end(Long cfa, Stop stop, String detail) {
            return new Step(null, cfa, stop, detail);
        }
    }

    private Step caller(StackFrame f, TargetAccess memory) throws SymbolsException {
        long pc = f.pc();
        Program program = space.programAt(pc);
        if (trap != null) {
            SymbolMatch m = program == null ? null : program.symbolAt(pc);
            if (trap.isTrapEntry(pc, m == null ? null : m.symbol().name())) {
                Optional<Map<Integer, Long>> context = trap.interruptedContext(f, memory);
                if (context.isEmpty() || !context.get().containsKey(TrapBoundary.PC)) {
                    return Step.end(null, Stop.TRAP_FRAME, String.format("trap entry at 0x%x", pc));
                }
                Map<Integer, Long> regs = new HashMap<>(context.get());
                long interrupted = regs.remove(TrapBoundary.PC);
                regs.put(0, 0L);
                return new Step(new StackFrame(f.level() + 1, interrupted, 0, regs, StackFrame.Source.TRAP), null, null, null);
            }
        }
        // A return address points after the call; look up the call itself (it may be the
        // function's last instruction, e.g. a call to a noreturn function).
        boolean exactPc = f.level() == 0 || f.source() == StackFrame.Source.TRAP;
        long lookup = exactPc ? pc : pc - 1;
        Fde fde = program == null || !useCallFrameInfo ? null : program.fdeFor(lookup);
        if (fde == null) {
            return framePointerStep(f, memory, program);
        }
        UnwindRow row = program.read(() -> CfaProgram.rowAt(fde, lookup - program.loadOffset()));
        TargetAccess here = f.over(memory);
        ExpressionEvaluator.Frame exprFrame = expressionFrame(here, OptionalLong.empty());
        int addressSize = program.is64Bit() ? 8 : 4;
        ExpressionEvaluator eval = new ExpressionEvaluator(addressSize, null);
        long cfa;
        CfaRule rule = row.cfa();
        if (rule.isExpression()) {
            Long value = program.read(() -> valueOrNull(eval, rule.expression(), exprFrame));
            if (value == null) {
                return Step.end(null, Stop.UNREADABLE, "CFA expression");
            }
            cfa = value;
        } else {
            OptionalLong base = here.register(rule.register());
            if (base.isEmpty()) {
                return Step.end(null, Stop.UNREADABLE, "CFA register " + TargetAccess.registerName(rule.register()));
            }
            cfa = base.getAsLong() + rule.offset();
        }
        int raColumn = fde.returnAddressColumn();
        if (row.rule(raColumn).kind() == RegisterRule.Kind.UNDEFINED) {
            return Step.end(cfa, Stop.BOTTOM, "return address undefined (outermost frame)");
        }
        Map<Integer, Long> callerRegs = new HashMap<>();
        ExpressionEvaluator.Frame withCfa = expressionFrame(here, OptionalLong.of(cfa));
        for (int reg = 1; reg < 64; reg++) {
            OptionalLong v = recover(row.rule(reg), reg, cfa, here, withCfa, eval, addressSize, program);
            if (v.isPresent()) {
                callerRegs.put(reg, v.getAsLong());
            }
        }
        callerRegs.put(SP, cfa);
        callerRegs.put(0, 0L);
        Long returnAddress = callerRegs.get(raColumn);
        if (returnAddress == null) {
            return Step.end(cfa, Stop.UNREADABLE, "return address");
        }
        return next(f, cfa, returnAddress, callerRegs, StackFrame.Source.CFI);
    }

    private static Long valueOrNull(ExpressionEvaluator eval, byte[] expression, ExpressionEvaluator.Frame frame) {
        try {
            return eval.value(expression, frame);
        } catch (ExpressionEvaluator.Unavailable e) {
            return null;
        }
    }

    private Step next(StackFrame f, long cfa, long returnAddress, Map<Integer, Long> callerRegs, StackFrame.Source how) {
        if (returnAddress == 0) {
            return Step.end(cfa, Stop.BOTTOM, "return address 0");
        }
        // The stack grows down: each caller's frame lies strictly above its callee's.
        OptionalLong sp = f.register(SP);
        if (sp.isPresent() && Long.compareUnsigned(cfa, sp.getAsLong()) < 0
                || calleeCfa != null && Long.compareUnsigned(cfa, calleeCfa) <= 0) {
            return Step.end(cfa, Stop.NOT_MONOTONIC, String.format("caller frame 0x%x below callee", cfa));
        }
        return new Step(new StackFrame(f.level() + 1, returnAddress, 0, callerRegs, how), cfa, null, null);
    }

    /** The caller's value of one register by its rule (DWARF 5 section 6.4.1). */
    private static OptionalLong recover(RegisterRule rule, int reg, long cfa, TargetAccess here,
            ExpressionEvaluator.Frame frame, ExpressionEvaluator eval, int addressSize, Program program)
            throws SymbolsException {
        switch (rule.kind()) {
            case UNSPECIFIED:
                // psABI: callee-saved registers (sp, s0-s11, fs0-fs11) survive calls unchanged;
                // what the callee did to caller-saved ones is unknown.
                return isCalleeSaved(reg) || reg == RA ? here.register(reg) : OptionalLong.empty();
            case SAME_VALUE:
                return here.register(reg);
            case UNDEFINED:
                return OptionalLong.empty();
            case OFFSET:
                return readWord(here, cfa + rule.value(), addressSize);
            case VAL_OFFSET:
                return OptionalLong.of(cfa + rule.value());
            case REGISTER:
                return here.register((int) rule.value());
            case EXPRESSION: {
                Long at = program.read(() -> valueOrNull(eval, rule.expression(), frame, cfa));
                return at == null ? OptionalLong.empty() : readWord(here, at, addressSize);
            }
            case VAL_EXPRESSION: {
                Long v = program.read(() -> valueOrNull(eval, rule.expression(), frame, cfa));
                return v == null ? OptionalLong.empty() : OptionalLong.of(v);
            }
            default:
                return OptionalLong.empty();
        }
    }

    private static Long valueOrNull(ExpressionEvaluator eval, byte[] expression, ExpressionEvaluator.Frame frame, long cfa) {
        try {
            return eval.value(expression, frame, cfa);
        } catch (ExpressionEvaluator.Unavailable e) {
            return null;
        }
    }

    static boolean isCalleeSaved(int reg) {
        return reg == SP || reg == 8 || reg == 9 || reg >= 18 && reg <= 27 || reg == 40 || reg == 41
                || reg >= 50 && reg <= 59;
    }

    private Step framePointerStep(StackFrame f, TargetAccess memory, Program program) {
        OptionalLong fp = f.register(FP);
        if (fp.isEmpty()) {
            return Step.end(null, Stop.NO_UNWIND_INFO, String.format("no unwind information for 0x%x", f.pc()));
        }
        if (fp.getAsLong() == 0) {
            // Startup code clears fp so that the frame chain ends (psABI frame pointer convention).
            return Step.end(null, Stop.BOTTOM, "frame pointer 0 (outermost frame)");
        }
        int word = program == null || program.is64Bit() ? 8 : 4;
        long frame = fp.getAsLong();
        OptionalLong ra = readWord(memory, frame - word, word);
        OptionalLong callerFp = readWord(memory, frame - 2L * word, word);
        if (ra.isEmpty() || callerFp.isEmpty()) {
            return Step.end(null, Stop.UNREADABLE, String.format("frame record at 0x%x", frame - 2L * word));
        }
        Map<Integer, Long> callerRegs = new HashMap<>();
        for (Map.Entry<Integer, Long> e : f.registers().entrySet()) {
            if (isCalleeSaved(e.getKey())) {
                callerRegs.put(e.getKey(), e.getValue());
            }
        }
        callerRegs.put(SP, frame);
        callerRegs.put(FP, callerFp.getAsLong());
        callerRegs.put(RA, ra.getAsLong());
        callerRegs.put(0, 0L);
        return next(f, frame, ra.getAsLong(), callerRegs, StackFrame.Source.FRAME_POINTER);
    }

    private static OptionalLong readWord(TargetAccess memory, long address, int size) {
        byte[] b = new byte[size];
        if (!memory.read(address, b)) {
            return OptionalLong.empty();
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return OptionalLong.of(v);
    }

    private static ExpressionEvaluator.Frame expressionFrame(TargetAccess target, OptionalLong cfa) {
        return new ExpressionEvaluator.Frame() {
            @Override
            public TargetAccess target() {
                return target;
            }

            @Override
            public OptionalLong frameBase() {
                return OptionalLong.empty();
            }

            @Override
            public OptionalLong cfa() {
                return cfa;
            }
        };
    }
}
