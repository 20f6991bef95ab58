package io.guestlab.debug.core;

import io.guestlab.emulator.TrapCause;

/**
 * A trap a launch stops at when any hart takes it, at any privilege level: an exception or an
 * interrupt by its cause code (mcause without the interrupt bit; Privileged ISA table 3.6).
 */
public record CaughtTrap(boolean interrupt, int cause) {

    public CaughtTrap {
        if (cause < 0 || cause > 63) {
            throw new IllegalArgumentException("trap cause must be 0..63, got " + cause);
        }
    }

    /** The form a {@link LaunchAttributes#CATCH_TRAPS} entry takes: {@code exception:2}, {@code interrupt:7}. */
    public String encode() {
        return (interrupt ? "interrupt:" : "exception:") + cause;
    }

    /** E.g. "illegal instruction (exception 2)". */
    public String label() {
        return TrapCause.describe(cause, interrupt) + " (" + (interrupt ? "interrupt " : "exception ") + cause + ")";
    }

    /** @throws IllegalArgumentException with a message naming the entry when it is not {@code exception:N} or {@code interrupt:N} */
    public static CaughtTrap decode(String entry) {
        int colon = entry.indexOf(':');
        String kind = colon < 0 ? "" : entry.substring(0, colon).trim();
        if (!kind.equals("exception") && !kind.equals("interrupt")) {
            throw new IllegalArgumentException("trap to catch '" + entry + "' is not exception:N or interrupt:N");
        }
        try {
            return new CaughtTrap(kind.equals("interrupt"), Integer.parseInt(entry.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trap to catch '" + entry + "': cause is not a number 0..63");
        }
    }
}
