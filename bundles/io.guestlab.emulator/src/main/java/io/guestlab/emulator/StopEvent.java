package io.guestlab.emulator;

/**
 * Why and where a machine stopped.
 *
 * @param hart     the hart that caused the stop (0 when no hart in particular did)
 * @param pc       that hart's pc after the stop
 * @param cause    for TRAP: the cause code (interrupts have bit 63 set); for EXIT: the exit code
 * @param tval     for TRAP: the trap value; for WATCHPOINT: the accessed address
 * @param detail   a human-readable explanation
 */
public record StopEvent(StopReason reason, int hart, long pc, long cause, long tval, String detail) {

    /** The guest's exit code, for reason EXIT. */
    public int exitCode() {
        return (int) cause;
    }

    @Override
    public String toString() {
        return String.format("%s on hart %d at pc 0x%x%s", reason, hart, pc, detail.isEmpty() ? "" : ": " + detail);
    }
}
