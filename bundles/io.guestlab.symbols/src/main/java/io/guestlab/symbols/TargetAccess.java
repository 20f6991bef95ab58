package io.guestlab.symbols;

import java.util.OptionalLong;

/**
 * What the symbols layer needs from a stopped target: registers by DWARF number and memory.
 * The debugger adapts the engine's debug API to it; tests implement it over a byte array.
 * RISC-V DWARF register numbers (psABI "DWARF Register Numbers"): x0-x31 are 0-31, f0-f31 are
 * 32-63.
 */
public interface TargetAccess {

    /** A register's value, or empty when it is not known (e.g. a caller-saved register in an outer frame). */
    OptionalLong register(int dwarfRegister);

    /** Reads {@code into.length} bytes at a virtual address; false when any byte is unreadable. */
    boolean read(long address, byte[] into);

    /** The RISC-V psABI register names for DWARF numbers 0-63 (x then f registers). */
    static String registerName(int dwarfRegister) {
        String[] x = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
            "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"};
        String[] f = {"ft0", "ft1", "ft2", "ft3", "ft4", "ft5", "ft6", "ft7", "fs0", "fs1", "fa0", "fa1", "fa2", "fa3",
            "fa4", "fa5", "fa6", "fa7", "fs2", "fs3", "fs4", "fs5", "fs6", "fs7", "fs8", "fs9", "fs10", "fs11", "ft8",
            "ft9", "ft10", "ft11"};
        if (dwarfRegister >= 0 && dwarfRegister < 32) {
            return x[dwarfRegister];
        }
        if (dwarfRegister >= 32 && dwarfRegister < 64) {
            return f[dwarfRegister - 32];
        }
        return "r" + dwarfRegister;
    }
}
