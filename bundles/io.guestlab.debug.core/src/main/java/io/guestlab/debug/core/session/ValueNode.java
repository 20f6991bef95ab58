package io.guestlab.debug.core.session;

import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.CType;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.Value;
import io.guestlab.symbols.ValueFormatter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A variable or expression value as the Variables and Expressions views show it: its name, C
 * type, text (the symbols layer's formatting: structs in braces, enums by name, char arrays as
 * strings) and children (struct and union members, array elements, the object a pointer points
 * at). Children are read from the target when asked for, so a deep structure costs nothing until
 * it is expanded.
 */
public final class ValueNode {

    /** Array elements shown at most. */
    static final int MAX_ELEMENTS = 200;

    private final String name;
    private final Value value;
    private final FrameScope scope;
    private final TargetAccess memory;
    private final AddressSpace symbols;

    ValueNode(String name, Value value, FrameScope scope, AddressSpace symbols) {
        this.name = name;
        this.value = value;
        this.scope = scope;
        this.memory = scope.memory();
        this.symbols = symbols;
    }

    /** Where the value was read: the frame (or hart) whose names and memory an assignment to it uses. */
    FrameScope scope() {
        return scope;
    }

    public String name() {
        return name;
    }

    public Value value() {
        return value;
    }

    public String typeName() {
        return value.type().toString();
    }

    public String text() {
        return new ValueFormatter(memory, symbols).format(value);
    }

    /** Where the value lives in memory, or -1 (a register, a computed value). */
    public long address() {
        return value.address();
    }

    /** Whether it lives in memory (see {@link Value#inMemory}). */
    public boolean inMemory() {
        return value.inMemory();
    }

    /** The value as a number (sign-extended as its type says), or null when it is not a scalar. */
    public Long integer() {
        CType t = value.type().stripped();
        if (!value.isAvailable() || (t.kind() != CType.Kind.BASE && t.kind() != CType.Kind.ENUM && t.kind() != CType.Kind.POINTER)) {
            return null;
        }
        return Scalars.isFloat(t) ? (long) Scalars.real(value) : Scalars.integer(value);
    }

    /** Whether an assignment can change it: a scalar (number, enum, pointer) that lives in memory. */
    public boolean isAssignable() {
        CType t = value.type().stripped();
        return value.isAvailable() && value.inMemory()
                && (t.kind() == CType.Kind.BASE || t.kind() == CType.Kind.ENUM || t.kind() == CType.Kind.POINTER);
    }

    public boolean hasChildren() {
        if (!value.isAvailable()) {
            return false;
        }
        CType t = value.type().stripped();
        return switch (t.kind()) {
            case STRUCT, UNION -> !t.members().isEmpty();
            case ARRAY -> !t.dimensions().isEmpty() && t.dimensions().get(0) > 0;
            case POINTER -> t.target() != null && pointee(t) != null && value.asLong() != 0;
            default -> false;
        };
    }

    public List<ValueNode> children() {
        if (!hasChildren()) {
            return List.of();
        }
        CType t = value.type().stripped();
        List<ValueNode> out = new ArrayList<>();
        switch (t.kind()) {
            case STRUCT, UNION -> {
                for (CType.Member m : t.members()) {
                    out.add(new ValueNode(m.name() != null ? m.name() : "<anonymous>", member(value, m), scope, symbols));
                }
            }
            case ARRAY -> {
                long n = Math.min(t.dimensions().get(0), MAX_ELEMENTS);
                for (int i = 0; i < n; i++) {
                    out.add(new ValueNode("[" + i + "]", element(value, i), scope, symbols));
                }
            }
            case POINTER -> out.add(new ValueNode("*" + name, deref(value, memory), scope, symbols));
            default -> {
            }
        }
        return out;
    }

    /** The type a pointer points at when it can be shown (not void, not a function); else null. */
    private static CType pointee(CType pointer) {
        CType target = pointer.target().stripped();
        return target.kind() == CType.Kind.VOID || target.kind() == CType.Kind.FUNCTION || target.size() <= 0 ? null
                : pointer.target();
    }

    /** A member of a struct or union value (bitfields extracted into a value of their own). */
    static Value member(Value whole, CType.Member m) {
        CType type = m.type();
        long size = type.size();
        if (size <= 0) {
            return Value.unavailable(type, "incomplete type");
        }
        long address = !whole.inMemory() ? -1 : whole.address() + m.byteOffset();
        if (!m.isBitfield()) {
            if (m.byteOffset() + size > whole.bytes().length) {
                return Value.unavailable(type, "member outside the value");
            }
            byte[] b = Arrays.copyOfRange(whole.bytes(), (int) m.byteOffset(), (int) (m.byteOffset() + size));
            return new Value(type, b, address, null);
        }
        long bits = 0;
        for (int i = Math.min(whole.bytes().length, 8) - 1; i >= 0; i--) {
            bits = bits << 8 | (whole.bytes()[i] & 0xff);
        }
        long v = bits >>> m.bitPosition() & (m.bitSize() >= 64 ? -1L : (1L << m.bitSize()) - 1);
        if (type.stripped().encoding() == CType.Encoding.SIGNED && m.bitSize() < 64) {
            v = v << (64 - m.bitSize()) >> (64 - m.bitSize());
        }
        return new Value(type, Scalars.bytes(v, (int) size), -1, null);
    }

    /** Element {@code i} of an array value. */
    static Value element(Value array, long i) {
        CType element = array.type().stripped().elementType();
        long size = element.size();
        if (size <= 0) {
            return Value.unavailable(element, "incomplete element type");
        }
        long from = i * size;
        if (i < 0 || from + size > array.bytes().length) {
            return Value.unavailable(element, "index " + i + " is outside the array");
        }
        byte[] b = Arrays.copyOfRange(array.bytes(), (int) from, (int) (from + size));
        return new Value(element, b, !array.inMemory() ? -1 : array.address() + from, null);
    }

    /** What a pointer value points at, read from memory. */
    static Value deref(Value pointer, TargetAccess memory) {
        CType target = pointer.type().stripped().target();
        long size = target == null ? -1 : target.size();
        if (size <= 0 || size > 1 << 20) {
            return Value.unavailable(target == null ? CType.voidType() : target, "cannot read an object of unknown size");
        }
        long address = pointer.asLong();
        byte[] b = new byte[(int) size];
        if (!memory.read(address, b)) {
            return Value.unavailable(target, String.format("cannot access memory at 0x%x", address));
        }
        return new Value(target, b, address, null);
    }
}
