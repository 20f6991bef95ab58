package io.guestlab.emulator.hart;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * A measurement, not a test: runs the guests of examples/bench/build with hot-block translation
 * off, then on, and prints instructions, the best wall and thread CPU time of three runs, and
 * MIPS per guest. Run from the bundle folder with the test classpath:
 * {@code java -cp ... io.guestlab.emulator.hart.BlockTranslationBench [guest ...]}.
 */
public final class BlockTranslationBench {

    private static final String[] GUESTS = {"coremix", "crc32", "interp", "matmul", "sort"};
    /** Runs per guest and mode (the best counts): -Dbench.runs=N. */
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    /** -Dbench.interpreted=false measures translated code only. */
    private static final boolean INTERPRETED = !"false".equals(System.getProperty("bench.interpreted"));

    private BlockTranslationBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] guests = args.length > 0 ? args : GUESTS;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (boolean translate : INTERPRETED ? new boolean[] {false, true} : new boolean[] {true}) {
            System.out.println(translate ? "translated:" : "interpreted:");
            for (String guest : guests) {
                Path elf = GuestTools.repositoryRoot().resolve("examples/bench/build/" + guest + ".elf");
                double wall = Double.MAX_VALUE;
                double cpu = Double.MAX_VALUE;
                long instructions = 0;
                String end = "";
                for (int r = 0; r < RUNS; r++) {
                    Machine m = new Machine(MachineConfig.defaults().withRamSize(64 << 20));
                    m.setTranslation(translate ? Translation.DEFAULT : Translation.OFF);
                    m.load(ElfFile.read(elf), new ByteArrayOutputStream());
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    StopEvent e = m.run(Long.MAX_VALUE / 4);
                    wall = Math.min(wall, (System.nanoTime() - t0) / 1e9);
                    cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
                    instructions = m.instructionsRetired();
                    end = e.reason() + " " + e.exitCode();
                }
                System.out.printf("  %-8s %-8s instructions=%d wall=%.3fs cpu=%.3fs mips=%.1f%n", guest, end,
                        instructions, wall, cpu, instructions / wall / 1e6);
            }
        }
    }
}
