import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapLog;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.history.History;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of history-bench (issue 14): what the debugger's trap log costs on a Linux boot,
 * and how long going back one instruction takes after a long run. Arguments: FW_JUMP IMAGE
 * INITRAMFS STEPS RUNS.
 * <ol>
 * <li>Boots Linux for STEPS steps with and without a {@link TrapLog} of depth 1,000 listening,
 * alternating, RUNS times each; prints the best wall time of each and the difference.</li>
 * <li>Runs Linux on 4 harts 10^8 steps under a {@link History} (checkpoints as the debugger keeps them),
 * then times the first reverse step and the next 20.</li>
 * </ol>
 */
public final class HistoryBench {

    public static void main(String[] args) throws Exception {
        Path fw = Path.of(args[0]), image = Path.of(args[1]), initrd = Path.of(args[2]);
        long steps = Long.parseLong(args[3]);
        int runs = Integer.parseInt(args[4]);
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(fw).withKernel(image).withInitrd(initrd)
                .withAppend("console=ttyS0").withMemory(256L << 20).withHarts(1);

        double[] plain = new double[runs], logged = new double[runs];
        long traps = 0;
        for (int i = 0; i < runs; i++) {
            plain[i] = boot(config, steps, null);
            TrapLog log = new TrapLog(1000);
            logged[i] = boot(config, steps, log);
            traps = log.entries().size() == 1000 ? -1 : log.entries().size();
        }
        double best = Arrays.stream(plain).min().getAsDouble(), bestLogged = Arrays.stream(logged).min().getAsDouble();
        System.out.printf(Locale.ROOT, "Linux boot, %,d steps%s: %.3f s without the trap log, %.3f s with it (best of %d each):"
                + " %+.1f%%%s%n", bootSteps, bootSteps < steps ? " (to its power-off)" : "", best, bestLogged, runs, (bestLogged / best - 1) * 100,
                traps < 0 ? " (the log was full: over 1,000 traps)" : " (" + traps + " traps)");

        // on 4 harts: on one the example's init powers the machine off after about 64 million steps
        VirtBoard board = VirtBoard.create(config.withHarts(4), b -> { });
        History<BoardSnapshot> history = History.start(board.machine(), board::run, CheckpointProvider.of(board, on -> { }),
                History.DEFAULT_INTERVAL);
        long target = 100_000_000;
        long t0 = System.nanoTime();
        while (board.machine().steps() < target) {
            StopEvent e = board.run(history.beforeForwardRun(Math.min(2_000_000, target - board.machine().steps())));
            history.afterForwardRun();
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                System.err.printf(Locale.ROOT, "history-bench: the guest stopped at step %,d before 10^8: %s%n", board.machine().steps(), e);
                System.exit(1);
            }
        }
        System.out.printf(Locale.ROOT, "ran %,d steps under the history in %.2f s%n", board.machine().steps(), (System.nanoTime() - t0) / 1e9);
        long t = System.nanoTime();
        StopEvent first = history.reverseStep(0);
        double firstMs = (System.nanoTime() - t) / 1e6;
        double[] later = new double[20];
        for (int i = 0; i < later.length; i++) {
            t = System.nanoTime();
            history.reverseStep(0);
            later[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(later);
        System.out.printf(Locale.ROOT, "first reverse step after 10^8 steps: %.1f ms (%s); the next 20: median %.2f ms, max %.2f ms%n",
                firstMs, first.reason(), later[later.length / 2], later[later.length - 1]);
        board.close();
    }

    /** Where the last {@link #boot} ended: its step budget, or the guest's power-off before it. */
    private static long bootSteps;

    /** Boots for {@code steps} steps, with {@code log} listening to traps (or none); the wall time in seconds. */
    private static double boot(VirtBoardConfig config, long steps, TrapLog log) throws Exception {
        try (VirtBoard board = VirtBoard.create(config, b -> { })) {
            board.machine().setTrapListener(log);
            long t0 = System.nanoTime();
            while (board.machine().steps() < steps && board.stopRequest() == null) {
                board.run(Math.min(2_000_000, steps - board.machine().steps()));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            bootSteps = board.machine().steps();
            return seconds;
        }
    }
}
