package io.guestlab.emulator.isa;

import static io.guestlab.emulator.isa.Format.*;

import java.util.List;

/**
 * The RV64GC instruction set declared as data: the one source of truth from which the decoder
 * tables ({@link Decoder}) and the disassembler ({@link Disassembler}) are both derived.
 * <p>
 * Each entry gives the GNU mnemonic, the match and mask bits of its 32-bit encoding, the
 * {@link Format} that says where the operand fields are, and the operand syntax the assembler
 * uses (tokens {@code rd rs1 rs2 frd frs1 frs2 frs3 imm imm(rs1) (rs1) target uimm shamt csr zimm
 * rm fence}). Compressed encodings are declared in {@link CompressedInsn} as expansions to these.
 * Encodings: RISC-V Unprivileged ISA 20191213, chapter 24 (instruction set listings), and the
 * Privileged ISA 20211203, section 9.1.
 */
public enum Insn {
    // RV64I (Volume I, chapters 2 and 5)
    LUI("lui", 0x00000037, 0x0000007f, U, "rd,uimm"),
    AUIPC("auipc", 0x00000017, 0x0000007f, U, "rd,uimm"),
    JAL("jal", 0x0000006f, 0x0000007f, J, "rd,target"),
    JALR("jalr", 0x00000067, 0x0000707f, I, "rd,imm(rs1)"),
    BEQ("beq", 0x00000063, 0x0000707f, B, "rs1,rs2,target"),
    BNE("bne", 0x00001063, 0x0000707f, B, "rs1,rs2,target"),
    BLT("blt", 0x00004063, 0x0000707f, B, "rs1,rs2,target"),
    BGE("bge", 0x00005063, 0x0000707f, B, "rs1,rs2,target"),
    BLTU("bltu", 0x00006063, 0x0000707f, B, "rs1,rs2,target"),
    BGEU("bgeu", 0x00007063, 0x0000707f, B, "rs1,rs2,target"),
    LB("lb", 0x00000003, 0x0000707f, I, "rd,imm(rs1)"),
    LH("lh", 0x00001003, 0x0000707f, I, "rd,imm(rs1)"),
    LW("lw", 0x00002003, 0x0000707f, I, "rd,imm(rs1)"),
    LD("ld", 0x00003003, 0x0000707f, I, "rd,imm(rs1)"),
    LBU("lbu", 0x00004003, 0x0000707f, I, "rd,imm(rs1)"),
    LHU("lhu", 0x00005003, 0x0000707f, I, "rd,imm(rs1)"),
    LWU("lwu", 0x00006003, 0x0000707f, I, "rd,imm(rs1)"),
    SB("sb", 0x00000023, 0x0000707f, S, "rs2,imm(rs1)"),
    SH("sh", 0x00001023, 0x0000707f, S, "rs2,imm(rs1)"),
    SW("sw", 0x00002023, 0x0000707f, S, "rs2,imm(rs1)"),
    SD("sd", 0x00003023, 0x0000707f, S, "rs2,imm(rs1)"),
    ADDI("addi", 0x00000013, 0x0000707f, I, "rd,rs1,imm"),
    SLTI("slti", 0x00002013, 0x0000707f, I, "rd,rs1,imm"),
    SLTIU("sltiu", 0x00003013, 0x0000707f, I, "rd,rs1,imm"),
    XORI("xori", 0x00004013, 0x0000707f, I, "rd,rs1,imm"),
    ORI("ori", 0x00006013, 0x0000707f, I, "rd,rs1,imm"),
    ANDI("andi", 0x00007013, 0x0000707f, I, "rd,rs1,imm"),
    SLLI("slli", 0x00001013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    SRLI("srli", 0x00005013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    SRAI("srai", 0x40005013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    ADD("add", 0x00000033, 0xfe00707f, R, "rd,rs1,rs2"),
    SUB("sub", 0x40000033, 0xfe00707f, R, "rd,rs1,rs2"),
    SLL("sll", 0x00001033, 0xfe00707f, R, "rd,rs1,rs2"),
    SLT("slt", 0x00002033, 0xfe00707f, R, "rd,rs1,rs2"),
    SLTU("sltu", 0x00003033, 0xfe00707f, R, "rd,rs1,rs2"),
    XOR("xor", 0x00004033, 0xfe00707f, R, "rd,rs1,rs2"),
    SRL("srl", 0x00005033, 0xfe00707f, R, "rd,rs1,rs2"),
    SRA("sra", 0x40005033, 0xfe00707f, R, "rd,rs1,rs2"),
    OR("or", 0x00006033, 0xfe00707f, R, "rd,rs1,rs2"),
    AND("and", 0x00007033, 0xfe00707f, R, "rd,rs1,rs2"),
    ADDIW("addiw", 0x0000001b, 0x0000707f, I, "rd,rs1,imm"),
    SLLIW("slliw", 0x0000101b, 0xfe00707f, SHIFT5, "rd,rs1,shamt"),
    SRLIW("srliw", 0x0000501b, 0xfe00707f, SHIFT5, "rd,rs1,shamt"),
    SRAIW("sraiw", 0x4000501b, 0xfe00707f, SHIFT5, "rd,rs1,shamt"),
    ADDW("addw", 0x0000003b, 0xfe00707f, R, "rd,rs1,rs2"),
    SUBW("subw", 0x4000003b, 0xfe00707f, R, "rd,rs1,rs2"),
    SLLW("sllw", 0x0000103b, 0xfe00707f, R, "rd,rs1,rs2"),
    SRLW("srlw", 0x0000503b, 0xfe00707f, R, "rd,rs1,rs2"),
    SRAW("sraw", 0x4000503b, 0xfe00707f, R, "rd,rs1,rs2"),
    FENCE("fence", 0x0000000f, 0x0000707f, Format.FENCE, "fence", 0xf00fffff),
    ECALL("ecall", 0x00000073, 0xffffffff, NONE, ""),
    EBREAK("ebreak", 0x00100073, 0xffffffff, NONE, ""),
    // Zifencei (chapter 3)
    FENCE_I("fence.i", 0x0000100f, 0x0000707f, NONE, "", 0xffffffff),
    // Zicsr (chapter 9)
    CSRRW("csrrw", 0x00001073, 0x0000707f, Format.CSR, "rd,csr,rs1"),
    CSRRS("csrrs", 0x00002073, 0x0000707f, Format.CSR, "rd,csr,rs1"),
    CSRRC("csrrc", 0x00003073, 0x0000707f, Format.CSR, "rd,csr,rs1"),
    CSRRWI("csrrwi", 0x00005073, 0x0000707f, CSRI, "rd,csr,zimm"),
    CSRRSI("csrrsi", 0x00006073, 0x0000707f, CSRI, "rd,csr,zimm"),
    CSRRCI("csrrci", 0x00007073, 0x0000707f, CSRI, "rd,csr,zimm"),
    // Privileged (Volume II, section 9.1)
    SRET("sret", 0x10200073, 0xffffffff, NONE, ""),
    MRET("mret", 0x30200073, 0xffffffff, NONE, ""),
    WFI("wfi", 0x10500073, 0xffffffff, NONE, ""),
    SFENCE_VMA("sfence.vma", 0x12000073, 0xfe007fff, R, "rs1,rs2"),
    // M (chapter 7)
    MUL("mul", 0x02000033, 0xfe00707f, R, "rd,rs1,rs2"),
    MULH("mulh", 0x02001033, 0xfe00707f, R, "rd,rs1,rs2"),
    MULHSU("mulhsu", 0x02002033, 0xfe00707f, R, "rd,rs1,rs2"),
    MULHU("mulhu", 0x02003033, 0xfe00707f, R, "rd,rs1,rs2"),
    DIV("div", 0x02004033, 0xfe00707f, R, "rd,rs1,rs2"),
    DIVU("divu", 0x02005033, 0xfe00707f, R, "rd,rs1,rs2"),
    REM("rem", 0x02006033, 0xfe00707f, R, "rd,rs1,rs2"),
    REMU("remu", 0x02007033, 0xfe00707f, R, "rd,rs1,rs2"),
    MULW("mulw", 0x0200003b, 0xfe00707f, R, "rd,rs1,rs2"),
    DIVW("divw", 0x0200403b, 0xfe00707f, R, "rd,rs1,rs2"),
    DIVUW("divuw", 0x0200503b, 0xfe00707f, R, "rd,rs1,rs2"),
    REMW("remw", 0x0200603b, 0xfe00707f, R, "rd,rs1,rs2"),
    REMUW("remuw", 0x0200703b, 0xfe00707f, R, "rd,rs1,rs2"),
    // Zba, Zbb, Zbc, Zbs (Bit-Manipulation ISA-extensions 1.0.0, chapter 5), as QEMU 7.2's rv64 has them
    ADD_UW("add.uw", 0x0800003b, 0xfe00707f, R, "rd,rs1,rs2"),
    SH1ADD("sh1add", 0x20002033, 0xfe00707f, R, "rd,rs1,rs2"),
    SH2ADD("sh2add", 0x20004033, 0xfe00707f, R, "rd,rs1,rs2"),
    SH3ADD("sh3add", 0x20006033, 0xfe00707f, R, "rd,rs1,rs2"),
    SH1ADD_UW("sh1add.uw", 0x2000203b, 0xfe00707f, R, "rd,rs1,rs2"),
    SH2ADD_UW("sh2add.uw", 0x2000403b, 0xfe00707f, R, "rd,rs1,rs2"),
    SH3ADD_UW("sh3add.uw", 0x2000603b, 0xfe00707f, R, "rd,rs1,rs2"),
    SLLI_UW("slli.uw", 0x0800101b, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    ANDN("andn", 0x40007033, 0xfe00707f, R, "rd,rs1,rs2"),
    ORN("orn", 0x40006033, 0xfe00707f, R, "rd,rs1,rs2"),
    XNOR("xnor", 0x40004033, 0xfe00707f, R, "rd,rs1,rs2"),
    CLZ("clz", 0x60001013, 0xfff0707f, R, "rd,rs1"),
    CLZW("clzw", 0x6000101b, 0xfff0707f, R, "rd,rs1"),
    CTZ("ctz", 0x60101013, 0xfff0707f, R, "rd,rs1"),
    CTZW("ctzw", 0x6010101b, 0xfff0707f, R, "rd,rs1"),
    CPOP("cpop", 0x60201013, 0xfff0707f, R, "rd,rs1"),
    CPOPW("cpopw", 0x6020101b, 0xfff0707f, R, "rd,rs1"),
    MAX("max", 0x0a006033, 0xfe00707f, R, "rd,rs1,rs2"),
    MAXU("maxu", 0x0a007033, 0xfe00707f, R, "rd,rs1,rs2"),
    MIN("min", 0x0a004033, 0xfe00707f, R, "rd,rs1,rs2"),
    MINU("minu", 0x0a005033, 0xfe00707f, R, "rd,rs1,rs2"),
    SEXT_B("sext.b", 0x60401013, 0xfff0707f, R, "rd,rs1"),
    SEXT_H("sext.h", 0x60501013, 0xfff0707f, R, "rd,rs1"),
    ZEXT_H("zext.h", 0x0800403b, 0xfff0707f, R, "rd,rs1"),
    ROL("rol", 0x60001033, 0xfe00707f, R, "rd,rs1,rs2"),
    ROLW("rolw", 0x6000103b, 0xfe00707f, R, "rd,rs1,rs2"),
    ROR("ror", 0x60005033, 0xfe00707f, R, "rd,rs1,rs2"),
    RORW("rorw", 0x6000503b, 0xfe00707f, R, "rd,rs1,rs2"),
    RORI("rori", 0x60005013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    RORIW("roriw", 0x6000501b, 0xfe00707f, SHIFT5, "rd,rs1,shamt"),
    ORC_B("orc.b", 0x28705013, 0xfff0707f, R, "rd,rs1"),
    REV8("rev8", 0x6b805013, 0xfff0707f, R, "rd,rs1"),
    CLMUL("clmul", 0x0a001033, 0xfe00707f, R, "rd,rs1,rs2"),
    CLMULR("clmulr", 0x0a002033, 0xfe00707f, R, "rd,rs1,rs2"),
    CLMULH("clmulh", 0x0a003033, 0xfe00707f, R, "rd,rs1,rs2"),
    BCLR("bclr", 0x48001033, 0xfe00707f, R, "rd,rs1,rs2"),
    BCLRI("bclri", 0x48001013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    BEXT("bext", 0x48005033, 0xfe00707f, R, "rd,rs1,rs2"),
    BEXTI("bexti", 0x48005013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    BINV("binv", 0x68001033, 0xfe00707f, R, "rd,rs1,rs2"),
    BINVI("binvi", 0x68001013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    BSET("bset", 0x28001033, 0xfe00707f, R, "rd,rs1,rs2"),
    BSETI("bseti", 0x28001013, 0xfc00707f, SHIFT6, "rd,rs1,shamt"),
    // A (chapter 8); aq/rl bits [26:25] are outside the mask and printed as a suffix
    LR_W("lr.w", 0x1000202f, 0xf9f0707f, R, "rd,(rs1)"),
    SC_W("sc.w", 0x1800202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOSWAP_W("amoswap.w", 0x0800202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOADD_W("amoadd.w", 0x0000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOXOR_W("amoxor.w", 0x2000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOAND_W("amoand.w", 0x6000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOOR_W("amoor.w", 0x4000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMIN_W("amomin.w", 0x8000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMAX_W("amomax.w", 0xa000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMINU_W("amominu.w", 0xc000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMAXU_W("amomaxu.w", 0xe000202f, 0xf800707f, R, "rd,rs2,(rs1)"),
    LR_D("lr.d", 0x1000302f, 0xf9f0707f, R, "rd,(rs1)"),
    SC_D("sc.d", 0x1800302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOSWAP_D("amoswap.d", 0x0800302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOADD_D("amoadd.d", 0x0000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOXOR_D("amoxor.d", 0x2000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOAND_D("amoand.d", 0x6000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOOR_D("amoor.d", 0x4000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMIN_D("amomin.d", 0x8000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMAX_D("amomax.d", 0xa000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMINU_D("amominu.d", 0xc000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    AMOMAXU_D("amomaxu.d", 0xe000302f, 0xf800707f, R, "rd,rs2,(rs1)"),
    // F (chapter 11)
    FLW("flw", 0x00002007, 0x0000707f, I, "frd,imm(rs1)"),
    FSW("fsw", 0x00002027, 0x0000707f, S, "frs2,imm(rs1)"),
    FMADD_S("fmadd.s", 0x00000043, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FMSUB_S("fmsub.s", 0x00000047, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FNMSUB_S("fnmsub.s", 0x0000004b, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FNMADD_S("fnmadd.s", 0x0000004f, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FADD_S("fadd.s", 0x00000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FSUB_S("fsub.s", 0x08000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FMUL_S("fmul.s", 0x10000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FDIV_S("fdiv.s", 0x18000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FSQRT_S("fsqrt.s", 0x58000053, 0xfff0007f, R, "frd,frs1,rm"),
    FSGNJ_S("fsgnj.s", 0x20000053, 0xfe00707f, R, "frd,frs1,frs2"),
    FSGNJN_S("fsgnjn.s", 0x20001053, 0xfe00707f, R, "frd,frs1,frs2"),
    FSGNJX_S("fsgnjx.s", 0x20002053, 0xfe00707f, R, "frd,frs1,frs2"),
    FMIN_S("fmin.s", 0x28000053, 0xfe00707f, R, "frd,frs1,frs2"),
    FMAX_S("fmax.s", 0x28001053, 0xfe00707f, R, "frd,frs1,frs2"),
    FCVT_W_S("fcvt.w.s", 0xc0000053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_WU_S("fcvt.wu.s", 0xc0100053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_L_S("fcvt.l.s", 0xc0200053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_LU_S("fcvt.lu.s", 0xc0300053, 0xfff0007f, R, "rd,frs1,rm"),
    FMV_X_W("fmv.x.w", 0xe0000053, 0xfff0707f, R, "rd,frs1"),
    FEQ_S("feq.s", 0xa0002053, 0xfe00707f, R, "rd,frs1,frs2"),
    FLT_S("flt.s", 0xa0001053, 0xfe00707f, R, "rd,frs1,frs2"),
    FLE_S("fle.s", 0xa0000053, 0xfe00707f, R, "rd,frs1,frs2"),
    FCLASS_S("fclass.s", 0xe0001053, 0xfff0707f, R, "rd,frs1"),
    FCVT_S_W("fcvt.s.w", 0xd0000053, 0xfff0007f, R, "frd,rs1,rm"),
    FCVT_S_WU("fcvt.s.wu", 0xd0100053, 0xfff0007f, R, "frd,rs1,rm"),
    FCVT_S_L("fcvt.s.l", 0xd0200053, 0xfff0007f, R, "frd,rs1,rm"),
    FCVT_S_LU("fcvt.s.lu", 0xd0300053, 0xfff0007f, R, "frd,rs1,rm"),
    FMV_W_X("fmv.w.x", 0xf0000053, 0xfff0707f, R, "frd,rs1"),
    // D (chapter 12)
    FLD("fld", 0x00003007, 0x0000707f, I, "frd,imm(rs1)"),
    FSD("fsd", 0x00003027, 0x0000707f, S, "frs2,imm(rs1)"),
    FMADD_D("fmadd.d", 0x02000043, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FMSUB_D("fmsub.d", 0x02000047, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FNMSUB_D("fnmsub.d", 0x0200004b, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FNMADD_D("fnmadd.d", 0x0200004f, 0x0600007f, R4, "frd,frs1,frs2,frs3,rm"),
    FADD_D("fadd.d", 0x02000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FSUB_D("fsub.d", 0x0a000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FMUL_D("fmul.d", 0x12000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FDIV_D("fdiv.d", 0x1a000053, 0xfe00007f, R, "frd,frs1,frs2,rm"),
    FSQRT_D("fsqrt.d", 0x5a000053, 0xfff0007f, R, "frd,frs1,rm"),
    FSGNJ_D("fsgnj.d", 0x22000053, 0xfe00707f, R, "frd,frs1,frs2"),
    FSGNJN_D("fsgnjn.d", 0x22001053, 0xfe00707f, R, "frd,frs1,frs2"),
    FSGNJX_D("fsgnjx.d", 0x22002053, 0xfe00707f, R, "frd,frs1,frs2"),
    FMIN_D("fmin.d", 0x2a000053, 0xfe00707f, R, "frd,frs1,frs2"),
    FMAX_D("fmax.d", 0x2a001053, 0xfe00707f, R, "frd,frs1,frs2"),
    FCVT_S_D("fcvt.s.d", 0x40100053, 0xfff0007f, R, "frd,frs1,rm"),
    FCVT_D_S("fcvt.d.s", 0x42000053, 0xfff0007f, R, "frd,frs1,rm", 0xfff0707f),
    FEQ_D("feq.d", 0xa2002053, 0xfe00707f, R, "rd,frs1,frs2"),
    FLT_D("flt.d", 0xa2001053, 0xfe00707f, R, "rd,frs1,frs2"),
    FLE_D("fle.d", 0xa2000053, 0xfe00707f, R, "rd,frs1,frs2"),
    FCLASS_D("fclass.d", 0xe2001053, 0xfff0707f, R, "rd,frs1"),
    FCVT_W_D("fcvt.w.d", 0xc2000053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_WU_D("fcvt.wu.d", 0xc2100053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_L_D("fcvt.l.d", 0xc2200053, 0xfff0007f, R, "rd,frs1,rm"),
    FCVT_LU_D("fcvt.lu.d", 0xc2300053, 0xfff0007f, R, "rd,frs1,rm"),
    FMV_X_D("fmv.x.d", 0xe2000053, 0xfff0707f, R, "rd,frs1"),
    FCVT_D_W("fcvt.d.w", 0xd2000053, 0xfff0007f, R, "frd,rs1,rm", 0xfff0707f),
    FCVT_D_WU("fcvt.d.wu", 0xd2100053, 0xfff0007f, R, "frd,rs1,rm", 0xfff0707f),
    FCVT_D_L("fcvt.d.l", 0xd2200053, 0xfff0007f, R, "frd,rs1,rm"),
    FCVT_D_LU("fcvt.d.lu", 0xd2300053, 0xfff0007f, R, "frd,rs1,rm"),
    FMV_D_X("fmv.d.x", 0xf2000053, 0xfff0707f, R, "frd,rs1");

    private static final Insn[] VALUES = values();

    private final String mnemonic;
    private final int match;
    private final int mask;
    private final Format format;
    private final String syntax;
    private final int canonicalMask;
    /** Has an rm field (decided once: the hart asks on every F/D instruction). */
    private final boolean roundingMode;
    /** Which integer registers the operands name (decided once: the translator asks per instruction). */
    private final boolean readsRs1, readsRs2, writesRd;

    Insn(String mnemonic, int match, int mask, Format format, String syntax) {
        this(mnemonic, match, mask, format, syntax, mask);
    }

    /**
     * @param canonicalMask the bits an assembler always produces as in {@code match}: wider than
     *                      {@code mask} where the spec tells harts to ignore fields that must be zero
     *                      (FENCE and FENCE.I, section 2.7 and 3.1) or where binutils encodes an exact
     *                      conversion with rm = 0 only; the disassembler shows other forms as data
     */
    Insn(String mnemonic, int match, int mask, Format format, String syntax, int canonicalMask) {
        this.mnemonic = mnemonic;
        this.match = match;
        this.mask = mask;
        this.format = format;
        this.syntax = syntax;
        this.canonicalMask = canonicalMask;
        this.roundingMode = syntax.endsWith(",rm");
        List<String> operands = List.of(syntax.split(","));
        this.readsRs1 = operands.stream().anyMatch(o -> o.equals("rs1") || o.endsWith("(rs1)"));
        this.readsRs2 = operands.contains("rs2");
        this.writesRd = operands.get(0).equals("rd");
    }

    /** True if {@code bits} is the encoding an assembler produces (not just one a hart executes). */
    public boolean isCanonical(int bits) {
        return (bits & canonicalMask) == match;
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

    public Format format() {
        return format;
    }

    /** Comma-separated operand tokens in assembler order, empty for none. */
    public String syntax() {
        return syntax;
    }

    /** True if the encoding has a rounding-mode field in [14:12]. */
    public boolean hasRoundingMode() {
        return roundingMode;
    }

    /**
     * True if the integer register x[rs1] is an operand (a source or an address; not f[rs1], not
     * a CSR's immediate).
     */
    public boolean readsRs1() {
        return readsRs1;
    }

    /** True if the integer register x[rs2] is an operand (not f[rs2]). */
    public boolean readsRs2() {
        return readsRs2;
    }

    /** True if the result goes to the integer register x[rd] (not f[rd]). */
    public boolean writesRd() {
        return writesRd;
    }

    /** Zba, Zbb, Zbc or Zbs. */
    public boolean isBitManipulation() {
        return ordinal() >= ADD_UW.ordinal() && ordinal() <= BSETI.ordinal();
    }

    /** True if this instruction belongs to the F or D extension (needs mstatus.FS != Off). */
    public boolean isFloatingPoint() {
        return ordinal() >= FLW.ordinal();
    }

    public boolean matches(int bits) {
        return (bits & mask) == match;
    }

    static Insn[] all() {
        return VALUES;
    }
}
