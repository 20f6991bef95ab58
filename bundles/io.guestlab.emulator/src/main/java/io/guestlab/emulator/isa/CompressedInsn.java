package io.guestlab.emulator.isa;

/**
 * The RV64C compressed instructions declared as data: each entry is a 16-bit match/mask, the
 * layout of its operand fields ({@link Layout}) and the 32-bit {@link Insn} it expands to
 * (Unprivileged ISA 20191213, chapter 16, tables 16.5-16.7). Order matters: the first matching
 * entry wins, so special cases (c.addi16sp, c.jr, c.ebreak) precede the general ones.
 */
public enum CompressedInsn {
    C_ADDI4SPN("c.addi4spn", 0x0000, 0xe003, Layout.ADDI4SPN, Insn.ADDI),
    C_FLD("c.fld", 0x2000, 0xe003, Layout.LOAD_D, Insn.FLD),
    C_LW("c.lw", 0x4000, 0xe003, Layout.LOAD_W, Insn.LW),
    C_LD("c.ld", 0x6000, 0xe003, Layout.LOAD_D, Insn.LD),
    C_FSD("c.fsd", 0xa000, 0xe003, Layout.STORE_D, Insn.FSD),
    C_SW("c.sw", 0xc000, 0xe003, Layout.STORE_W, Insn.SW),
    C_SD("c.sd", 0xe000, 0xe003, Layout.STORE_D, Insn.SD),
    C_ADDI("c.addi", 0x0001, 0xe003, Layout.IMM6, Insn.ADDI),
    C_ADDIW("c.addiw", 0x2001, 0xe003, Layout.IMM6_NONZERO_RD, Insn.ADDIW),
    C_LI("c.li", 0x4001, 0xe003, Layout.LI, Insn.ADDI),
    C_ADDI16SP("c.addi16sp", 0x6101, 0xef83, Layout.ADDI16SP, Insn.ADDI),
    C_LUI("c.lui", 0x6001, 0xe003, Layout.LUI, Insn.LUI),
    C_SRLI("c.srli", 0x8001, 0xec03, Layout.SHIFT_PRIME, Insn.SRLI),
    C_SRAI("c.srai", 0x8401, 0xec03, Layout.SHIFT_PRIME, Insn.SRAI),
    C_ANDI("c.andi", 0x8801, 0xec03, Layout.ANDI, Insn.ANDI),
    C_SUB("c.sub", 0x8c01, 0xfc63, Layout.ARITH, Insn.SUB),
    C_XOR("c.xor", 0x8c21, 0xfc63, Layout.ARITH, Insn.XOR),
    C_OR("c.or", 0x8c41, 0xfc63, Layout.ARITH, Insn.OR),
    C_AND("c.and", 0x8c61, 0xfc63, Layout.ARITH, Insn.AND),
    C_SUBW("c.subw", 0x9c01, 0xfc63, Layout.ARITH, Insn.SUBW),
    C_ADDW("c.addw", 0x9c21, 0xfc63, Layout.ARITH, Insn.ADDW),
    C_J("c.j", 0xa001, 0xe003, Layout.JUMP, Insn.JAL),
    C_BEQZ("c.beqz", 0xc001, 0xe003, Layout.BRANCH, Insn.BEQ),
    C_BNEZ("c.bnez", 0xe001, 0xe003, Layout.BRANCH, Insn.BNE),
    C_SLLI("c.slli", 0x0002, 0xe003, Layout.SHIFT_FULL, Insn.SLLI),
    C_FLDSP("c.fldsp", 0x2002, 0xe003, Layout.LOAD_SP_D, Insn.FLD),
    C_LWSP("c.lwsp", 0x4002, 0xe003, Layout.LOAD_SP_W, Insn.LW),
    C_LDSP("c.ldsp", 0x6002, 0xe003, Layout.LOAD_SP_D, Insn.LD),
    C_JR("c.jr", 0x8002, 0xf07f, Layout.JR, Insn.JALR),
    C_MV("c.mv", 0x8002, 0xf003, Layout.MV, Insn.ADD),
    C_EBREAK("c.ebreak", 0x9002, 0xffff, Layout.NONE, Insn.EBREAK),
    C_JALR("c.jalr", 0x9002, 0xf07f, Layout.JALR, Insn.JALR),
    C_ADD("c.add", 0x9002, 0xf003, Layout.ADD, Insn.ADD),
    C_FSDSP("c.fsdsp", 0xa002, 0xe003, Layout.STORE_SP_D, Insn.FSD),
    C_SWSP("c.swsp", 0xc002, 0xe003, Layout.STORE_SP_W, Insn.SW),
    C_SDSP("c.sdsp", 0xe002, 0xe003, Layout.STORE_SP_D, Insn.SD);

    /** Where the operands of a compressed encoding live (section 16.2, figure 16.1). */
    public enum Layout {
        ADDI4SPN, LOAD_W, LOAD_D, STORE_W, STORE_D, IMM6, IMM6_NONZERO_RD, LI, ADDI16SP, LUI,
        SHIFT_PRIME, ANDI, ARITH, JUMP, BRANCH, SHIFT_FULL, LOAD_SP_W, LOAD_SP_D, JR, MV, JALR, ADD,
        STORE_SP_W, STORE_SP_D, NONE
    }

    private static final CompressedInsn[] VALUES = values();

    private final String mnemonic;
    private final int match;
    private final int mask;
    private final Layout layout;
    private final Insn expansion;

    CompressedInsn(String mnemonic, int match, int mask, Layout layout, Insn expansion) {
        this.mnemonic = mnemonic;
        this.match = match;
        this.mask = mask;
        this.layout = layout;
        this.expansion = expansion;
    }

    public String mnemonic() {
        return mnemonic;
    }

    public int match() {
        return match;
    }

    public int mask() {
        return mask;
    }

    public Layout layout() {
        return layout;
    }

    /** The 32-bit instruction this one is shorthand for. */
    public Insn expansion() {
        return expansion;
    }

    static CompressedInsn[] all() {
        return VALUES;
    }
}
