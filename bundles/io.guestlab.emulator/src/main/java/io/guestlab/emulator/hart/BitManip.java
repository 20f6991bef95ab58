package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * The bit-manipulation instructions of Zba, Zbb, Zbc and Zbs (Bit-Manipulation ISA-extensions
 * 1.0.0, chapter 5), which QEMU 7.2's default CPU has and its device tree names, as pure
 * functions of their operands. Word forms sign-extend their 32-bit result to 64 bits.
 * {@link BitManipCode} gives translated code the same operations as JVM instructions.
 */
final class BitManip {

    private BitManip() {
    }

    /** The value {@code op} writes to rd, from rs1's value {@code a}, rs2's {@code b} and the shift amount {@code shamt}. */
    static long execute(Insn op, long a, long b, int shamt) {
        return switch (op) {
            case ADD_UW -> (a & 0xFFFF_FFFFL) + b;
            case SH1ADD -> (a << 1) + b;
            case SH2ADD -> (a << 2) + b;
            case SH3ADD -> (a << 3) + b;
            case SH1ADD_UW -> ((a & 0xFFFF_FFFFL) << 1) + b;
            case SH2ADD_UW -> ((a & 0xFFFF_FFFFL) << 2) + b;
            case SH3ADD_UW -> ((a & 0xFFFF_FFFFL) << 3) + b;
            case SLLI_UW -> (a & 0xFFFF_FFFFL) << shamt;
            case ANDN -> a & ~b;
            case ORN -> a | ~b;
            case XNOR -> ~(a ^ b);
            case CLZ -> Long.numberOfLeadingZeros(a);
            case CLZW -> Integer.numberOfLeadingZeros((int) a);
            case CTZ -> Long.numberOfTrailingZeros(a);
            case CTZW -> Integer.numberOfTrailingZeros((int) a);
            case CPOP -> Long.bitCount(a);
            case CPOPW -> Integer.bitCount((int) a);
            case MAX -> Math.max(a, b);
            case MAXU -> maxu(a, b);
            case MIN -> Math.min(a, b);
            case MINU -> minu(a, b);
            case SEXT_B -> (byte) a;
            case SEXT_H -> (short) a;
            case ZEXT_H -> a & 0xFFFF;
            case ROL -> Long.rotateLeft(a, (int) b);
            case ROLW -> Integer.rotateLeft((int) a, (int) b);
            case ROR -> Long.rotateRight(a, (int) b);
            case RORW -> Integer.rotateRight((int) a, (int) b);
            case RORI -> Long.rotateRight(a, shamt);
            case RORIW -> Integer.rotateRight((int) a, shamt);
            case ORC_B -> orCombineBytes(a);
            case REV8 -> Long.reverseBytes(a);
            case CLMUL -> carrylessMultiply(a, b, 0);
            case CLMULH -> carrylessMultiply(a, b, 64);
            case CLMULR -> carrylessMultiply(a, b, 63);
            case BCLR -> a & ~(1L << b);
            case BCLRI -> a & ~(1L << shamt);
            case BEXT -> (a >>> b) & 1;
            case BEXTI -> (a >>> shamt) & 1;
            case BINV -> a ^ (1L << b);
            case BINVI -> a ^ (1L << shamt);
            case BSET -> a | (1L << b);
            case BSETI -> a | (1L << shamt);
            default -> throw new IllegalArgumentException(op + " is not a bit-manipulation instruction");
        };
    }

    static long maxu(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long minu(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    /** orc.b: each byte becomes all ones if any of its bits is set, else zero. */
    static long orCombineBytes(long a) {
        long result = 0;
        for (int i = 0; i < 64; i += 8) {
            if (((a >>> i) & 0xFF) != 0) {
                result |= 0xFFL << i;
            }
        }
        return result;
    }

    /**
     * Bits [shift, shift + 64) of the 128-bit carry-less product of {@code a} and {@code b}:
     * shift 0 is clmul, 64 clmulh, 63 clmulr (chapter 5, clmul*).
     */
    static long carrylessMultiply(long a, long b, int shift) {
        long result = 0;
        for (int i = 0; i < 64; i++) {
            if (((b >>> i) & 1) != 0) {
                // a << i contributes bits [i, i + 64) of the product; keep those in the window
                int offset = i - shift;
                if (offset >= 0) {
                    result ^= offset < 64 ? a << offset : 0;
                } else if (offset > -64) {
                    result ^= a >>> -offset;
                }
            }
        }
        return result;
    }
}
