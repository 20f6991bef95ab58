package io.guestlab.emulator.hart;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of one JVM method being written: instructions (JVM Specification, chapter 6) with
 * constants going to the {@link ClassWriter}'s pool, and forward or backward branches to
 * {@link Label}s patched when the label is placed. Offsets are 16-bit, so a body stays under
 * 32 KiB (translated blocks are kept far smaller, under the size HotSpot still compiles).
 */
final class Bytecode {

    // opcodes used by the translator (section 6.5)
    static final int ICONST_0 = 0x03, LCONST_0 = 0x09, LCONST_1 = 0x0a, BIPUSH = 0x10, SIPUSH = 0x11, LDC_W = 0x13,
            LDC2_W = 0x14, ILOAD = 0x15, LLOAD = 0x16, ALOAD = 0x19, ISTORE = 0x36, LSTORE = 0x37, ASTORE = 0x3a,
            IALOAD = 0x2e, LALOAD = 0x2f, AALOAD = 0x32, BALOAD = 0x33, LASTORE = 0x50, BASTORE = 0x54,
            IADD = 0x60, LADD = 0x61, ISUB = 0x64, LSUB = 0x65, IMUL = 0x68, LMUL = 0x69, ISHL = 0x78, LSHL = 0x79, ISHR = 0x7a,
            LSHR = 0x7b, IUSHR = 0x7c, LUSHR = 0x7d, IAND = 0x7e, LAND = 0x7f, LOR = 0x81, LXOR = 0x83, I2L = 0x85,
            L2I = 0x88, I2B = 0x91, I2S = 0x93, LCMP = 0x94, IFEQ = 0x99, IFNE = 0x9a, IFLT = 0x9b, IFGE = 0x9c,
            IF_ICMPLT = 0xa1, IF_ICMPGT = 0xa3, GOTO = 0xa7, IRETURN = 0xac, RETURN = 0xb1,
            GETFIELD = 0xb4, PUTFIELD = 0xb5, INVOKEVIRTUAL = 0xb6, INVOKESPECIAL = 0xb7, INVOKESTATIC = 0xb8;

    /** A position in the code, possibly not placed yet; branches to it are patched when it is. */
    static final class Label {
        private int position = -1;
        private final List<Integer> branches = new ArrayList<>(); // offsets of the opcode of each branch here
    }

    private final ClassWriter pool;
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();
    private byte[] patched;
    private final List<Label> labels = new ArrayList<>();
    private final int maxStack;
    private final int maxLocals;

    Bytecode(ClassWriter pool, int maxStack, int maxLocals) {
        this.pool = pool;
        this.maxStack = maxStack;
        this.maxLocals = maxLocals;
    }

    int size() {
        return code.size();
    }

    int maxStack() {
        return maxStack;
    }

    int maxLocals() {
        return maxLocals;
    }

    Bytecode op(int opcode) {
        code.write(opcode);
        return this;
    }

    private void u1(int v) {
        code.write(v);
    }

    private void u2(int v) {
        code.write(v >>> 8);
        code.write(v);
    }

    /** Pushes an int constant, in the shortest form. */
    Bytecode pushInt(int v) {
        if (v >= -1 && v <= 5) {
            op(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            op(BIPUSH);
            u1(v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            op(SIPUSH);
            u2(v);
        } else {
            op(LDC_W);
            u2(pool.intConstant(v));
        }
        return this;
    }

    /** Pushes a long constant. */
    Bytecode pushLong(long v) {
        if (v == 0 || v == 1) {
            return op(LCONST_0 + (int) v);
        }
        op(LDC2_W);
        u2(pool.longConstant(v));
        return this;
    }

    /** A local-variable instruction (iload, lload, aload, istore, lstore, astore) on slot {@code slot}. */
    Bytecode local(int opcode, int slot) {
        op(opcode);
        u1(slot);
        return this;
    }

    Bytecode field(int opcode, String owner, String name, String descriptor) {
        op(opcode);
        u2(pool.fieldRef(owner, name, descriptor));
        return this;
    }

    Bytecode invoke(int opcode, String owner, String name, String descriptor) {
        op(opcode);
        u2(pool.methodRef(owner, name, descriptor));
        return this;
    }

    /** A conditional branch or goto to {@code target}. */
    Bytecode branch(int opcode, Label target) {
        target.branches.add(code.size());
        if (!labels.contains(target)) {
            labels.add(target);
        }
        op(opcode);
        u2(0); // patched by bytes()
        return this;
    }

    /** Places {@code label} here. */
    Bytecode place(Label label) {
        if (label.position >= 0) {
            throw new IllegalStateException("label placed twice");
        }
        label.position = code.size();
        if (!labels.contains(label)) {
            labels.add(label);
        }
        return this;
    }

    /** The finished code, with every branch patched to its label. */
    byte[] bytes() {
        if (patched != null) {
            return patched;
        }
        byte[] b = code.toByteArray();
        for (Label l : labels) {
            for (int at : l.branches) {
                if (l.position < 0) {
                    throw new IllegalStateException("branch to a label never placed");
                }
                int offset = l.position - at;
                if (offset < Short.MIN_VALUE || offset > Short.MAX_VALUE) {
                    throw new IllegalStateException("branch offset out of range: " + offset);
                }
                b[at + 1] = (byte) (offset >>> 8);
                b[at + 2] = (byte) offset;
            }
        }
        patched = b;
        return b;
    }
}
