package io.guestlab.emulator.hart;

import static org.objectweb.asm.Opcodes.*;

import io.guestlab.emulator.isa.Insn;

import org.objectweb.asm.MethodVisitor;

/**
 * The Zba, Zbb, Zbc and Zbs instructions as JVM bytecode for {@link RegionCompiler}: each
 * computes what {@link BitManip#execute} computes, mostly as the JVM operations (or intrinsics:
 * bit counts, rotations, byte reversal) HotSpot turns into the host's own instructions; orc.b and
 * the carry-less products call BitManip's code.
 */
final class BitManipCode {

    private static final String BITS = "io/guestlab/emulator/hart/BitManip";
    private static final long WORD = 0xFFFF_FFFFL;

    private BitManipCode() {
    }

    /**
     * Replaces rs1's value (and rs2's after it, if {@link Insn#readsRs2}) on the operand stack by
     * the long {@code op} writes to rd; {@code shamt} is the immediate shift amount.
     */
    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    static void emit(MethodVisitor mv, Insn op, int shamt) {
        switch (op) {
            case ADD_UW -> { swapLongs(mv); word(mv); mv.visitInsn(LADD); }
            case SH1ADD, SH2ADD, SH3ADD -> { swapLongs(mv); shiftLeft(mv, shAmount(op)); mv.visitInsn(LADD); }
            case SH1ADD_UW, SH2ADD_UW, SH3ADD_UW -> { swapLongs(mv); word(mv); shiftLeft(mv, shAmount(op)); mv.visitInsn(LADD); }
            case SLLI_UW -> { word(mv); shiftLeft(mv, shamt); }
            case ANDN -> { not(mv); mv.visitInsn(LAND); }
            case ORN -> { not(mv); mv.visitInsn(LOR); }
            case XNOR -> { mv.visitInsn(LXOR); not(mv); }
            case CLZ -> longToInt(mv, "java/lang/Long", "numberOfLeadingZeros");
            case CTZ -> longToInt(mv, "java/lang/Long", "numberOfTrailingZeros");
            case CPOP -> longToInt(mv, "java/lang/Long", "bitCount");
            case CLZW -> wordToInt(mv, "numberOfLeadingZeros");
            case CTZW -> wordToInt(mv, "numberOfTrailingZeros");
            case CPOPW -> wordToInt(mv, "bitCount");
            case MAX -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(JJ)J", false);
            case MIN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(JJ)J", false);
            case MAXU -> mv.visitMethodInsn(INVOKESTATIC, BITS, "maxu", "(JJ)J", false);
            case MINU -> mv.visitMethodInsn(INVOKESTATIC, BITS, "minu", "(JJ)J", false);
            case SEXT_B -> { mv.visitInsn(L2I); mv.visitInsn(I2B); mv.visitInsn(I2L); }
            case SEXT_H -> { mv.visitInsn(L2I); mv.visitInsn(I2S); mv.visitInsn(I2L); }
            case ZEXT_H -> { RegionCompiler.pushLong(mv, 0xFFFFL); mv.visitInsn(LAND); }
            case ROL, ROR -> {
                mv.visitInsn(L2I);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", op == Insn.ROL ? "rotateLeft" : "rotateRight", "(JI)J", false);
            }
            case ROLW, RORW -> {
                mv.visitInsn(L2I); // a, (int) b -> (int) a, (int) b
                mv.visitInsn(DUP_X2);
                mv.visitInsn(POP);
                mv.visitInsn(L2I);
                mv.visitInsn(SWAP);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", op == Insn.ROLW ? "rotateLeft" : "rotateRight", "(II)I",
                        false);
                mv.visitInsn(I2L);
            }
            case RORI -> { RegionCompiler.push(mv, shamt); mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "rotateRight", "(JI)J", false); }
            case RORIW -> {
                mv.visitInsn(L2I);
                RegionCompiler.push(mv, shamt);
                mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "rotateRight", "(II)I", false);
                mv.visitInsn(I2L);
            }
            case ORC_B -> mv.visitMethodInsn(INVOKESTATIC, BITS, "orCombineBytes", "(J)J", false);
            case REV8 -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "reverseBytes", "(J)J", false);
            case CLMUL, CLMULH, CLMULR -> {
                RegionCompiler.push(mv, op == Insn.CLMUL ? 0 : op == Insn.CLMULH ? 64 : 63);
                mv.visitMethodInsn(INVOKESTATIC, BITS, "carrylessMultiply", "(JJI)J", false);
            }
            case BCLR -> { bit(mv); not(mv); mv.visitInsn(LAND); }
            case BINV -> { bit(mv); mv.visitInsn(LXOR); }
            case BSET -> { bit(mv); mv.visitInsn(LOR); }
            case BEXT -> { mv.visitInsn(L2I); mv.visitInsn(LUSHR); mv.visitInsn(LCONST_1); mv.visitInsn(LAND); }
            case BCLRI -> { RegionCompiler.pushLong(mv, ~(1L << shamt)); mv.visitInsn(LAND); }
            case BINVI -> { RegionCompiler.pushLong(mv, 1L << shamt); mv.visitInsn(LXOR); }
            case BSETI -> { RegionCompiler.pushLong(mv, 1L << shamt); mv.visitInsn(LOR); }
            case BEXTI -> { RegionCompiler.push(mv, shamt); mv.visitInsn(LUSHR); mv.visitInsn(LCONST_1); mv.visitInsn(LAND); }
            default -> throw new IllegalArgumentException(op + " is not a bit-manipulation instruction");
        }
    }

    private static int shAmount(Insn op) {
        return switch (op) {
            case SH1ADD, SH1ADD_UW -> 1;
            case SH2ADD, SH2ADD_UW -> 2;
            default -> 3;
        };
    }

    /** a, b -> b, a (two longs). */
    private static void swapLongs(MethodVisitor mv) {
        mv.visitInsn(DUP2_X2);
        mv.visitInsn(POP2);
    }

    /** The low word, zero-extended. */
    private static void word(MethodVisitor mv) {
        RegionCompiler.pushLong(mv, WORD);
        mv.visitInsn(LAND);
    }

    private static void shiftLeft(MethodVisitor mv, int n) {
        RegionCompiler.push(mv, n);
        mv.visitInsn(LSHL);
    }

    private static void not(MethodVisitor mv) {
        RegionCompiler.pushLong(mv, -1L);
        mv.visitInsn(LXOR);
    }

    /** b -> 1L << (b & 63), the bit rs2 names (the JVM masks the shift as RV64 does). */
    private static void bit(MethodVisitor mv) {
        mv.visitInsn(L2I);
        mv.visitInsn(LCONST_1);
        mv.visitInsn(DUP2_X1);
        mv.visitInsn(POP2);
        mv.visitInsn(LSHL);
    }

    /** A static int function of a long ({@code owner.name(J)I}), widened back to a long. */
    private static void longToInt(MethodVisitor mv, String owner, String name) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, "(J)I", false);
        mv.visitInsn(I2L);
    }

    /** Integer.name of the low word, widened back to a long. */
    private static void wordToInt(MethodVisitor mv, String name) {
        mv.visitInsn(L2I);
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", name, "(I)I", false);
        mv.visitInsn(I2L);
    }
}
