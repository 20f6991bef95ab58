package io.guestlab.symbols.unwind;

/**
 * How to recover one register of the caller (DWARF 5 section 6.4.1, "register rules").
 * {@code value} is the offset (OFFSET, VAL_OFFSET) or the register number (REGISTER);
 * {@code expression} the DWARF expression of the *_EXPRESSION rules.
 */
public record RegisterRule(Kind kind, long value, byte[] expression) {

    public enum Kind {
        /** No rule given; by the RISC-V psABI convention callee-saved registers keep their value. */
        UNSPECIFIED,
        UNDEFINED,
        SAME_VALUE,
        /** Saved at CFA + value. */
        OFFSET,
        /** The value is CFA + value. */
        VAL_OFFSET,
        /** Saved in another register. */
        REGISTER,
        /** Saved at the address the expression computes (with the CFA pushed first). */
        EXPRESSION,
        /** The value is what the expression computes. */
        VAL_EXPRESSION
    }

    public static final RegisterRule UNSPECIFIED = new RegisterRule(Kind.UNSPECIFIED, 0, null);
    public static final RegisterRule UNDEFINED = new RegisterRule(Kind.UNDEFINED, 0, null);
    public static final RegisterRule SAME_VALUE = new RegisterRule(Kind.SAME_VALUE, 0, null);
}
