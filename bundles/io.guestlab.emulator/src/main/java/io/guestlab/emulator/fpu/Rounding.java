package io.guestlab.emulator.fpu;

/**
 * Rounding-mode encodings of the {@code rm} instruction field and the {@code frm} CSR
 * (RISC-V unprivileged ISA, F extension, table "Rounding mode encoding"). The hart resolves
 * DYN (7) to {@code frm} and rejects the reserved values 5 and 6 before calling this package.
 */
public final class Rounding {
    /** Round to nearest, ties to even. */
    public static final int RNE = 0;
    /** Round towards zero. */
    public static final int RTZ = 1;
    /** Round down (towards negative infinity). */
    public static final int RDN = 2;
    /** Round up (towards positive infinity). */
    public static final int RUP = 3;
    /** Round to nearest, ties to max magnitude. */
    public static final int RMM = 4;

    private Rounding() {
    }

    /** True for the five static modes this package accepts. */
    public static boolean isValid(int rm) {
        return rm >= RNE && rm <= RMM;
    }

    /** The mnemonic used by assemblers, e.g. "rtz"; for messages. */
    public static String name(int rm) {
        switch (rm) {
            case RNE: return "rne";
            case RTZ: return "rtz";
            case RDN: return "rdn";
            case RUP: return "rup";
            case RMM: return "rmm";
            default: return "reserved(" + rm + ")";
        }
    }

    static IllegalArgumentException invalid(int rm) {
        return new IllegalArgumentException("rounding mode " + rm
                + " is not a static mode (rne=0, rtz=1, rdn=2, rup=3, rmm=4); the hart must resolve dyn and reject reserved values");
    }
}
