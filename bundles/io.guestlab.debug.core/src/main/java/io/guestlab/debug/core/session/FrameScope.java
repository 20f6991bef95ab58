package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.Value;
import io.guestlab.symbols.Variable;
import io.guestlab.symbols.Variables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The names visible in a frame (its locals and parameters, then globals, then ELF symbols) and
 * the hart's registers, for expressions; without a frame, globals and registers only.
 */
final class FrameScope implements ExpressionEvaluator.Scope {

    private final Machine machine;
    private final Registers registers;
    private final SessionSymbols symbols;
    private final int hart;
    private final FrameInfo frame;
    private final TargetAccess memory;

    FrameScope(Machine machine, Registers registers, SessionSymbols symbols, FrameInfo frame) {
        this.machine = machine;
        this.registers = registers;
        this.symbols = symbols;
        this.hart = frame.hart();
        this.frame = frame;
        this.memory = frame.frame().over(new HartAccess(machine, hart));
    }

    FrameScope(Machine machine, Registers registers, SessionSymbols symbols, int hart) {
        this.machine = machine;
        this.registers = registers;
        this.symbols = symbols;
        this.hart = hart;
        this.frame = null;
        this.memory = new HartAccess(machine, hart);
    }

    @Override
    public TargetAccess memory() {
        return memory;
    }

    /** Writes RAM as this scope's hart sees it (through its translation); false when any byte is not RAM. */
    boolean write(long address, byte[] bytes) {
        return machine.writeVirtual(hart, address, bytes);
    }

    /** The frame's parameters and locals (none without a frame or debug information). */
    List<Variable> locals() throws SymbolsException {
        if (frame == null) {
            return List.of();
        }
        Program p = symbols.space().programAt(frame.pc());
        if (p == null || !p.hasDebugInfo()) {
            return List.of();
        }
        boolean exact = frame.frame().level() == 0 || frame.trap();
        return Variables.in(p, exact ? frame.pc() : frame.pc() - 1);
    }

    @Override
    public Value variable(String name) throws ExpressionEvaluator.EvaluationException {
        try {
            for (Variable v : locals()) {
                if (v.name().equals(name)) {
                    return v.read(frame.frame(), memory);
                }
            }
            for (Program p : symbols.programs()) {
                if (p.hasDebugInfo()) {
                    Variable g = Variables.global(p, name);
                    if (g != null) {
                        return g.read(frame != null ? frame.frame() : here(), memory);
                    }
                }
            }
            return null;
        } catch (SymbolsException e) {
            throw new ExpressionEvaluator.EvaluationException("the symbol files cannot be read: " + e.getMessage());
        }
    }

    @Override
    public Long register(String name) {
        if (frame != null && frame.frame().level() > 0) {
            // in an outer frame, the registers the unwinder recovered (callee-saved ones, sp, pc)
            for (int r = 0; r < 64; r++) {
                if (TargetAccess.registerName(r).equals(name) || (r < 32 ? "x" + r : "f" + (r - 32)).equals(name)) {
                    OptionalLong v = frame.frame().register(r);
                    return v.isPresent() ? v.getAsLong() : null;
                }
            }
            if (name.equals("pc")) {
                return frame.pc();
            }
        }
        return registers.byName(hart, name);
    }

    @Override
    public Long symbol(String name) {
        try {
            OptionalLong a = symbols.addressOf(name);
            return a.isPresent() ? a.getAsLong() : null;
        } catch (SymbolsException e) {
            return null;
        }
    }

    /** A frame for reading globals without one: the hart where it is (globals need no registers). */
    private StackFrame here() {
        return new StackFrame(0, machine.pc(hart), 0, Map.of(), StackFrame.Source.TARGET);
    }

    /** Global variables with debug information, sorted by name, at most {@code limit}. */
    List<ValueNode> globals(int limit) throws SymbolsException {
        List<ValueNode> out = new ArrayList<>();
        for (Program p : symbols.programs()) {
            if (!p.hasDebugInfo()) {
                continue;
            }
            TreeSet<String> names = new TreeSet<>();
            for (ElfSymbol s : p.symbols()) {
                if (s.type() == ElfSymbol.STT_OBJECT && s.isDefined() && !s.name().isEmpty()) {
                    names.add(s.name());
                }
            }
            for (String n : names) {
                if (out.size() >= limit) {
                    return out;
                }
                Variable g = Variables.global(p, n);
                if (g != null) {
                    out.add(new ValueNode(n, g.read(here(), memory), this, symbols.space()));
                }
            }
        }
        return out;
    }
}
