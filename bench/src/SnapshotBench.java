import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.bus.Ram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The figures of snapshot-bench: boots Linux on the virt board to its init's first line, then
 * times snapshots, restores, forks and snapshot files of that machine and measures what a fork
 * costs in memory once it runs. Arguments: FW_JUMP IMAGE INITRAMFS MEMORY_MIB HARTS RUNS.
 */
public final class SnapshotBench {

    private static final int WARM_UP = 30;

    public static void main(String[] args) throws Exception {
        Path fw = Path.of(args[0]), image = Path.of(args[1]), initrd = Path.of(args[2]);
        long memory = Long.parseLong(args[3]) << 20;
        int harts = Integer.parseInt(args[4]);
        int runs = Integer.parseInt(args[5]);
        StringBuilder console = new StringBuilder();
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(fw).withKernel(image).withInitrd(initrd)
                .withAppend("console=ttyS0").withMemory(memory).withHarts(harts);
        VirtBoard[] booted = new VirtBoard[1];
        VirtBoard board = VirtBoard.create(config, b -> {
            console.append((char) b);
            if (b == '\n' && console.indexOf("guestlab-init: ") >= 0) {
                booted[0].machine().halt(); // stop right after the init's first line, before it powers off
            }
        });
        booted[0] = board;
        long t0 = System.nanoTime();
        while (console.indexOf("guestlab-init: ") < 0 || console.charAt(console.length() - 1) != '\n') {
            board.run(1_000_000);
            if (System.nanoTime() - t0 > 300e9) {
                throw new IllegalStateException("Linux did not reach its init within 300 s:\n" + console);
            }
        }
        Ram ram = board.machine().bus().ram();
        System.out.printf(Locale.ROOT, "booted Linux to init: %d harts, %d MiB RAM, %.1f MiB of it touched, %d steps, %.2f s%n",
                harts, memory >> 20, ram.residentPages() * 4096 / 1048576.0, board.machine().steps(),
                (System.nanoTime() - t0) / 1e9);

        double[] snap = new double[runs], restore = new double[runs], fork = new double[runs];
        BoardSnapshot s = null;
        for (int i = -WARM_UP; i < runs; i++) { // the first rounds warm the JIT up; they are not counted
            if (i < 0) {
                board.restore(board.snapshot());
                board.fork(b -> { }).close();
                continue;
            }
            long t = System.nanoTime();
            s = board.snapshot();
            snap[i] = ms(t);
            t = System.nanoTime();
            board.restore(s);
            restore[i] = ms(t);
            t = System.nanoTime();
            VirtBoard child = board.fork(b -> { });
            fork[i] = ms(t);
            child.close();
        }
        System.out.printf(Locale.ROOT, "in-process snapshot  %8.3f ms (median of %d, after %d to warm up; slowest %.3f ms)%n",
                median(snap), runs, WARM_UP, Arrays.stream(snap).max().getAsDouble());
        System.out.printf(Locale.ROOT, "restore              %8.3f ms%n", median(restore));
        System.out.printf(Locale.ROOT, "fork                 %8.3f ms (slowest %.3f ms)%n", median(fork),
                Arrays.stream(fork).max().getAsDouble());

        VirtBoard child = board.fork(b -> { });
        Ram childRam = child.machine().bus().ram();
        long before = used();
        long steps = 100_000_000;
        long end = child.machine().steps() + steps;
        while (child.machine().steps() < end && child.stopRequest() == null) {
            io.guestlab.emulator.StopEvent e = child.run(Math.min(1_000_000, end - child.machine().steps()));
            if (e.reason() != io.guestlab.emulator.StopReason.BUDGET_EXHAUSTED) {
                System.out.println("the fork stopped: " + e);
                break;
            }
        }
        int own = 0;
        for (int p = 0; p < childRam.pageCount(); p++) {
            if (childRam.pageOrNull(p) != null && childRam.pageOrNull(p) != ram.pageOrNull(p)) {
                own++;
            }
        }
        System.out.printf(Locale.ROOT, "fork then %d steps: %.2f MiB of pages of its own (%d pages), heap +%.1f MiB%n",
                child.machine().steps() - (end - steps), own * 4096 / 1048576.0, own, (used() - before) / 1048576.0);
        child.close();

        Path file = Files.createTempFile("snapshot-bench", ".snap");
        double[] save = new double[runs], load = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            SnapshotFile.save(board.snapshot(), file);
            save[i] = ms(t);
            t = System.nanoTime();
            SnapshotFile.load(file);
            load[i] = ms(t);
        }
        System.out.printf(Locale.ROOT, "snapshot file: save %.1f ms, load %.1f ms, %.1f MiB on disk%n",
                median(save), median(load), Files.size(file) / 1048576.0);
        Files.delete(file);
        board.close();
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static long used() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
