package io.guestlab.testing.internal;

/**
 * Where a test failed, as its run saw it, before {@link FailureLocator} finds the exact step.
 *
 * @param kind            what failed
 * @param consolePosition for {@link Kind#CONSOLE}: the console bytes written up to the end of the
 *                        failing line (its last byte is the failure); else 0
 */
public record FailurePoint(Kind kind, long consolePosition) {

    /** The position a TAP / KTAP stream reports for what failed only because the machine ended. */
    public static final long AT_END = Long.MAX_VALUE;

    public enum Kind {
        /** A console line: a fail pattern, a failing TAP / KTAP result. */
        CONSOLE,
        /** The guest's exit (an HTIF / syscon write, a semihosting call) with a failing code. */
        EXIT,
        /** A trap the guest cannot get out of: the failure is the first trap of that chain. */
        TRAP,
        /** Nothing in particular: the machine's end (a timeout, a hang, a missing answer). */
        END
    }

    public static final FailurePoint END = new FailurePoint(Kind.END, 0);

    /** The point of a console position, or the end for {@link #AT_END}. */
    public static FailurePoint console(long position) {
        return position == AT_END || position <= 0 ? END : new FailurePoint(Kind.CONSOLE, position);
    }
}
