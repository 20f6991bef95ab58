package io.guestlab.emulator.isa;

import java.util.Arrays;

/**
 * Turns instructions into GNU assembler text exactly as {@code riscv64-unknown-elf-objdump -d}
 * (binutils 2.40) prints them: its aliases and pseudo-instructions (li, mv, ret, csrr, beqz, ...),
 * compressed instructions shown as their expansions, and the {@code # address <symbol>} comment
 * for an address built by lui/auipc followed by an add or memory access. Operands come from
 * the same {@link Decoded} fields the hart executes.
 * <p>
 * One instance disassembles one run of consecutive code: it remembers the upper parts that
 * lui/auipc put in registers, as objdump does.
 */
public final class Disassembler {

    /** Looks up the symbol for an address: "name" or "name+0x10", or null if there is none. */
    @FunctionalInterface
    public interface Symbolizer {
        String symbolize(long address);

        /** For code without any symbols: addresses print as 0x-prefixed hex. */
        Symbolizer NONE = address -> null;
    }

    private static final String[] X = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2",
            "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5",
            "t6"};
    private static final String[] F = {"ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1",
            "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10",
            "fs11", "ft8", "ft9", "ft10", "ft11"};
    private static final String[] ROUNDING = {"rne", "rtz", "rdn", "rup", "rmm", "unknown", "unknown", "dyn"};
    private static final long NONE = Long.MIN_VALUE;
    private static final int FENCE_TSO = 0x8330000f;
    private static final int UNIMP = 0xc0001073;

    private final Symbolizer symbols;
    private final long globalPointer;
    private final long[] upper = new long[32];
    private long comment = NONE;

    /** @param globalPointer the value of {@code __global_pointer$}, or {@link Long#MIN_VALUE} */
    public Disassembler(Symbolizer symbols, long globalPointer) {
        this.symbols = symbols;
        this.globalPointer = globalPointer;
        Arrays.fill(upper, NONE);
    }

    public Disassembler() {
        this(Symbolizer.NONE, NONE);
    }

    public static String xreg(int n) {
        return X[n];
    }

    public static String freg(int n) {
        return F[n];
    }

    /** The instruction with the given bits at {@code pc}: "mnemonic\toperands", or ".2byte"/".4byte" if not one. */
    public String disassemble(int bits, long pc) {
        if ((bits & 0xffff) == 0 || bits == UNIMP) {
            return "unimp"; // c.unimp (section 16.5) and the csrrw x0, cycle, x0 convention (section 2.8)
        }
        Decoded d = Decoder.decode(bits);
        if (d != null && d.compressed() == null && !d.insn().isCanonical(bits) && bits != FENCE_TSO) {
            d = null;
        }
        if (d == null) {
            // not an instruction: objdump's fallback spelling for unknown encodings in code
            return (bits & 3) == 3 ? String.format(".4byte\t0x%x", bits) : String.format(".2byte\t0x%x", bits & 0xffff);
        }
        comment = NONE;
        String text = format(d, pc);
        if (comment != NONE) {
            text += " # " + address(comment);
        }
        return text;
    }

    /** As objdump prints an address: plain hex with the symbol, or 0x-prefixed when the file has no symbols. */
    private String address(long a) {
        if (symbols == Symbolizer.NONE) {
            return "0x" + Long.toHexString(a);
        }
        String s = symbols.symbolize(a);
        return s == null ? Long.toHexString(a) : Long.toHexString(a) + " <" + s + ">";
    }

    /** objdump's maybe_print_address: an address from lui/auipc + offset, gp + offset or an absolute offset. */
    private void maybeComment(int base, long offset, boolean word) {
        long value;
        if (upper[base] != NONE) {
            value = (base != 0 ? upper[base] : 0) + offset;
            upper[base] = NONE;
        } else if (base == 3 && globalPointer != NONE) {
            value = globalPointer + offset;
        } else if (base == 4 || base == 0) {
            value = offset;
        } else {
            return;
        }
        comment = word ? (int) value : value;
    }

    private static String op(String mnemonic, String operands) {
        return operands.isEmpty() ? mnemonic : mnemonic + "\t" + operands;
    }

    private String csr(int number) {
        String name = Csr.name(number);
        return name != null ? name : String.format("0x%x", number);
    }

    private String target(long address) {
        return address(address);
    }

    @SuppressWarnings("checkstyle:CyclomaticComplexity")
    private String format(Decoded d, long pc) {
        String hint = compressedHint(d);
        if (hint != null) {
            return hint;
        }
        Insn insn = d.insn();
        int rd = d.rd(), rs1 = d.rs1(), rs2 = d.rs2();
        int imm = d.imm();
        boolean compressed = d.compressed() != null;
        String xd = X[rd], xs = X[rs1], xt = X[rs2];
        String mem = imm + "(" + xs + ")";
        switch (insn) {
            case LUI -> {
                upper[rd] = imm;
                return op("lui", xd + "," + hex20(imm));
            }
            case AUIPC -> {
                upper[rd] = pc + imm;
                return op("auipc", xd + "," + hex20(imm));
            }
            case ADDI -> {
                CompressedInsn c = d.compressed();
                if (rd == 0 && rs1 == 0 && imm == 0) {
                    return "nop";
                }
                if (c == CompressedInsn.C_LI || (c == null && rs1 == 0)) {
                    return op("li", xd + "," + imm);
                }
                if (c == null && imm == 0) {
                    return op("mv", xd + "," + xs);
                }
                if ((c == null && rs1 != 0) || (c == CompressedInsn.C_ADDI && rd != 0)) {
                    maybeComment(rs1, imm, false);
                }
                return op("add", xd + "," + xs + "," + imm);
            }
            case ADDIW -> {
                if (imm == 0) {
                    return op("sext.w", xd + "," + xs);
                }
                if (rs1 != 0) {
                    maybeComment(rs1, imm, true);
                }
                return op("addw", xd + "," + xs + "," + imm);
            }
            case SLTI -> {
                return op("slti", xd + "," + xs + "," + imm);
            }
            case SLTIU -> {
                return imm == 1 ? op("seqz", xd + "," + xs) : op("sltiu", xd + "," + xs + "," + imm);
            }
            case XORI -> {
                return imm == -1 ? op("not", xd + "," + xs) : op("xor", xd + "," + xs + "," + imm);
            }
            case ORI -> {
                return op("or", xd + "," + xs + "," + imm);
            }
            case ANDI -> {
                if (imm == 0xff) {
                    return op("zext.b", xd + "," + xs);
                }
                return op("and", xd + "," + xs + "," + imm);
            }
            case SLLI, SRLI, SRAI, SLLIW, SRLIW, SRAIW -> {
                String name = insn.mnemonic().replace("i", "");
                return op(name, xd + "," + xs + "," + String.format("0x%x", imm));
            }
            case SLLI_UW -> {
                return op("slli.uw", xd + "," + xs + "," + String.format("0x%x", imm));
            }
            case RORI, RORIW, BCLRI, BEXTI, BINVI, BSETI -> { // objdump drops the i, as for slli
                String name = insn == Insn.RORIW ? "rorw" : insn.mnemonic().substring(0, insn.mnemonic().length() - 1);
                return op(name, xd + "," + xs + "," + String.format("0x%x", imm));
            }
            case ADD_UW -> {
                return rs2 == 0 ? op("zext.w", xd + "," + xs) : generic(d);
            }
            case SUB -> {
                return rs1 == 0 ? op("neg", xd + "," + xt) : op("sub", xd + "," + xs + "," + xt);
            }
            case SUBW -> {
                return rs1 == 0 ? op("negw", xd + "," + xt) : op("subw", xd + "," + xs + "," + xt);
            }
            case SLT -> {
                if (rs2 == 0) {
                    return op("sltz", xd + "," + xs);
                }
                return rs1 == 0 ? op("sgtz", xd + "," + xt) : op("slt", xd + "," + xs + "," + xt);
            }
            case SLTU -> {
                return rs1 == 0 ? op("snez", xd + "," + xt) : op("sltu", xd + "," + xs + "," + xt);
            }
            case ADD -> {
                if (compressed && d.compressed() == CompressedInsn.C_MV) {
                    return op("mv", xd + "," + xt);
                }
                return op("add", xd + "," + xs + "," + xt);
            }
            case BEQ, BNE, BLT, BGE, BLTU, BGEU -> {
                String t = target(pc + imm);
                if (rs2 == 0 && (insn == Insn.BEQ || insn == Insn.BNE || insn == Insn.BLT || insn == Insn.BGE)) {
                    String name = switch (insn) {
                        case BEQ -> "beqz";
                        case BNE -> "bnez";
                        case BLT -> "bltz";
                        default -> "bgez";
                    };
                    return op(name, xs + "," + t);
                }
                if (rs1 == 0 && (insn == Insn.BLT || insn == Insn.BGE)) {
                    return op(insn == Insn.BLT ? "bgtz" : "blez", xt + "," + t);
                }
                return op(insn.mnemonic(), xs + "," + xt + "," + t);
            }
            case JAL -> {
                String t = target(pc + imm);
                if (rd == 0) {
                    return op("j", t);
                }
                return rd == 1 ? op("jal", t) : op("jal", xd + "," + t);
            }
            case JALR -> {
                if (rd == 0 && rs1 == 1 && imm == 0) {
                    return "ret";
                }
                if (imm == 0 && rd == 0) {
                    return op("jr", xs);
                }
                if (imm == 0 && rd == 1) {
                    return op("jalr", xs);
                }
                if (imm == 0) {
                    return op("jalr", xd + "," + xs);
                }
                if (rs1 == 4) {
                    comment = imm; // objdump shows a tp-relative jump target as the bare offset
                } else {
                    maybeComment(rs1, imm, false);
                }
                return rd == 0 ? op("jr", mem) : rd == 1 ? op("jalr", mem) : op("jalr", xd + "," + mem);
            }
            case LB, LH, LW, LD, LBU, LHU, LWU -> {
                if (!compressed) {
                    maybeComment(rs1, imm, false);
                }
                return op(insn.mnemonic(), xd + "," + mem);
            }
            case SB, SH, SW, SD -> {
                if (!compressed) {
                    maybeComment(rs1, imm, false);
                }
                return op(insn.mnemonic(), xt + "," + mem);
            }
            case FLW, FLD -> {
                if (!compressed) {
                    maybeComment(rs1, imm, false);
                }
                return op(insn.mnemonic(), F[rd] + "," + mem);
            }
            case FSW, FSD -> {
                if (!compressed) {
                    maybeComment(rs1, imm, false);
                }
                return op(insn.mnemonic(), F[rs2] + "," + mem);
            }
            case FENCE -> {
                int pred = (imm >>> 4) & 15, succ = imm & 15, fm = (imm >>> 8) & 15;
                if (fm == 8 && pred == 3 && succ == 3) {
                    return "fence.tso";
                }
                if (pred == 15 && succ == 15) {
                    return "fence";
                }
                return op("fence", fenceSet(pred) + "," + fenceSet(succ));
            }
            case SFENCE_VMA -> {
                if (rs2 == 0) {
                    return rs1 == 0 ? "sfence.vma" : op("sfence.vma", xs);
                }
                return op("sfence.vma", xs + "," + xt);
            }
            case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI -> {
                return csrText(insn, rd, rs1, imm & 0xfff);
            }
            case FSGNJ_S, FSGNJN_S, FSGNJX_S, FSGNJ_D, FSGNJN_D, FSGNJX_D -> {
                if (rs1 == rs2) {
                    String suffix = insn.mnemonic().substring(insn.mnemonic().length() - 2);
                    String name = insn.mnemonic().startsWith("fsgnjn") ? "fneg" : insn.mnemonic().startsWith("fsgnjx") ? "fabs" : "fmv";
                    return op(name + suffix, F[rd] + "," + F[rs1]);
                }
                return op(insn.mnemonic(), F[rd] + "," + F[rs1] + "," + F[rs2]);
            }
            default -> {
                if (insn.syntax().contains("(rs1)") && insn.syntax().startsWith("rd")) {
                    return atomic(d);
                }
                return generic(d);
            }
        }
    }

    /**
     * Compressed HINT encodings (rd = x0, or a zero shift amount: section 16.7) have no 32-bit
     * spelling that objdump would use; it prints them in their compressed form.
     */
    private static String compressedHint(Decoded d) {
        CompressedInsn c = d.compressed();
        if (c == null) {
            return null;
        }
        int rd = d.rd();
        return switch (c) {
            case C_LI -> rd == 0 ? op("c.li", "zero," + d.imm()) : null;
            case C_ADDI -> rd == 0 && d.imm() != 0 ? op("c.nop", Integer.toString(d.imm())) : null;
            case C_LUI -> rd == 0 ? op("c.lui", "zero," + hex20(d.imm())) : null;
            case C_MV -> rd == 0 ? op("c.mv", "zero," + X[d.rs2()]) : null;
            case C_ADD -> rd == 0 ? op("c.add", "zero," + X[d.rs2()]) : null;
            case C_SLLI -> d.imm() == 0 ? op("c.slli64", X[rd]) : rd == 0 ? op("c.slli", "zero," + String.format("0x%x", d.imm())) : null;
            case C_SRLI -> d.imm() == 0 ? op("c.srli64", X[rd]) : null;
            case C_SRAI -> d.imm() == 0 ? op("c.srai64", X[rd]) : null;
            default -> null;
        };
    }

    private static String hex20(int imm) {
        return String.format("0x%x", (imm >>> 12) & 0xfffff);
    }

    private static String fenceSet(int bits) {
        StringBuilder s = new StringBuilder();
        if ((bits & 8) != 0) {
            s.append('i');
        }
        if ((bits & 4) != 0) {
            s.append('o');
        }
        if ((bits & 2) != 0) {
            s.append('r');
        }
        if ((bits & 1) != 0) {
            s.append('w');
        }
        return s.length() == 0 ? "0" : s.toString();
    }

    private String csrText(Insn insn, int rd, int rs1, int number) {
        String c = csr(number);
        String xd = X[rd], xs = X[rs1];
        String z = Integer.toString(rs1);
        switch (insn) {
            case CSRRS -> {
                if (rs1 == 0) {
                    String reader = switch (number) {
                        case Csr.CYCLE -> "rdcycle";
                        case Csr.TIME -> "rdtime";
                        case Csr.INSTRET -> "rdinstret";
                        case Csr.FFLAGS -> "frflags";
                        case Csr.FRM -> "frrm";
                        case Csr.FCSR -> "frcsr";
                        default -> null;
                    };
                    return reader != null ? op(reader, xd) : op("csrr", xd + "," + c);
                }
                return rd == 0 ? op("csrs", c + "," + xs) : op("csrrs", xd + "," + c + "," + xs);
            }
            case CSRRW -> {
                String writer = switch (number) {
                    case Csr.FFLAGS -> "fsflags";
                    case Csr.FRM -> "fsrm";
                    case Csr.FCSR -> "fscsr";
                    default -> null;
                };
                if (writer != null) {
                    return rd == 0 ? op(writer, xs) : op(writer, xd + "," + xs);
                }
                return rd == 0 ? op("csrw", c + "," + xs) : op("csrrw", xd + "," + c + "," + xs);
            }
            case CSRRC -> {
                return rd == 0 ? op("csrc", c + "," + xs) : op("csrrc", xd + "," + c + "," + xs);
            }
            case CSRRWI -> {
                if (number == Csr.FFLAGS || number == Csr.FRM) {
                    return op(number == Csr.FRM ? "fsrmi" : "fsflagsi", xd + "," + z);
                }
                return rd == 0 ? op("csrw", c + "," + z) : op("csrrw", xd + "," + c + "," + z);
            }
            case CSRRSI -> {
                return rd == 0 ? op("csrs", c + "," + z) : op("csrrs", xd + "," + c + "," + z);
            }
            default -> {
                return rd == 0 ? op("csrc", c + "," + z) : op("csrrc", xd + "," + c + "," + z);
            }
        }
    }

    private String atomic(Decoded d) {
        int bits = d.bits();
        boolean aq = (bits & (1 << 26)) != 0, rl = (bits & (1 << 25)) != 0;
        String name = d.insn().mnemonic() + (aq && rl ? ".aqrl" : aq ? ".aq" : rl ? ".rl" : "");
        String address = "(" + X[d.rs1()] + ")";
        if (d.insn() == Insn.LR_W || d.insn() == Insn.LR_D) {
            return op(name, X[d.rd()] + "," + address);
        }
        return op(name, X[d.rd()] + "," + X[d.rs2()] + "," + address);
    }

    /** Operands straight from the syntax string (the F/D and M instructions and anything without an alias). */
    private String generic(Decoded d) {
        Insn insn = d.insn();
        if (insn.syntax().isEmpty()) {
            return insn.mnemonic();
        }
        StringBuilder s = new StringBuilder();
        for (String token : insn.syntax().split(",")) {
            String text = switch (token) {
                case "rd" -> X[d.rd()];
                case "rs1" -> X[d.rs1()];
                case "rs2" -> X[d.rs2()];
                case "frd" -> F[d.rd()];
                case "frs1" -> F[d.rs1()];
                case "frs2" -> F[d.rs2()];
                case "frs3" -> F[d.rs3()];
                case "rm" -> d.rm() == 7 || isExactConversion(insn) ? null : ROUNDING[d.rm()];
                default -> throw new IllegalStateException("operand " + token + " of " + insn);
            };
            if (text != null) {
                if (s.length() > 0) {
                    s.append(',');
                }
                s.append(text);
            }
        }
        return op(insn.mnemonic(), s.toString());
    }

    /** Conversions that are always exact: objdump shows no rounding mode for them. */
    private static boolean isExactConversion(Insn insn) {
        return insn == Insn.FCVT_D_W || insn == Insn.FCVT_D_WU || insn == Insn.FCVT_D_S;
    }
}
