package io.guestlab.gdbserver;

/** The kinds of {@code Z}/{@code z} packets, by their type digit (GDB manual, E.2 "Packets"). */
public enum BreakpointType {
    SOFTWARE, HARDWARE, WRITE_WATCHPOINT, READ_WATCHPOINT, ACCESS_WATCHPOINT;

    /** The type for {@code Z<digit>}, or null for a digit the protocol does not define. */
    static BreakpointType of(char digit) {
        return digit >= '0' && digit <= '4' ? values()[digit - '0'] : null;
    }

    public boolean isWatchpoint() {
        return ordinal() >= WRITE_WATCHPOINT.ordinal();
    }
}
