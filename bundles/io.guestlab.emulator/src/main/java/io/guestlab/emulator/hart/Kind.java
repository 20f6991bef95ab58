package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * Small integer codes for the instructions the interpreter executes inline (RV64IM, loads,
 * stores, branches): switching on an int held in the decoded page is cheaper than switching on
 * an enum. Everything else is {@link #FLOAT}, {@link #BITS} or {@link #OTHER} and dispatched on its {@link Insn}. 0 is never a
 * kind (an all-zero packed slot means "not decoded"). Derived from the ISA table at decode time, never the other way round.
 */
final class Kind {

    // Numbered by how often a Linux boot runs each interpreted (ADDI, LD, SD, ADD first; FLOAT
    // and BITS, which the kernel does not run, about where their instructions rank in guests
    // that do): HotSpot's C1, which compiles the interpreter, turns a switch into compares in
    // the order of the values, so a kind costs about as many compares as its number (measured
    // on a 64-case switch: 0.9 ns for the first case, 8.8 ns for the last); the interpreter
    // splits its switch at 12, 24 and 40 (Hart#runBlock), so a kind costs at most 3 compares
    // more than its place in its quarter. Code asks isBranch, never for a range of numbers.
    static final int ADDI = 1;
    static final int LD = 2;
    static final int SD = 3;
    static final int ADD = 4;
    static final int ADDIW = 5;
    static final int JAL = 6;
    static final int OR = 7;
    static final int SLLIW = 8;
    static final int ADDW = 9;
    static final int BEQ = 10;
    static final int BNE = 11;
    static final int LBU = 12;
    static final int JALR = 13;
    static final int LW = 14;
    static final int SRLIW = 15;
    static final int XOR = 16;
    static final int AUIPC = 17;
    static final int ANDI = 18;
    static final int SLLI = 19;
    static final int SW = 20;
    /** Everything executed out of line (system instructions, A): 1% of what a Linux boot interprets. */
    static final int OTHER = 21;
    /** F and D instructions: executed out of line, but inside a {@link Block} (they never change control flow). */
    static final int FLOAT = 22;
    static final int LUI = 23;
    static final int BLTU = 24;
    static final int SRLI = 25;
    static final int AND = 26;
    static final int BGEU = 27;
    static final int BLT = 28;
    static final int SUB = 29;
    static final int SB = 30;
    static final int LHU = 31;
    static final int BGE = 32;
    static final int SH = 33;
    static final int MUL = 34;
    static final int SUBW = 35;
    static final int SRAIW = 36;
    static final int SLTU = 37;
    static final int XORI = 38;
    static final int SRAI = 39;
    static final int SRL = 40;
    static final int ORI = 41;
    /** Zba, Zbb, Zbc and Zbs: pure functions of rs1 and rs2 or a shift amount ({@link BitManip}), inside a {@link Block}. */
    static final int BITS = 42;
    static final int LB = 43;
    static final int LH = 44;
    static final int LWU = 45;
    static final int SLTI = 46;
    static final int SLTIU = 47;
    static final int SLL = 48;
    static final int SLT = 49;
    static final int SRA = 50;
    static final int SLLW = 51;
    static final int SRLW = 52;
    static final int SRAW = 53;
    static final int MULW = 54;
    static final int MULH = 55;
    static final int MULHSU = 56;
    static final int MULHU = 57;
    static final int DIV = 58;
    static final int DIVU = 59;
    static final int REM = 60;
    static final int REMU = 61;
    static final int DIVW = 62;
    static final int DIVUW = 63;
    static final int REMW = 64;
    static final int REMUW = 65;

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
        return kind == JAL || kind == JALR || isBranch(kind) || kind == OTHER;
    }

    /** A computation on x registers alone (RV64IM, Zb*, LUI, AUIPC): it neither traps, accesses memory nor leaves its block. */
    static boolean isArithmetic(int kind) {
        return !(endsBlock(kind) || kind == FLOAT || kind == LB || kind == LH || kind == LW || kind == LD
                || kind == LBU || kind == LHU || kind == LWU || kind == SB || kind == SH || kind == SW || kind == SD);
    }

    /** BEQ, BNE, BLT, BGE, BLTU or BGEU. */
    static boolean isBranch(int kind) {
        return kind == BEQ || kind == BNE || kind == BLT || kind == BGE || kind == BLTU || kind == BGEU;
    }
}
