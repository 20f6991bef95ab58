package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * Small integer codes for the instructions the interpreter executes inline (RV64IM, loads,
 * stores, branches): switching on an int held in the decoded page is cheaper than switching on
 * an enum. Everything else is {@link #FLOAT}, {@link #BITS} or {@link #OTHER} and dispatched on its {@link Insn}. 0 is never a
 * kind (an all-zero packed slot means "not decoded"). Derived from the ISA table at decode time, never the other way round.
 */
final class Kind {

    static final int LUI = 1;
    static final int AUIPC = 2;
    static final int JAL = 3;
    static final int JALR = 4;
    static final int BEQ = 5;
    static final int BNE = 6;
    static final int BLT = 7;
    static final int BGE = 8;
    static final int BLTU = 9;
    static final int BGEU = 10;
    static final int LB = 11;
    static final int LH = 12;
    static final int LW = 13;
    static final int LD = 14;
    static final int LBU = 15;
    static final int LHU = 16;
    static final int LWU = 17;
    static final int SB = 18;
    static final int SH = 19;
    static final int SW = 20;
    static final int SD = 21;
    static final int ADDI = 22;
    static final int SLTI = 23;
    static final int SLTIU = 24;
    static final int XORI = 25;
    static final int ORI = 26;
    static final int ANDI = 27;
    static final int SLLI = 28;
    static final int SRLI = 29;
    static final int SRAI = 30;
    static final int ADD = 31;
    static final int SUB = 32;
    static final int SLL = 33;
    static final int SLT = 34;
    static final int SLTU = 35;
    static final int XOR = 36;
    static final int SRL = 37;
    static final int SRA = 38;
    static final int OR = 39;
    static final int AND = 40;
    static final int ADDIW = 41;
    static final int SLLIW = 42;
    static final int SRLIW = 43;
    static final int SRAIW = 44;
    static final int ADDW = 45;
    static final int SUBW = 46;
    static final int SLLW = 47;
    static final int SRLW = 48;
    static final int SRAW = 49;
    static final int MUL = 50;
    static final int MULH = 51;
    static final int MULHSU = 52;
    static final int MULHU = 53;
    static final int DIV = 54;
    static final int DIVU = 55;
    static final int REM = 56;
    static final int REMU = 57;
    static final int MULW = 58;
    static final int DIVW = 59;
    static final int DIVUW = 60;
    static final int REMW = 61;
    static final int REMUW = 62;
    /** F and D instructions: executed out of line, but inside a {@link Block} (they never change control flow). */
    static final int FLOAT = 63;
    /** Zba, Zbb, Zbc and Zbs: pure functions of rs1 and rs2 or a shift amount ({@link BitManip}), inside a {@link Block}. */
    static final int BITS = 64;
    static final int OTHER = 127;

    private Kind() {
    }

    static byte of(Insn insn) {
        return (byte) switch (insn) {
            case LUI -> LUI;
            case AUIPC -> AUIPC;
            case JAL -> JAL;
            case JALR -> JALR;
            case BEQ -> BEQ;
            case BNE -> BNE;
            case BLT -> BLT;
            case BGE -> BGE;
            case BLTU -> BLTU;
            case BGEU -> BGEU;
            case LB -> LB;
            case LH -> LH;
            case LW -> LW;
            case LD -> LD;
            case LBU -> LBU;
            case LHU -> LHU;
            case LWU -> LWU;
            case SB -> SB;
            case SH -> SH;
            case SW -> SW;
            case SD -> SD;
            case ADDI -> ADDI;
            case SLTI -> SLTI;
            case SLTIU -> SLTIU;
            case XORI -> XORI;
            case ORI -> ORI;
            case ANDI -> ANDI;
            case SLLI -> SLLI;
            case SRLI -> SRLI;
            case SRAI -> SRAI;
            case ADD -> ADD;
            case SUB -> SUB;
            case SLL -> SLL;
            case SLT -> SLT;
            case SLTU -> SLTU;
            case XOR -> XOR;
            case SRL -> SRL;
            case SRA -> SRA;
            case OR -> OR;
            case AND -> AND;
            case ADDIW -> ADDIW;
            case SLLIW -> SLLIW;
            case SRLIW -> SRLIW;
            case SRAIW -> SRAIW;
            case ADDW -> ADDW;
            case SUBW -> SUBW;
            case SLLW -> SLLW;
            case SRLW -> SRLW;
            case SRAW -> SRAW;
            case MUL -> MUL;
            case MULH -> MULH;
            case MULHSU -> MULHSU;
            case MULHU -> MULHU;
            case DIV -> DIV;
            case DIVU -> DIVU;
            case REM -> REM;
            case REMU -> REMU;
            case MULW -> MULW;
            case DIVW -> DIVW;
            case DIVUW -> DIVUW;
            case REMW -> REMW;
            case REMUW -> REMUW;
            default -> insn.isFloatingPoint() ? FLOAT : insn.isBitManipulation() ? BITS : OTHER;
        };
    }

    /** True for the kinds a {@link Block} ends with: those that may change control flow or the hart's mode. */
    static boolean endsBlock(int kind) {
        return kind == JAL || kind == JALR || (kind >= BEQ && kind <= BGEU) || kind == OTHER;
    }
}
