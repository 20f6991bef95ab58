import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.testing.Check;
import io.guestlab.testing.ReadyPoint;
import io.guestlab.testing.RunListener;
import io.guestlab.testing.SuitePlan;
import io.guestlab.testing.Summary;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.TestRunner;
import io.guestlab.testing.TestSpec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What guestlab test's machinery costs (see bench/test-bench):
 * 1. overhead per test forked from a ready snapshot (the shell guest at its prompt, one typed
 *    command that exits at once): wall time per test minus nothing, since the test's own work
 *    is a few hundred instructions; medians after a warm-up;
 * 2. tests per second for N tiny bare-metal tests (syscon-pass.elf, fresh machines) on J jobs;
 * 3. memory per running test: heap used by M live machines, forked or fresh, over M.
 */
public final class TestBench {

    public static void main(String[] args) throws Exception {
        Path shell = Path.of(args[0]);
        Path tiny = Path.of(args[1]);
        int tests = Integer.parseInt(args[2]);
        int jobs = Integer.parseInt(args[3]);
        VirtBoardConfig shellMachine = VirtBoardConfig.defaults().withBios(null).withKernel(shell);
        VirtBoardConfig tinyMachine = VirtBoardConfig.defaults().withBios(null).withKernel(tiny);

        // 1. forked tests: 200 "pass" commands typed into forks of the booted shell, one job
        List<TestSpec> forked = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            forked.add(new TestSpec("pass " + i, null, "pass\n", Check.parse("syscon"), 1_000_000, 60));
        }
        SuitePlan forkPlan = new SuitePlan("forks", shellMachine,
                ReadyPoint.console(Pattern.compile("gsh> "), 100_000_000, 60), forked);
        run(forkPlan, 1); // warm-up: JIT
        long[] perTest = new long[5];
        long insns = 0;
        for (int r = 0; r < perTest.length; r++) {
            long t0 = System.nanoTime();
            List<TestRun> runs = run(forkPlan, 1);
            perTest[r] = (System.nanoTime() - t0) / forked.size();
            insns = runs.get(0).instructions();
        }
        Arrays.sort(perTest);
        System.out.printf(Locale.ROOT, "forked test (ready snapshot, 1 job): %.2f ms per test, median of %d runs of %d"
                + " (boot once included; each test retires %d instructions)%n", perTest[perTest.length / 2] / 1e6,
                perTest.length, forked.size(), insns);

        // 2. tiny bare-metal tests, fresh machines, J jobs
        List<TestSpec> tinyTests = new ArrayList<>();
        for (int i = 0; i < tests; i++) {
            tinyTests.add(new TestSpec("tiny " + i, tinyMachine, "", Check.ANY_EXIT, 1_000_000, 60));
        }
        SuitePlan tinyPlan = new SuitePlan("tiny", null, null, tinyTests);
        run(tinyPlan, jobs); // warm-up
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            List<TestRun> runs = run(tinyPlan, jobs);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            if (!Summary.of(runs).ok()) {
                throw new IllegalStateException("a tiny test failed: " + Summary.of(runs));
            }
        }
        System.out.printf(Locale.ROOT, "guestlab: %d tiny bare-metal tests, fresh machines, --jobs %d: %.3f s, %.0f tests/s"
                + " (best of 3)%n", tests, jobs, best, tests / best);

        // 3. memory per live machine
        int live = 50;
        System.out.printf(Locale.ROOT, "memory per running test: forked from the ready shell %.0f KiB, fresh tiny"
                + " machine %.0f KiB (heap used by %d live machines / %d, after GC)%n",
                perMachine(live, shellMachine, true) / 1024, perMachine(live, tinyMachine, false) / 1024, live, live);
    }

    private static List<TestRun> run(SuitePlan plan, int jobs) throws Exception {
        return TestRunner.run(plan, TestRunner.Settings.defaults().withJobs(jobs), RunListener.NONE);
    }

    /** Heap used per machine with {@code n} of them alive, each run to where a test would be waiting. */
    private static double perMachine(int n, VirtBoardConfig config, boolean forked) throws Exception {
        VirtBoard ready = null;
        BoardSnapshot snapshot = null;
        if (forked) {
            ready = VirtBoard.create(config, b -> { });
            ready.machine().setStopWhenIdle(true);
            ready.run(100_000_000); // to the prompt, where the shell waits (idle)
            snapshot = ready.snapshot();
        }
        long before = used();
        List<VirtBoard> boards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            VirtBoard b = forked ? VirtBoard.fromSnapshot(snapshot, x -> { }) : VirtBoard.create(config, x -> { });
            b.machine().setStopWhenIdle(true);
            if (forked) {
                b.typeInput("count\n".getBytes(StandardCharsets.US_ASCII));
            }
            b.run(forked ? 1_000_000 : 100); // a little way into the test: pages it writes become its own
            boards.add(b);
        }
        double per = (used() - before) / (double) n;
        for (VirtBoard b : boards) {
            b.close();
        }
        if (ready != null) {
            ready.close();
        }
        return per;
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
