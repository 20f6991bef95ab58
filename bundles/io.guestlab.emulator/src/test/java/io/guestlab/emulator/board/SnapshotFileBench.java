package io.guestlab.emulator.board;

import io.guestlab.emulator.snapshot.RamImage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Times {@link SnapshotFile#save} and {@link SnapshotFile#load} on a 256 MiB RAM image where about
 * 15% of the pages hold real RISC-V binaries (OpenSBI's ELF files repeated, or pseudo-code when
 * they are missing) and some more are allocated but zero, as after a guest boot. Not a test:
 * prints figures. Usage: {@code SnapshotFileBench [rounds] [folder]}.
 */
public final class SnapshotFileBench {

    private static final long MIB = 1L << 20;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("snapshot-bench");
        Path file = folder.resolve("bench.snapshot");

        RamImage ram = ram(256 * MIB, 0.15, 0.05, content());
        BoardSnapshot snapshot = new BoardSnapshot(VirtBoardConfig.defaults().withMemory(256 * MIB), new byte[4096], ram, List.of());
        long nonZero = 0;
        for (int i = 0; i < ram.pageCount(); i++) {
            if (ram.page(i) != null && !isZero(ram.page(i))) {
                nonZero += RamImage.PAGE_SIZE;
            }
        }
        System.out.printf("RAM %d MiB, %d resident pages, %.1f MiB non-zero; %d cores%n", ram.sizeBytes() / MIB,
                ram.residentPages(), nonZero / (double) MIB, Runtime.getRuntime().availableProcessors());

        // CPU time too: on a shared machine it varies less than wall time
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SnapshotFile.save(snapshot, file);
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            BoardSnapshot back = SnapshotFile.load(file);
            long t2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            if (back.ram().residentPages() == 0) {
                throw new AssertionError("nothing loaded");
            }
            System.out.printf("round %d: save %4d ms (cpu %4d ms), load %4d ms (cpu %4d ms), file %.1f MB; load average %.1f%n",
                    r + 1, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000,
                    Files.size(file) / 1e6, os.getSystemLoadAverage());
        }
        Files.delete(file);
        if (args.length <= 1) {
            Files.delete(folder);
        }
    }

    /** Bytes of real RISC-V binaries, the kind of content a booted guest's RAM holds. */
    private static byte[] content() throws IOException {
        Path dir = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic");
        for (String name : new String[] {"fw_jump.elf", "fw_dynamic.elf"}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                System.out.println("content: " + p);
                return Files.readAllBytes(p);
            }
        }
        System.out.println("content: OpenSBI not installed, using pseudo-random instruction words");
        return pseudoCode(256 * 1024);
    }

    /** Instruction-like words: a few opcodes and registers, random immediates, so deflate finds some redundancy. */
    private static byte[] pseudoCode(int bytes) {
        Random random = new Random(7);
        int[] opcodes = {0x13, 0x33, 0x03, 0x23, 0x63, 0x6f, 0x67, 0x37};
        byte[] code = new byte[bytes];
        for (int i = 0; i + 4 <= bytes; i += 4) {
            int word = opcodes[random.nextInt(opcodes.length)] | (random.nextInt(8) + 8) << 7 | random.nextInt(1 << 12) << 20;
            code[i] = (byte) word;
            code[i + 1] = (byte) (word >>> 8);
            code[i + 2] = (byte) (word >>> 16);
            code[i + 3] = (byte) (word >>> 24);
        }
        return code;
    }

    /**
     * A RAM image of {@code bytes} where {@code full} of the pages are filled with consecutive
     * slices of {@code content} and {@code zero} more are allocated but zero, spread at random.
     */
    static RamImage ram(long bytes, double full, double zero, byte[] content) {
        int count = (int) (bytes / RamImage.PAGE_SIZE);
        byte[][] pages = new byte[count][];
        Random random = new Random(42);
        int offset = 0;
        for (int i = 0; i < count; i++) {
            double d = random.nextDouble();
            if (d < full) {
                byte[] page = new byte[RamImage.PAGE_SIZE];
                for (int k = 0; k < page.length; k++) {
                    page[k] = content[offset];
                    offset = (offset + 1) % content.length;
                }
                pages[i] = page;
            } else if (d < full + zero) {
                pages[i] = new byte[RamImage.PAGE_SIZE];
            }
        }
        return new RamImage(0x8000_0000L, pages);
    }

    private static boolean isZero(byte[] page) {
        for (byte b : page) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
