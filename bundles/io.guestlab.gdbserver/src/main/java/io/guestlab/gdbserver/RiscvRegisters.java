package io.guestlab.gdbserver;

import java.util.SortedMap;

/**
 * GDB's numbering of RISC-V registers and the target description that announces them (GDB
 * manual, G.5 "Standard Target Features", RISC-V Features): x0-x31 are 0-31, pc 32, f0-f31
 * 33-64, CSR n is 65 + n (so fflags, frm and fcsr are 66-68), and the virtual {@code priv}
 * register follows the 4096 CSRs at 4161.
 */
public final class RiscvRegisters {

    public static final int PC = 32;
    public static final int FIRST_FPR = 33;
    public static final int FIRST_CSR = 65;
    public static final int PRIV = FIRST_CSR + 4096;
    /** What {@code g} and {@code G} carry: x0-x31 and pc; the rest is read one by one with {@code p}. */
    public static final int GENERAL_COUNT = 33;

    private static final String[] X_NAMES = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1", "a0",
        "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3",
        "t4", "t5", "t6"};
    private static final String[] F_NAMES = {"ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1",
        "fa0", "fa1", "fa2", "fa3", "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8",
        "fs9", "fs10", "fs11", "ft8", "ft9", "ft10", "ft11"};
    private static final int FFLAGS = 1, FRM = 2, FCSR = 3;

    private RiscvRegisters() {
    }

    /** The register number of CSR {@code csr}. */
    public static int csr(int csr) {
        return FIRST_CSR + csr;
    }

    /** The width in bytes of register {@code regno} as the description declares it. */
    static int size(int regno, boolean fpu) {
        int csr = regno - FIRST_CSR;
        return fpu && (csr == FFLAGS || csr == FRM || csr == FCSR) ? 4 : 8;
    }

    /**
     * The target description XML (GDB manual, G.2 "Target Description Format"): the features
     * cpu, fpu (if present), csr listing exactly {@code csrs}, and virtual with priv.
     */
    static String targetDescription(SortedMap<Integer, String> csrs, boolean fpu) {
        StringBuilder x = new StringBuilder(8192);
        x.append("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n<target version=\"1.0\">\n");
        x.append("<architecture>riscv:rv64</architecture>\n");
        x.append("<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
        for (int i = 0; i < 32; i++) {
            String type = i == 1 ? "code_ptr" : i == 2 || i == 8 ? "data_ptr" : "int";
            reg(x, X_NAMES[i], 64, i, type, "general");
        }
        reg(x, "pc", 64, PC, "code_ptr", "general");
        x.append("</feature>\n");
        if (fpu) {
            x.append("<feature name=\"org.gnu.gdb.riscv.fpu\">\n");
            x.append("<union id=\"riscv_double\"><field name=\"float\" type=\"ieee_single\"/>")
                    .append("<field name=\"double\" type=\"ieee_double\"/></union>\n");
            for (int i = 0; i < 32; i++) {
                reg(x, F_NAMES[i], 64, FIRST_FPR + i, "riscv_double", "float");
            }
            reg(x, "fflags", 32, csr(FFLAGS), "int", "float");
            reg(x, "frm", 32, csr(FRM), "int", "float");
            reg(x, "fcsr", 32, csr(FCSR), "int", "float");
            x.append("</feature>\n");
        }
        x.append("<feature name=\"org.gnu.gdb.riscv.csr\">\n");
        for (var e : csrs.entrySet()) {
            int n = e.getKey();
            if (fpu && (n == FFLAGS || n == FRM || n == FCSR)) {
                continue; // declared with the fpu feature, where GDB looks first
            }
            reg(x, e.getValue(), 64, csr(n), "int", "system");
        }
        x.append("</feature>\n");
        x.append("<feature name=\"org.gnu.gdb.riscv.virtual\">\n");
        reg(x, "priv", 64, PRIV, "int", "system");
        x.append("</feature>\n</target>\n");
        return x.toString();
    }

    private static void reg(StringBuilder x, String name, int bits, int regno, String type, String group) {
        x.append("  <reg name=\"").append(name).append("\" bitsize=\"").append(bits).append("\" regnum=\"")
                .append(regno).append("\" type=\"").append(type).append("\" group=\"").append(group)
                .append("\"/>\n");
    }
}
