package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.Die;
import io.guestlab.symbols.dwarf.Dw;
import io.guestlab.symbols.dwarf.ExpressionEvaluator;
import io.guestlab.symbols.dwarf.Location;
import io.guestlab.symbols.dwarf.LocationLists;

import java.util.OptionalLong;

/** A parameter, local or global variable as DWARF declares it, readable in a stack frame. */
public final class Variable {

    public enum Kind {
        PARAMETER, LOCAL, GLOBAL
    }

    private final Program program;
    private final Die die;
    private final Die function;
    private final String name;
    private final CType type;
    private final Kind kind;
    private final int line;

    Variable(Program program, Die die, Die function, String name, CType type, Kind kind, int line) {
        this.program = program;
        this.die = die;
        this.function = function;
        this.name = name;
        this.type = type;
        this.kind = kind;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public CType type() {
        return type;
    }

    public Kind kind() {
        return kind;
    }

    /** Declaration line, 0 when unknown. */
    public int line() {
        return line;
    }

    /**
     * Reads the value in a frame (from {@link Unwinder#backtrace}; its CFA serves
     * DW_OP_call_frame_cfa frame bases). Unavailable values say why instead of failing.
     */
    public Value read(StackFrame frame, TargetAccess memory) throws SymbolsException {
        return program.read(() -> readUnchecked(frame, memory));
    }

    private Value readUnchecked(StackFrame frame, TargetAccess memory) {
        long pc = frame.pc() - program.loadOffset();
        if (frame.level() > 0 && frame.source() != StackFrame.Source.TRAP) {
            pc--; // an outer frame's pc is a return address: ask about the call
        }
        byte[] expr = die.has(Dw.AT_LOCATION) ? LocationLists.expressionAt(die, Dw.AT_LOCATION, pc) : null;
        if (expr == null) {
            if (die.has(Dw.AT_CONST_VALUE)) {
                return constValue();
            }
            return Value.unavailable(type, "optimized out");
        }
        TargetAccess regs = frame.over(memory);
        ExpressionEvaluator eval = new ExpressionEvaluator(die.unit().addressSize(), die.unit());
        OptionalLong cfa = frame.cfa() == 0 ? OptionalLong.empty() : OptionalLong.of(frame.cfa());
        OptionalLong frameBase = OptionalLong.empty();
        if (function != null && function.has(Dw.AT_FRAME_BASE)) {
            byte[] fb = LocationLists.expressionAt(function, Dw.AT_FRAME_BASE, pc);
            if (fb != null) {
                try {
                    frameBase = OptionalLong.of(eval.value(fb, context(regs, OptionalLong.empty(), cfa)));
                } catch (ExpressionEvaluator.Unavailable e) {
                    frameBase = OptionalLong.empty();
                }
            }
        }
        Location location;
        try {
            location = eval.location(expr, context(regs, frameBase, cfa));
        } catch (ExpressionEvaluator.Unavailable e) {
            return Value.unavailable(type, "needs " + e.getMessage());
        }
        return ValueReader.read(type, location, regs);
    }

    private Value constValue() {
        byte[] block = die.block(Dw.AT_CONST_VALUE);
        if (block != null) {
            return new Value(type, block, -1, null);
        }
        long v = die.raw(Dw.AT_CONST_VALUE, 0);
        long size = Math.max(1, Math.min(8, type.size()));
        byte[] b = new byte[(int) size];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return new Value(type, b, -1, null);
    }

    private static ExpressionEvaluator.Frame context(TargetAccess regs, OptionalLong frameBase, OptionalLong cfa) {
        return new ExpressionEvaluator.Frame() {
            @Override
            public TargetAccess target() {
                return regs;
            }

            @Override
            public OptionalLong frameBase() {
                return frameBase;
            }

            @Override
            public OptionalLong cfa() {
                return cfa;
            }
        };
    }

    @Override
    public String toString() {
        return type + " " + name;
    }
}
