package io.guestlab.testing;

import java.util.List;

/** The counts a run ends with: {@code N passed, N failed, N skipped, N timeout, N error}. */
public record Summary(int passed, int failed, int skipped, int timeout, int error) {

    public static Summary of(List<TestRun> runs) {
        int[] c = new int[Verdict.values().length];
        for (TestRun run : runs) {
            for (TestResult r : run.results()) {
                c[r.verdict().ordinal()]++;
            }
        }
        return new Summary(c[Verdict.PASS.ordinal()], c[Verdict.FAIL.ordinal()], c[Verdict.SKIP.ordinal()],
                c[Verdict.TIMEOUT.ordinal()], c[Verdict.ERROR.ordinal()]);
    }

    /** True when nothing failed, timed out or could not run. */
    public boolean ok() {
        return failed == 0 && timeout == 0 && error == 0;
    }

    @Override
    public String toString() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped, " + timeout + " timeout, " + error
                + " error";
    }
}
