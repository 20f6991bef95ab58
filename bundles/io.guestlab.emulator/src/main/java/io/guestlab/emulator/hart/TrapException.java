package io.guestlab.emulator.hart;

/**
 * Unwinds the interpreter from the middle of an instruction to the trap entry. One instance per
 * hart is reused, without a stack trace, so that raising a guest exception allocates nothing.
 */
final class TrapException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    int cause;
    long tval;

    TrapException() {
        super(null, null, false, false);
    }
}
