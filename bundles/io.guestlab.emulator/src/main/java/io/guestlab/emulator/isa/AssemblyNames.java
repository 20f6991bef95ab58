package io.guestlab.emulator.isa;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words of RISC-V assembly as Guestlab spells them: every mnemonic the {@link Disassembler}
 * prints (the {@link Insn} and {@link CompressedInsn} tables, their atomic ordering suffixes, and
 * the aliases it prefers, as objdump does), the pseudo-instructions only an assembler reads, and
 * the register and CSR names. An editor highlights from here so that it and the disassembly view
 * never disagree; a test disassembles every encoding and checks its mnemonic is in this set.
 */
public final class AssemblyNames {

    /** Aliases the disassembler prints instead of the base instruction (Unprivileged ISA, chapter 25, tables 25.2-25.3). */
    private static final Set<String> DISASSEMBLER_ALIASES = Set.of("nop", "li", "mv", "not", "neg", "negw", "sext.w", "zext.b", "zext.w",
            "seqz", "snez", "sltz", "sgtz", "beqz", "bnez", "blez", "bgez", "bltz", "bgtz", "j", "jr", "ret", "fence.tso",
            "unimp", "csrr", "csrw", "csrs", "csrc", "rdcycle", "rdtime", "rdinstret", "frflags", "frrm", "frcsr", "fsflags",
            "fsrm", "fscsr", "fsflagsi", "fsrmi", "fmv.s", "fmv.d", "fabs.s", "fabs.d", "fneg.s", "fneg.d", "c.nop", "c.li",
            "c.lui", "c.mv", "c.add", "c.slli", "c.slli64", "c.srli64", "c.srai64");

    /** Pseudo-instructions GNU as accepts but objdump never prints (same tables): they expand to several instructions. */
    private static final Set<String> ASSEMBLER_ONLY = Set.of("la", "lla", "lga", "call", "tail", "jump", "bgt", "ble", "bgtu",
            "bleu", "csrwi", "csrsi", "csrci", "rdcycleh", "rdtimeh", "rdinstreth", "fence.i");

    private static final Set<String> MNEMONICS;
    private static final Set<String> REGISTERS;
    private static final Set<String> CSRS;

    static {
        Set<String> m = new LinkedHashSet<>();
        for (Insn insn : Insn.values()) {
            m.add(insn.mnemonic());
            if (insn.syntax().contains("(rs1)") && insn.syntax().startsWith("rd") && insn.mnemonic().matches("(lr|sc|amo).*")) {
                for (String order : new String[] {".aq", ".rl", ".aqrl"}) {
                    m.add(insn.mnemonic() + order); // Unprivileged ISA 8.2: the aq and rl bits
                }
            }
        }
        for (CompressedInsn c : CompressedInsn.values()) {
            m.add(c.mnemonic());
        }
        m.addAll(DISASSEMBLER_ALIASES);
        m.addAll(ASSEMBLER_ONLY);
        MNEMONICS = Collections.unmodifiableSet(m);

        Set<String> r = new LinkedHashSet<>();
        for (int i = 0; i < 32; i++) {
            r.add("x" + i);
            r.add("f" + i);
            r.add(Disassembler.xreg(i));
            r.add(Disassembler.freg(i));
        }
        r.add("fp"); // s0's other ABI name (psABI, table "Integer register convention")
        REGISTERS = Collections.unmodifiableSet(r);

        Set<String> c = new LinkedHashSet<>();
        for (int number : Csr.all()) {
            c.add(Csr.name(number));
        }
        CSRS = Collections.unmodifiableSet(c);
    }

    private AssemblyNames() {
    }

    /** Instruction mnemonics, lower case, with dots where the ISA has them ({@code fence.tso}, {@code amoadd.w.aq}). */
    public static Set<String> mnemonics() {
        return MNEMONICS;
    }

    /** Integer and floating-point registers by number ({@code x5}, {@code f10}) and ABI name ({@code t0}, {@code fa0}). */
    public static Set<String> registers() {
        return REGISTERS;
    }

    /** CSR names as the disassembler prints them ({@code mstatus}, {@code satp}). */
    public static Set<String> csrs() {
        return CSRS;
    }
}
