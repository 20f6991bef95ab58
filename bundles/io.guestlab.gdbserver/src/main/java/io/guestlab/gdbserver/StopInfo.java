package io.guestlab.gdbserver;

/**
 * Why the target stopped, in the terms of a stop reply (GDB manual, E.3 "Stop Reply Packets").
 *
 * @param kind     what happened
 * @param thread   the thread (hart + 1) that stopped, 0 when none in particular
 * @param signal   the GDB signal number (5 SIGTRAP, 2 SIGINT, 0 none) for everything but EXITED
 * @param address  for the watchpoint kinds: the watched address that was accessed
 * @param exitCode for EXITED: the program's exit status
 * @param message  an explanation shown on the debugger's console, or empty
 */
public record StopInfo(Kind kind, int thread, int signal, long address, int exitCode, String message) {

    public static final int SIGINT = 2;
    public static final int SIGTRAP = 5;
    /** "Stopped" without a signal: GDB prints that the thread stopped. */
    public static final int NO_SIGNAL = 0;

    public enum Kind {
        /** Stopped with {@link #signal} (a step, an interrupt, a caught trap ...). */
        SIGNAL,
        SOFTWARE_BREAKPOINT,
        HARDWARE_BREAKPOINT,
        WRITE_WATCHPOINT,
        READ_WATCHPOINT,
        ACCESS_WATCHPOINT,
        /** The program ended with {@link #exitCode}. */
        EXITED,
        /** Going backwards reached the beginning of the recorded history (stop reply "replaylog:begin"). */
        HISTORY_BEGIN
    }

    public StopInfo {
        message = message == null ? "" : message;
    }

    public static StopInfo signal(int thread, int signal, String message) {
        return new StopInfo(Kind.SIGNAL, thread, signal, 0, 0, message);
    }

    public static StopInfo breakpoint(int thread, boolean hardware) {
        return new StopInfo(hardware ? Kind.HARDWARE_BREAKPOINT : Kind.SOFTWARE_BREAKPOINT, thread, SIGTRAP, 0, 0, "");
    }

    public static StopInfo watchpoint(int thread, BreakpointType type, long address) {
        Kind kind = switch (type) {
            case READ_WATCHPOINT -> Kind.READ_WATCHPOINT;
            case ACCESS_WATCHPOINT -> Kind.ACCESS_WATCHPOINT;
            case WRITE_WATCHPOINT -> Kind.WRITE_WATCHPOINT;
            default -> throw new IllegalArgumentException(type + " is not a watchpoint");
        };
        return new StopInfo(kind, thread, SIGTRAP, address, 0, "");
    }

    /** Reverse execution found nothing earlier: the thread stays where it was, at the start of history. */
    public static StopInfo historyBegin(int thread) {
        return new StopInfo(Kind.HISTORY_BEGIN, thread, SIGTRAP, 0, 0, "");
    }

    public static StopInfo exited(int exitCode, String message) {
        return new StopInfo(Kind.EXITED, 0, 0, 0, exitCode, message);
    }
}
