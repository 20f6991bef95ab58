package io.guestlab.emulator;

/**
 * Hears every trap a hart takes (exception or interrupt), at the one place the hart takes them,
 * after the trap CSRs are written. Installed with {@link Machine#setTrapListener}; called on the
 * thread running the machine, so it must be cheap and must not touch the machine.
 */
@FunctionalInterface
public interface TrapListener {

    /**
     * Hart {@code hart} took a trap at its step {@code hartStep}: {@code cause} as mcause/scause
     * hold it (bit 63 set for an interrupt), from privilege {@code fromPrivilege} at {@code epc}
     * into {@code toPrivilege}, with {@code tval}.
     */
    void trapTaken(int hart, long hartStep, long cause, long epc, long tval, int fromPrivilege, int toPrivilege);
}
