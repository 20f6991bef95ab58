package io.guestlab.debug.core.session;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Value;

import java.util.Map;

/**
 * Assigning a new value to a variable of the Variables or Expressions view, as gdb's
 * {@code set var} does: the text is an enumerator of the variable's enum type or any expression
 * of the debugger's language (decimal, {@code 0x} hex, {@code 'c'}, {@code &tasks[2]},
 * {@code $a0 + 1}) evaluated where the variable was read, converted to the variable's type and
 * written to guest memory through the hart's address translation. Engine thread only.
 */
final class ValueAssignment {

    private ValueAssignment() {
    }

    /** Null when {@code text} can be (and, with {@code write}, was) assigned to {@code node}; else why not. */
    static String assign(ValueNode node, String text, boolean write) {
        Value old = node.value();
        String name = node.name();
        if (!old.isAvailable()) {
            return "'" + name + "' has no value here (" + old.unavailable() + ")";
        }
        CType type = old.type().stripped();
        switch (type.kind()) {
            case STRUCT, UNION, ARRAY -> {
                return "'" + name + "' is " + (type.kind() == CType.Kind.ARRAY ? "an array" : "a " + type.kind().name().toLowerCase())
                        + ": change its elements or members one at a time";
            }
            case BASE, ENUM, POINTER -> {
                // below
            }
            default -> {
                return "'" + name + "' of type " + old.type() + " cannot be changed";
            }
        }
        if (!old.inMemory()) {
            return "'" + name + "' has no address in memory here (it is kept in a register or is a bit field):"
                    + " change the register in the Registers view, or the whole word";
        }
        byte[] bytes;
        try {
            bytes = encode(type, text.trim(), node.scope());
        } catch (ExpressionEvaluator.EvaluationException e) {
            return e.getMessage();
        }
        if (write && !node.scope().write(old.address(), bytes)) {
            return String.format("cannot write '%s' at 0x%x: the address is not RAM", name, old.address());
        }
        return null;
    }

    private static byte[] encode(CType type, String text, FrameScope scope) throws ExpressionEvaluator.EvaluationException {
        int size = (int) type.size();
        if (type.kind() == CType.Kind.ENUM) {
            for (Map.Entry<Long, String> e : type.enumerators().entrySet()) {
                if (e.getValue().equals(text)) {
                    return Scalars.bytes(e.getKey(), size);
                }
            }
        }
        if (text.isEmpty()) {
            throw new ExpressionEvaluator.EvaluationException("type a new value: a number, an expression"
                    + (type.kind() == CType.Kind.ENUM ? " or one of " + type.enumerators().values() : ""));
        }
        Value v = new ExpressionEvaluator(scope).evaluate(text);
        CType vt = v.type().stripped();
        if (vt.kind() != CType.Kind.BASE && vt.kind() != CType.Kind.ENUM && vt.kind() != CType.Kind.POINTER) {
            throw new ExpressionEvaluator.EvaluationException("'" + text + "' is a " + v.type() + ", not a number");
        }
        if (Scalars.isFloat(type)) {
            double d = Scalars.real(v);
            return size == 4 ? Scalars.bytes(Float.floatToRawIntBits((float) d), 4)
                    : Scalars.bytes(Double.doubleToRawLongBits(d), size);
        }
        long x = Scalars.isFloat(v.type()) ? (long) Scalars.real(v) : Scalars.integer(v);
        if (size < 8) {
            // the value must fit the variable's width, as signed or as unsigned
            long min = -(1L << (8 * size - 1));
            long max = (1L << (8 * size)) - 1;
            if (x < min || x > max) {
                throw new ExpressionEvaluator.EvaluationException(text + " does not fit in " + type + " ("
                        + size + (size == 1 ? " byte)" : " bytes)"));
            }
        }
        return Scalars.bytes(x, size);
    }
}
