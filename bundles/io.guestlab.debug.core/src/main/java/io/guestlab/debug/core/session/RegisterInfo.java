package io.guestlab.debug.core.session;

import java.util.List;

/**
 * A register as the Registers view shows it.
 *
 * @param id       what identifies it for a write ({@link Registers#write})
 * @param name     e.g. {@code a0 (x10)}, {@code mstatus}, {@code LSR}
 * @param value    its raw bits
 * @param text     how to show the value (hex; a double too for f registers; a cause's meaning)
 * @param fields   its decoded fields, highest first (empty for a plain number)
 * @param writable whether a debugger may change it
 */
public record RegisterInfo(Id id, String name, long value, String text, List<Field> fields, boolean writable) {

    /** Which register: x0-x31, pc, f0-f31, a CSR by number, the privilege level, or a device register by address. */
    public record Id(Kind kind, long number, int size) {
    }

    public enum Kind {
        X, PC, F, CSR, PRIV, DEVICE
    }

    /**
     * A bit field such as {@code mstatus.MPP}: bits {@code high..low}, its value and what it means
     * (e.g. "M" for MPP = 3), empty when the number says it all.
     */
    public record Field(String name, int high, int low, long value, String meaning) {
    }
}
