package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

/**
 * Cancelling a run: the machine still running stops (the spinning guest would otherwise run to
 * its limit of 10^13 instructions), tests not started do not start, and what finished is
 * reported.
 */
public class CancellationTest {

    @Test
    public void cancellingStopsRunningMachinesAndReportsWhatFinished() throws Exception {
        long forever = 10_000_000_000_000L;
        TestSpec spin = new TestSpec("spins", RunnerTest.bare("spin"), "", Check.ANY_EXIT, forever, Double.POSITIVE_INFINITY);
        TestSpec pass = RunnerTest.test("passes", RunnerTest.bare("pass"), Check.ANY_EXIT);
        TestSpec later = new TestSpec("never starts", RunnerTest.bare("spin"), "", Check.ANY_EXIT, forever,
                Double.POSITIVE_INFINITY);
        Cancellation cancellation = new Cancellation();
        List<TestRun> runs = TestRunner.run(new SuitePlan("cancel", null, null, List.of(spin, pass, later)),
                TestRunner.Settings.defaults().withJobs(2), new RunListener() {
                    @Override
                    public void finished(TestRun run) {
                        cancellation.cancel(); // the spinning test runs on the other job
                    }
                }, cancellation);
        assertTrue(cancellation.isCancelled());
        assertEquals(1, runs.size());
        assertEquals("passes", runs.get(0).test());
        assertEquals(Verdict.PASS, runs.get(0).results().get(0).verdict());
    }
}
