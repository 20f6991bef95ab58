package io.guestlab.emulator.isa;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes instruction bits by matching them against the tables {@link Insn} and
 * {@link CompressedInsn}. Decoding is not on the hot path (harts cache decoded instructions),
 * so it favours being obviously derived from the tables over raw speed.
 */
public final class Decoder {

    /** Candidate 32-bit instructions per major opcode, bits [6:2]. */
    private static final Insn[][] BY_OPCODE = new Insn[32][];

    static {
        List<List<Insn>> buckets = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Insn insn : Insn.all()) {
            buckets.get((insn.match() >>> 2) & 31).add(insn);
        }
        for (int i = 0; i < 32; i++) {
            BY_OPCODE[i] = buckets.get(i).toArray(new Insn[0]);
        }
    }

    private Decoder() {
    }

    /** The length in bytes (2 or 4) of the instruction whose low 16 bits are {@code low}. */
    public static int length(int low) {
        return (low & 3) == 3 ? 4 : 2;
    }

    /**
     * Decodes one instruction. For a compressed one only the low 16 bits of {@code bits} are used.
     * Returns null for an illegal or reserved encoding (and for encodings of 48 bits or more).
     */
    public static Decoded decode(int bits) {
        if ((bits & 3) != 3) {
            return decodeCompressed(bits & 0xffff);
        }
        if ((bits & 0x1c) == 0x1c) {
            return null; // 48-bit and longer encodings (section 1.5): none are implemented
        }
        for (Insn insn : BY_OPCODE[(bits >>> 2) & 31]) {
            if (insn.matches(bits)) {
                return fields(insn, bits);
            }
        }
        return null;
    }

    private static Decoded fields(Insn insn, int bits) {
        int rd = (bits >>> 7) & 31;
        int rs1 = (bits >>> 15) & 31;
        int rs2 = (bits >>> 20) & 31;
        int rs3 = bits >>> 27;
        int rm = (bits >>> 12) & 7;
        int imm;
        switch (insn.format()) {
            case I -> imm = bits >> 20;
            case S -> imm = ((bits >> 25) << 5) | ((bits >>> 7) & 31);
            case B -> imm = ((bits >> 31) << 12) | (((bits >>> 7) & 1) << 11) | (((bits >>> 25) & 63) << 5)
                    | (((bits >>> 8) & 15) << 1);
            case U -> imm = bits & 0xfffff000;
            case J -> imm = ((bits >> 31) << 20) | (bits & 0xff000) | (((bits >>> 20) & 1) << 11)
                    | (((bits >>> 21) & 0x3ff) << 1);
            case SHIFT6 -> imm = (bits >>> 20) & 63;
            case SHIFT5 -> imm = (bits >>> 20) & 31;
            case CSR, CSRI, FENCE -> imm = bits >>> 20;
            default -> imm = 0;
        }
        return new Decoded(insn, rd, rs1, rs2, rs3, rm, imm, bits, 4, null);
    }

    private static Decoded decodeCompressed(int c) {
        for (CompressedInsn ci : CompressedInsn.all()) {
            if ((c & ci.mask()) == ci.match()) {
                return expand(ci, c);
            }
        }
        return null;
    }

    private static int bit(int c, int from, int to) {
        return ((c >>> from) & 1) << to;
    }

    private static int sext(int value, int width) {
        int shift = 32 - width;
        return (value << shift) >> shift;
    }

    /** Expands a compressed encoding to its 32-bit equivalent's fields (section 16.3-16.6). */
    private static Decoded expand(CompressedInsn ci, int c) {
        int rdFull = (c >>> 7) & 31;
        int rs2Full = (c >>> 2) & 31;
        int rdPrime = ((c >>> 2) & 7) + 8;
        int rs1Prime = ((c >>> 7) & 7) + 8;
        int imm6 = sext(bit(c, 12, 5) | ((c >>> 2) & 31), 6);
        int rd = 0;
        int rs1 = 0;
        int rs2 = 0;
        int imm = 0;
        switch (ci.layout()) {
            case ADDI4SPN -> {
                imm = (((c >>> 11) & 3) << 4) | (((c >>> 7) & 15) << 6) | bit(c, 6, 2) | bit(c, 5, 3);
                if (imm == 0) {
                    return null; // includes the all-zero defined-illegal instruction
                }
                rd = rdPrime;
                rs1 = 2;
            }
            case LOAD_W, STORE_W -> {
                imm = (((c >>> 10) & 7) << 3) | bit(c, 6, 2) | bit(c, 5, 6);
                rd = rdPrime;
                rs2 = rdPrime;
                rs1 = rs1Prime;
            }
            case LOAD_D, STORE_D -> {
                imm = (((c >>> 10) & 7) << 3) | (((c >>> 5) & 3) << 6);
                rd = rdPrime;
                rs2 = rdPrime;
                rs1 = rs1Prime;
            }
            case IMM6 -> {
                rd = rdFull;
                rs1 = rdFull;
                imm = imm6;
            }
            case IMM6_NONZERO_RD -> {
                if (rdFull == 0) {
                    return null;
                }
                rd = rdFull;
                rs1 = rdFull;
                imm = imm6;
            }
            case LI -> {
                rd = rdFull;
                imm = imm6;
            }
            case ADDI16SP -> {
                imm = sext(bit(c, 12, 9) | bit(c, 6, 4) | bit(c, 5, 6) | (((c >>> 3) & 3) << 7) | bit(c, 2, 5), 10);
                if (imm == 0) {
                    return null;
                }
                rd = 2;
                rs1 = 2;
            }
            case LUI -> {
                imm = imm6 << 12;
                if (imm == 0) {
                    return null;
                }
                rd = rdFull;
            }
            case SHIFT_PRIME -> {
                rd = rs1Prime;
                rs1 = rs1Prime;
                imm = bit(c, 12, 5) | ((c >>> 2) & 31);
            }
            case ANDI -> {
                rd = rs1Prime;
                rs1 = rs1Prime;
                imm = imm6;
            }
            case ARITH -> {
                rd = rs1Prime;
                rs1 = rs1Prime;
                rs2 = rdPrime;
            }
            case JUMP -> imm = sext(bit(c, 12, 11) | bit(c, 11, 4) | (((c >>> 9) & 3) << 8) | bit(c, 8, 10)
                    | bit(c, 7, 6) | bit(c, 6, 7) | (((c >>> 3) & 7) << 1) | bit(c, 2, 5), 12);
            case BRANCH -> {
                rs1 = rs1Prime;
                imm = sext(bit(c, 12, 8) | (((c >>> 10) & 3) << 3) | (((c >>> 5) & 3) << 6)
                        | (((c >>> 3) & 3) << 1) | bit(c, 2, 5), 9);
            }
            case SHIFT_FULL -> {
                rd = rdFull;
                rs1 = rdFull;
                imm = bit(c, 12, 5) | ((c >>> 2) & 31);
            }
            case LOAD_SP_W -> {
                if (rdFull == 0) {
                    return null;
                }
                rd = rdFull;
                rs1 = 2;
                imm = bit(c, 12, 5) | (((c >>> 4) & 7) << 2) | (((c >>> 2) & 3) << 6);
            }
            case LOAD_SP_D -> {
                if (rdFull == 0 && ci != CompressedInsn.C_FLDSP) {
                    return null;
                }
                rd = rdFull;
                rs1 = 2;
                imm = bit(c, 12, 5) | (((c >>> 5) & 3) << 3) | (((c >>> 2) & 7) << 6);
            }
            case JR -> {
                if (rdFull == 0) {
                    return null;
                }
                rs1 = rdFull;
            }
            case MV -> {
                rd = rdFull;
                rs2 = rs2Full;
            }
            case JALR -> {
                rd = 1;
                rs1 = rdFull;
            }
            case ADD -> {
                rd = rdFull;
                rs1 = rdFull;
                rs2 = rs2Full;
            }
            case STORE_SP_W -> {
                rs1 = 2;
                rs2 = rs2Full;
                imm = (((c >>> 9) & 15) << 2) | (((c >>> 7) & 3) << 6);
            }
            case STORE_SP_D -> {
                rs1 = 2;
                rs2 = rs2Full;
                imm = (((c >>> 10) & 7) << 3) | (((c >>> 7) & 7) << 6);
            }
            case NONE -> {
            }
        }
        return new Decoded(ci.expansion(), rd, rs1, rs2, 0, 0, imm, c, 2, ci);
    }
}
