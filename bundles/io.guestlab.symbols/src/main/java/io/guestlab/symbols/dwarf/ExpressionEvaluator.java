package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.elf.BadDataException;
import io.guestlab.symbols.elf.ByteReader;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A DWARF expression stack machine (DWARF 5 section 2.5) with the location description
 * operations of section 2.6: register, memory, implicit, composite (pieces).
 * Evaluation is bounded in steps and stack depth, so hostile expressions cannot hang or grow.
 */
public final class ExpressionEvaluator {

    private static final int MAX_STEPS = 10_000;
    private static final int MAX_STACK = 1_000;

    /** Context the expression may need; any of these may be unavailable. */
    public interface Frame {
        TargetAccess target();

        /** The value of DW_AT_frame_base of the current function (for DW_OP_fbreg). */
        OptionalLong frameBase();

        /** The canonical frame address (for DW_OP_call_frame_cfa). */
        OptionalLong cfa();
    }

    /** The expression needs something the frame cannot provide (register, memory, CFA). */
    public static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String what) {
            super(what, null, false, false);
        }
    }

    private final int addressSize;
    private final CompilationUnit unit;

    public ExpressionEvaluator(int addressSize, CompilationUnit unit) {
        this.addressSize = addressSize;
        this.unit = unit;
    }

    /** Evaluates a location description. */
    public Location location(byte[] expression, Frame frame, long... initialStack) throws Unavailable {
        return run(expression, frame, initialStack, true);
    }

    /** Evaluates a DWARF expression for its value (e.g. a CFA rule or a frame base). */
    public long value(byte[] expression, Frame frame, long... initialStack) throws Unavailable {
        Location l = run(expression, frame, initialStack, false);
        Location.Piece p = l.pieces().get(0);
        return switch (p.kind()) {
            case MEMORY, VALUE -> p.value();
            case REGISTER -> register(frame, (int) p.value());
            default -> throw new Unavailable("expression has no value");
        };
    }

    private Location run(byte[] expression, Frame frame, long[] initial, boolean wantLocation) throws Unavailable {
        ByteReader r = new ByteReader(ByteBuffer.wrap(expression), "DWARF expression");
        long[] stack = new long[16];
        int sp = 0;
        for (long v : initial) {
            stack[sp++] = v;
        }
        List<Location.Piece> pieces = new ArrayList<>();
        // The location the current piece (or whole object) has, set by reg/stack_value/implicit ops.
        Location.Piece pending = null;
        int steps = 0;
        long mask = addressSize == 4 ? 0xffffffffL : -1L;
        while (!r.atEnd()) {
            if (++steps > MAX_STEPS) {
                throw r.fail("DWARF expression runs more than " + MAX_STEPS + " steps");
            }
            if (sp >= stack.length - 2) {
                if (stack.length >= MAX_STACK) {
                    throw r.fail("DWARF expression stack overflow");
                }
                stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            }
            int op = r.u8();
            if (op >= 0x30 && op <= 0x4f) {
                stack[sp++] = op - 0x30;
                continue;
            }
            if (op >= 0x50 && op <= 0x6f) {
                pending = new Location.Piece(Location.Kind.REGISTER, op - 0x50, null, 0, 0);
                continue;
            }
            if (op >= 0x70 && op <= 0x8f) {
                stack[sp++] = register(frame, op - 0x70) + r.sleb();
                continue;
            }
            switch (op) {
                case 0x03 -> stack[sp++] = r.unsigned(addressSize);
                case 0x06 -> {
                    need(r, sp, 1);
                    stack[sp - 1] = readMemory(frame, stack[sp - 1], addressSize);
                }
                case 0x08 -> stack[sp++] = r.u8();
                case 0x09 -> stack[sp++] = (byte) r.u8();
                case 0x0a -> stack[sp++] = r.u16();
                case 0x0b -> stack[sp++] = (short) r.u16();
                case 0x0c -> stack[sp++] = r.u32();
                case 0x0d -> stack[sp++] = r.s32();
                case 0x0e, 0x0f -> stack[sp++] = r.u64();
                case 0x10 -> stack[sp++] = r.uleb();
                case 0x11 -> stack[sp++] = r.sleb();
                case 0x12 -> {
                    need(r, sp, 1);
                    stack[sp] = stack[sp - 1];
                    sp++;
                }
                case 0x13 -> {
                    need(r, sp, 1);
                    sp--;
                }
                case 0x14 -> {
                    need(r, sp, 2);
                    stack[sp] = stack[sp - 2];
                    sp++;
                }
                case 0x15 -> {
                    int i = r.u8();
                    need(r, sp, i + 1);
                    stack[sp] = stack[sp - 1 - i];
                    sp++;
                }
                case 0x16 -> {
                    need(r, sp, 2);
                    long t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - 2];
                    stack[sp - 2] = t;
                }
                case 0x17 -> {
                    need(r, sp, 3);
                    long t = stack[sp - 1];
                    stack[sp - 1] = stack[sp - 2];
                    stack[sp - 2] = stack[sp - 3];
                    stack[sp - 3] = t;
                }
                case 0x19 -> {
                    need(r, sp, 1);
                    stack[sp - 1] = Math.abs(stack[sp - 1]);
                }
                case 0x1f -> {
                    need(r, sp, 1);
                    stack[sp - 1] = -stack[sp - 1];
                }
                case 0x20 -> {
                    need(r, sp, 1);
                    stack[sp - 1] = ~stack[sp - 1];
                }
                case 0x23 -> {
                    need(r, sp, 1);
                    stack[sp - 1] += r.uleb();
                }
                case 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x21, 0x22, 0x24, 0x25, 0x26, 0x27, 0x29, 0x2a, 0x2b, 0x2c, 0x2d, 0x2e -> {
                    need(r, sp, 2);
                    long b = stack[--sp];
                    long a = stack[sp - 1];
                    stack[sp - 1] = binary(r, op, a, b);
                }
                case 0x28 -> {
                    need(r, sp, 1);
                    int offset = (short) r.u16();
                    if (stack[--sp] != 0) {
                        r.at(r.position() + offset);
                    }
                }
                case 0x2f -> {
                    int offset = (short) r.u16();
                    r.at(r.position() + offset);
                }
                case 0x90 -> pending = new Location.Piece(Location.Kind.REGISTER, r.uleb(), null, 0, 0);
                case 0x91 -> {
                    long offset = r.sleb();
                    OptionalLong base = frame.frameBase();
                    if (base.isEmpty()) {
                        throw new Unavailable("frame base");
                    }
                    stack[sp++] = base.getAsLong() + offset;
                }
                case 0x92 -> {
                    int reg = (int) r.uleb();
                    stack[sp++] = register(frame, reg) + r.sleb();
                }
                case 0x93, 0x9d -> {
                    long bits = op == 0x93 ? r.uleb() * 8 : r.uleb();
                    long bitOffset = op == 0x9d ? r.uleb() : 0;
                    Location.Piece p;
                    if (pending != null) {
                        p = new Location.Piece(pending.kind(), pending.value(), pending.bytes(), bits, bitOffset);
                    } else if (sp > 0) {
                        p = new Location.Piece(Location.Kind.MEMORY, stack[--sp] & mask, null, bits, bitOffset);
                    } else {
                        p = new Location.Piece(Location.Kind.UNAVAILABLE, 0, null, bits, bitOffset);
                    }
                    pieces.add(p);
                    pending = null;
                }
                case 0x94 -> {
                    int size = r.u8();
                    need(r, sp, 1);
                    stack[sp - 1] = readMemory(frame, stack[sp - 1], size);
                }
                case 0x96 -> {
                }
                case 0x9c -> {
                    OptionalLong cfa = frame.cfa();
                    if (cfa.isEmpty()) {
                        throw new Unavailable("canonical frame address");
                    }
                    stack[sp++] = cfa.getAsLong();
                }
                case 0x9e -> pending = new Location.Piece(Location.Kind.IMPLICIT, 0, r.bytes(r.uleb()), 0, 0);
                case 0x9f -> {
                    need(r, sp, 1);
                    pending = new Location.Piece(Location.Kind.VALUE, stack[--sp], null, 0, 0);
                }
                case 0xa1, 0xa2 -> {
                    if (unit == null) {
                        throw new Unavailable("address index without a unit");
                    }
                    stack[sp++] = unit.indexedAddress(r.uleb());
                }
                case 0xa0, 0xf2 -> {
                    r.skip(unit == null || unit.version <= 2 ? addressSize : unit.offsetSize);
                    r.sleb();
                    pending = new Location.Piece(Location.Kind.UNAVAILABLE, 0, null, 0, 0);
                }
                case 0xa3, 0xf3 -> throw new Unavailable("entry value of a parameter");
                default -> throw r.fail(r.position() - 1, "unsupported DWARF operation 0x" + Integer.toHexString(op));
            }
        }
        if (!pieces.isEmpty()) {
            return new Location(pieces);
        }
        if (pending != null) {
            return new Location(List.of(pending));
        }
        if (sp == 0) {
            // An empty expression: the object is optimized out (DWARF 5 section 2.6.1.1.1).
            return Location.unavailable();
        }
        long top = stack[sp - 1];
        return new Location(List.of(new Location.Piece(wantLocation ? Location.Kind.MEMORY : Location.Kind.VALUE,
                wantLocation ? top & mask : top, null, 0, 0)));
    }

    private static void need(ByteReader r, int sp, int n) {
        if (sp < n) {
            throw r.fail("DWARF expression stack underflow");
        }
    }

    private static long binary(ByteReader r, int op, long a, long b) {
        return switch (op) {
            case 0x1a -> a & b;
            case 0x1b -> {
                if (b == 0) {
                    throw r.fail("DWARF expression divides by zero");
                }
                yield a / b;
            }
            case 0x1c -> a - b;
            case 0x1d -> {
                if (b == 0) {
                    throw r.fail("DWARF expression divides by zero");
                }
                yield Long.remainderUnsigned(a, b);
            }
            case 0x1e -> a * b;
            case 0x21 -> a | b;
            case 0x22 -> a + b;
            case 0x24 -> b >= 64 ? 0 : a << b;
            case 0x25 -> b >= 64 ? 0 : a >>> b;
            case 0x26 -> a >> Math.min(b, 63);
            case 0x27 -> a ^ b;
            case 0x29 -> a == b ? 1 : 0;
            case 0x2a -> a >= b ? 1 : 0;
            case 0x2b -> a > b ? 1 : 0;
            case 0x2c -> a <= b ? 1 : 0;
            case 0x2d -> a < b ? 1 : 0;
            case 0x2e -> a != b ? 1 : 0;
            default -> throw new BadDataException("DWARF expression", 0, "not a binary operation");
        };
    }

    private static long register(Frame frame, int reg) throws Unavailable {
        OptionalLong v = frame.target().register(reg);
        if (v.isEmpty()) {
            throw new Unavailable("register " + TargetAccess.registerName(reg));
        }
        return v.getAsLong();
    }

    private static long readMemory(Frame frame, long address, int size) throws Unavailable {
        if (size < 1 || size > 8) {
            throw new Unavailable("memory read of " + size + " bytes");
        }
        byte[] b = new byte[size];
        if (!frame.target().read(address, b)) {
            throw new Unavailable(String.format("memory at 0x%x", address));
        }
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }
}
