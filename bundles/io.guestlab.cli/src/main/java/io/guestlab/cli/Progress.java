package io.guestlab.cli;

import io.guestlab.testing.ReadyPoint;
import io.guestlab.testing.RunListener;
import io.guestlab.testing.TestResult;
import io.guestlab.testing.TestRun;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What {@code guestlab test} shows while it runs. On a terminal: a live line (done / total,
 * passed, failed, ETA) and each failure as it happens. Otherwise plain lines, one per result,
 * as tests finish (in the suite's order with one job; the reports are in that order always).
 */
final class Progress implements RunListener {

    private final PrintStream out;
    private final boolean terminal;
    private int total;
    private int done;
    private int passed;
    private int failed;
    private long start;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Whether {@code out} is the process's standard output on an interactive terminal. */
    static boolean isTerminal(PrintStream out) {
        return out == System.out && System.console() != null; // Java 21: non-null only when both ends are a terminal
    }

    @Override
    public void bootingReadyMachine(ReadyPoint ready) {
        out.println("booting the ready machine to " + ready.description());
    }

    @Override
    public void started(int total) {
        this.total = total;
        start = System.nanoTime();
    }

    @Override
    public void finished(TestRun run) {
        done++;
        for (TestResult r : run.results()) {
            if (r.verdict().isFailure()) {
                failed++;
            } else {
                passed++;
            }
        }
        if (terminal) {
            for (TestResult r : run.results()) {
                if (r.verdict().isFailure()) {
                    out.print("\r\033[K");
                    out.println(line(r));
                }
            }
            long elapsed = System.nanoTime() - start;
            double eta = done == 0 ? 0 : elapsed / 1e9 / done * (total - done);
            out.printf(Locale.ROOT, "\r\033[K[%d/%d] %d passed, %d failed, ETA %.0fs", done, total, passed, failed, eta);
            out.flush();
            return;
        }
        for (TestResult r : run.results()) {
            out.println(line(r));
        }
    }

    void end() {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.flush();
    }

    private static String line(TestResult r) {
        String verdict = r.verdict().toString().toUpperCase(Locale.ROOT);
        String message = r.message().isEmpty() ? "" : ": " + r.message().lines().findFirst().orElse("");
        return String.format(Locale.ROOT, "%-7s %s%s", verdict, r.fullName(), message);
    }
}
