package io.guestlab.emulator.fpu;

/**
 * Accrued floating-point exception flags, bit for bit as in the {@code fflags} CSR
 * (RISC-V unprivileged ISA, F extension, "Floating-Point Control and Status Register").
 */
public final class FFlags {
    /** Inexact. */
    public static final int NX = 1;
    /** Underflow: the result is tiny (detected after rounding) and inexact. */
    public static final int UF = 2;
    /** Overflow. */
    public static final int OF = 4;
    /** Divide by zero: a finite nonzero dividend divided by zero. */
    public static final int DZ = 8;
    /** Invalid operation. */
    public static final int NV = 16;
    /** All five flags. */
    public static final int ALL = NX | UF | OF | DZ | NV;

    private FFlags() {
    }

    /** The flags as the letters used in the ISA manual, e.g. "NV|NX", or "-" for none. */
    public static String describe(int flags) {
        StringBuilder text = new StringBuilder();
        String[] names = {"NX", "UF", "OF", "DZ", "NV"};
        for (int bit = names.length - 1; bit >= 0; bit--) {
            if ((flags & (1 << bit)) != 0) {
                text.append(text.length() == 0 ? "" : "|").append(names[bit]);
            }
        }
        return text.length() == 0 ? "-" : text.toString();
    }
}
