package io.guestlab.testing;

import java.util.List;

/**
 * One test's machine, run: its results (one, or one per TAP / KTAP case) and what the machine did.
 *
 * @param test         the test's name ({@code NAME #K} for the K-th of {@code --repeat} runs)
 * @param index        its position in the whole selection, the same in every shard
 * @param guestSeconds the guest's own time (virtual: every run reports the same)
 * @param instructions instructions retired
 * @param transcript   the console output, capped
 * @param results      its verdicts
 * @param replay       for a failure with a results folder: the command lines that replay it; else empty
 */
public record TestRun(String test, int index, double guestSeconds, long instructions, String transcript,
        List<TestResult> results, String replay) {

    public TestRun {
        results = List.copyOf(results);
        transcript = transcript == null ? "" : transcript;
        replay = replay == null ? "" : replay;
    }

    /** Whether one of its results fails the run. */
    public boolean failed() {
        return results.stream().anyMatch(r -> r.verdict().isFailure());
    }

    /** Whether the test reported its cases (TAP / KTAP) rather than one verdict. */
    public boolean hasCases() {
        return results.size() != 1 || !results.get(0).name().equals(test);
    }
}
