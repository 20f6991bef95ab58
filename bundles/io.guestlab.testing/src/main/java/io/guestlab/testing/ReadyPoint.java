package io.guestlab.testing;

import java.util.regex.Pattern;

/**
 * Where a suite's machine is ready: it boots once to here, is snapshotted, and every test starts
 * from a fork of that snapshot.
 *
 * @param description  the point in the user's words, for messages ({@code console 'gsh> '})
 * @param console      ready when console output matches this (may span lines), or null
 * @param address      ready when a hart is about to execute this address (a symbol), or -1
 * @param instructions ready after this many retired instructions, or -1
 * @param semihostingBreakpoint ready when the guest reports a breakpoint through semihosting
 *        (SYS_EXIT with reason ADP_Stopped_BreakPoint); forks continue after that call
 * @param timeoutInstructions the boot's instruction limit
 * @param timeoutSeconds the boot's wall-time limit
 */
public record ReadyPoint(String description, Pattern console, long address, long instructions,
        boolean semihostingBreakpoint, long timeoutInstructions, double timeoutSeconds) {

    /** Ready when the console shows {@code pattern}. */
    public static ReadyPoint console(Pattern pattern, long timeoutInstructions, double timeoutSeconds) {
        return new ReadyPoint("console '" + pattern.pattern() + "'", pattern, -1, -1, false, timeoutInstructions, timeoutSeconds);
    }

    /** Ready when the console shows {@code text} (taken literally). */
    public static ReadyPoint consoleText(String text, long timeoutInstructions, double timeoutSeconds) {
        return new ReadyPoint("console '" + text + "'", Pattern.compile(Pattern.quote(text)), -1, -1, false,
                timeoutInstructions, timeoutSeconds);
    }

    /** Ready when a hart reaches {@code address} (the symbol {@code name}). */
    public static ReadyPoint symbol(String name, long address, long timeoutInstructions, double timeoutSeconds) {
        return new ReadyPoint(String.format("symbol %s (0x%x)", name, address), null, address, -1, false,
                timeoutInstructions, timeoutSeconds);
    }

    /** Ready after {@code count} instructions. */
    public static ReadyPoint instructions(long count, double timeoutSeconds) {
        return new ReadyPoint(count + " instructions", null, -1, count, false, count, timeoutSeconds);
    }

    /**
     * Ready when the guest says so through semihosting: a SYS_EXIT (or SYS_EXIT_EXTENDED) whose
     * reason is ADP_Stopped_BreakPoint (0x20020, semihosting section 6.5). The call returns and
     * every test's fork continues right after it. Outside a ready phase the same call exits with
     * status 1, as in QEMU.
     */
    public static ReadyPoint semihostingBreakpoint(long timeoutInstructions, double timeoutSeconds) {
        return new ReadyPoint("a semihosting breakpoint report (SYS_EXIT, ADP_Stopped_BreakPoint)", null, -1, -1,
                true, timeoutInstructions, timeoutSeconds);
    }
}
