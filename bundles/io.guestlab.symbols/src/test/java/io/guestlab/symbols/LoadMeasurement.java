package io.guestlab.symbols;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Measures loading a big ELF: time and retained heap for the symbol table (with its lookup
 * index) and for every line table, then the cost of lookups. Not a test (timings vary by
 * machine); run it by hand:
 * {@code java -cp ... io.guestlab.symbols.LoadMeasurement ELF}
 */
public final class LoadMeasurement {

    private LoadMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LoadMeasurement ELF");
            System.exit(2);
        }
        Path elf = Path.of(args[0]);
        long heap0 = usedHeap();
        long t0 = System.nanoTime();
        Program p = Program.open(elf, 0);
        List<ElfSymbol> symbols = p.symbols();
        p.symbolAt(p.entry());
        long t1 = System.nanoTime();
        long heap1 = usedHeap();
        long rows = p.loadLineTables();
        long t2 = System.nanoTime();
        long heap2 = usedHeap();
        System.out.printf("%s: %,d bytes, %,d symbols, %,d units, %,d line rows%n", elf, elf.toFile().length(), symbols.size(),
                p.units().size(), rows);
        System.out.printf("symbols + index: %,d ms, %,d KiB retained%n", (t1 - t0) / 1_000_000, (heap1 - heap0) / 1024);
        System.out.printf("line tables:     %,d ms, %,d KiB retained%n", (t2 - t1) / 1_000_000, (heap2 - heap1) / 1024);
        Random random = new Random(1);
        List<Section> code = p.sections().stream().filter(s -> (s.flags() & Section.SHF_EXECINSTR) != 0).toList();
        int lookups = 100_000;
        long t3 = System.nanoTime();
        for (int i = 0; i < lookups; i++) {
            Section s = code.get(random.nextInt(code.size()));
            p.symbolAt(s.address() + (long) (random.nextDouble() * s.size()));
        }
        long t4 = System.nanoTime();
        System.out.printf("nearest symbol:  %,d ns per lookup%n", (t4 - t3) / lookups);
        int described = 200;
        long t5 = System.nanoTime();
        for (int i = 0; i < described; i++) {
            Section s = code.get(random.nextInt(code.size()));
            p.describe(s.address() + (long) (random.nextDouble() * s.size()));
        }
        long t6 = System.nanoTime();
        long heap3 = usedHeap();
        System.out.printf("addr2line -f -i: %,d us per address (each first call into a unit reads its DIE tree), "
                + "%,d KiB more retained%n", (t6 - t5) / 1000 / described, (heap3 - heap2) / 1024);
        java.lang.ref.Reference.reachabilityFence(p);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
