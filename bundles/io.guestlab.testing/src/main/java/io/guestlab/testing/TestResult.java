package io.guestlab.testing;

/**
 * The verdict of one test, or of one case a TAP / KTAP test reported.
 *
 * @param suite    the group it belongs to: the plan's name for a plain test, {@code TEST} or
 *                 {@code TEST/SUBTEST/...} for the cases of a TAP / KTAP test
 * @param name     the test's or the case's name
 * @param verdict  what it came to
 * @param message  why, for anything but a plain pass (empty then)
 * @param output   the console transcript (a plain test) or the case's own lines (TAP / KTAP)
 * @param failStep the machine step of the failure (the exit write, the trap, the failing line), or -1
 */
public record TestResult(String suite, String name, Verdict verdict, String message, String output, long failStep) {

    public TestResult {
        message = message == null ? "" : message;
        output = output == null ? "" : output;
    }

    /** {@code suite name}, as one line of a report names it. */
    public String fullName() {
        return suite.isEmpty() ? name : suite + " " + name;
    }
}
