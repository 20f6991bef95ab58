import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapLog;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.history.History;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of history-bench (issue 14): what the debugger's trap log costs on a Linux boot,
 * and how long going back one instruction takes after a long run. Arguments: FW_JUMP IMAGE
 * INITRAMFS STEPS MODE, one figure per JVM (the script alternates them, so that neither JIT
 * warm-up order nor profile pollution from the other configuration counts):
 * <ul>
 * <li>{@code plain} / {@code logged}: boots Linux on one hart for STEPS steps (or to its power-off)
 * without or with a {@link TrapLog} of depth 1,000 listening; prints {@code boot SECONDS CPU_SECONDS STEPS TRAPS}
 * (wall time, and the CPU time of the thread that runs the harts).</li>
 * <li>{@code reverse}: runs Linux on 4 harts 10^8 steps under a {@link History} (checkpoints as the
 * debugger keeps them), then times the first reverse step and the next 20.</li>
 * </ul>
 */
public final class HistoryBench {

    public static void main(String[] args) throws Exception {
        Path fw = Path.of(args[0]), image = Path.of(args[1]), initrd = Path.of(args[2]);
        long steps = Long.parseLong(args[3]);
        String mode = args[4];
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(fw).withKernel(image).withInitrd(initrd)
                .withAppend("console=ttyS0").withMemory(256L << 20).withHarts(1);
        if (!mode.equals("reverse")) {
            TrapLog log = mode.equals("logged") ? new TrapLog(1000) : null;
            try (VirtBoard board = VirtBoard.create(config, b -> { })) {
                board.machine().setTrapListener(log);
                // the harts run on this thread: its CPU time leaves out the JIT's threads and other processes
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long t0 = System.nanoTime(), cpu0 = threads.getCurrentThreadCpuTime();
                while (board.machine().steps() < steps && board.stopRequest() == null) {
                    board.run(Math.min(2_000_000, steps - board.machine().steps()));
                }
                double seconds = (System.nanoTime() - t0) / 1e9, cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
                // -1: the log held its depth (over 1,000 traps)
                int traps = log == null ? 0 : log.entries().size() == 1000 ? -1 : log.entries().size();
                System.out.printf(Locale.ROOT, "boot %.4f %.4f %d %d%n", seconds, cpu, board.machine().steps(), traps);
            }
            return;
        }

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
}
