package io.guestlab.debug.core.session;

/**
 * What a {@link MachineSession} tells its front end (the Eclipse debug model, tests). Every call
 * comes from the session's engine thread, in order; none may block for long.
 */
public interface SessionListener {

    /** Console bytes (UART, HTIF, semihosting), batched per slice of running. */
    void output(byte[] bytes);

    /** The machine runs; {@code step} when for a step or a run to a line. */
    void resumed(boolean step);

    void suspended(Stop stop);

    /** The machine ended for good: the guest exited ({@code exitCode}), or it was terminated (null). */
    void terminated(Integer exitCode, String reason);

    /**
     * A breakpoint was placed ({@code problem} null; {@code line} is where a line breakpoint landed,
     * possibly after the asked-for line, as gdb moves it to the next line with code) or could
     * not be ({@code problem} says why in one sentence).
     */
    void breakpointPlaced(BreakpointSpec spec, int line, String problem);

    /** While running, a few times a second: instructions retired so far and the current speed. */
    void running(long instructions, double mips);
}
