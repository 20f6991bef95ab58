package io.guestlab.testing.ui;

/**
 * The attributes of a "Guestlab Tests" launch configuration ({@link #LAUNCH_TYPE_ID}), one per
 * option of {@code guestlab test}. What runs is either a suite file ({@link #SUITE}) or test
 * programs ({@link #PROGRAMS}: ELF files, or folders whose ELF files are each one test) booted on
 * the machine of the debugger's Machine tab (its {@code io.guestlab.debug.*} attributes, see
 * {@code io.guestlab.debug.core.LaunchAttributes}; each program is the kernel of its own machine).
 * Paths may hold Eclipse string variables such as {@code ${workspace_loc:/p/tests.testsuite}}.
 */
public final class TestsLaunchAttributes {

    /** The launch configuration type "Guestlab Tests" (run mode). */
    public static final String LAUNCH_TYPE_ID = "io.guestlab.testing.launchType.tests";

    private static final String PREFIX = "io.guestlab.testing.";

    /** String: a {@code *.testsuite} file; empty: {@link #PROGRAMS} run instead. */
    public static final String SUITE = PREFIX + "suite";
    /** List of String: ELF files and folders of ELF files, each ELF one test (without {@link #SUITE}). */
    public static final String PROGRAMS = PREFIX + "programs";
    /** String: how the programs' verdicts are read, as {@code --verdict} takes it; empty: the exit code. */
    public static final String VERDICT = PREFIX + "verdict";
    /** int: machines run at once ({@code --jobs}); default: the host's cores. */
    public static final String JOBS = PREFIX + "jobs";
    /** String: only tests whose names match this glob ({@code --filter}); empty: all. */
    public static final String FILTER = PREFIX + "filter";
    /** String: wall-time limit per test in seconds ({@code --timeout}); empty: the suite's (programs: 60). */
    public static final String TIMEOUT_SECONDS = PREFIX + "timeoutSeconds";
    /** String: instruction limit per test ({@code --timeout-insns}); empty: the suite's (programs: 10^10). */
    public static final String TIMEOUT_INSTRUCTIONS = PREFIX + "timeoutInstructions";
    /** int: how often each test runs ({@code --repeat}); default 1. */
    public static final String REPEAT = PREFIX + "repeat";
    /**
     * List of String: run only these tests (names as the test view shows them), in this order:
     * what the test view's rerun of failed tests sets on a copy of the configuration; absent: all.
     */
    public static final String ONLY = PREFIX + "only";

    private TestsLaunchAttributes() {
    }
}
