package io.guestlab.symbols;

import static org.junit.Assert.fail;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.Test;

/**
 * Mutates real ELFs (bytes flipped, mostly inside DWARF and CFI sections; files truncated) for
 * a bounded time and drives the whole public API over each: every call must either work or
 * throw {@link SymbolsException} from a deliberate check (never a JDK runtime exception from a
 * missing bounds check), and must finish (no endless loop).
 */
public class CorruptInputFuzzTest {

    private static final java.util.concurrent.atomic.AtomicInteger REJECTED = new java.util.concurrent.atomic.AtomicInteger();

    private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(4);

    @Test
    public void mutatedElfsFailCleanly() throws Exception {
        List<String> variants = List.of("shapes-elf-O2-dwarf5", "shapes-elf-O0-dwarf4", "shapes-linux-O2-dwarf4");
        byte[][] originals = new byte[variants.size()][];
        for (int i = 0; i < originals.length; i++) {
            originals[i] = Files.readAllBytes(GuestExamples.elf(variants.get(i)));
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            long seed = System.nanoTime();
            Random random = new Random(seed);
            long deadline = System.nanoTime() + BUDGET_NANOS;
            int runs = 0;
            while (System.nanoTime() < deadline) {
                int which = random.nextInt(originals.length);
                long caseSeed = random.nextLong();
                byte[] mutated = mutate(originals[which], new Random(caseSeed));
                String name = variants.get(which) + " case seed " + caseSeed;
                Future<?> f = worker.submit(() -> exercise(name, mutated));
                try {
                    f.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    fail("no answer within 20 s (endless loop?) on " + name);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError(name + ": " + e.getCause(), e.getCause());
                }
                runs++;
            }
            System.out.println("fuzz: " + runs + " mutated ELFs, " + REJECTED.get() + " calls rejected with a clear error");
            if (runs < 20) {
                fail("only " + runs + " mutated files tried in the time budget");
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** 1 to 16 random bytes changed, mostly in debug sections; sometimes a truncation too. */
    static byte[] mutate(byte[] original, Random random) throws Exception {
        byte[] b = original.clone();
        Program p = Program.parse(Path.of("original"), ByteBuffer.wrap(original), 0);
        List<Section> targets = p.sections().stream()
                .filter(s -> s.name().startsWith(".debug") || s.name().equals(".eh_frame") || s.name().startsWith(".sym")
                        || s.name().startsWith(".str"))
                .toList();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips; i++) {
            int at;
            if (random.nextInt(4) == 0 || targets.isEmpty()) {
                at = random.nextInt(Math.min(b.length, 4096));
            } else {
                Section s = targets.get(random.nextInt(targets.size()));
                if (s.size() == 0 || s.type() == Section.SHT_NOBITS) {
                    continue;
                }
                at = (int) (s.fileOffset() + random.nextInt((int) s.size()));
            }
            b[at] = random.nextInt(3) == 0 ? (byte) 0xff : (byte) random.nextInt(256);
        }
        if (random.nextInt(8) == 0) {
            return java.util.Arrays.copyOf(b, random.nextInt(b.length));
        }
        return b;
    }

    private static void exercise(String name, byte[] bytes) {
        Path file = Path.of(name);
        Program p;
        try {
            p = Program.parse(file, ByteBuffer.wrap(bytes), 0);
        } catch (SymbolsException e) {
            checkDeliberate(name, e);
            return;
        }
        long[] addresses = {0x80000000L, 0x800000a4L, 0x80000100L, 0x80000300L, 0x10632L, 0x106fcL, 0x1076eL};
        attempt(name, () -> p.symbols());
        attempt(name, () -> p.symbolAt(0x80000100L));
        attempt(name, () -> p.riscvAttributes());
        attempt(name, () -> p.units());
        attempt(name, () -> p.lineEntries());
        attempt(name, () -> p.frameDescriptions());
        for (long a : addresses) {
            attempt(name, () -> p.describe(a));
        }
        attempt(name, () -> {
            SimulatedHart hart = new SimulatedHart();
            hart.registers.put(2, 0x80100000L - 64);
            hart.registers.put(8, 0x80100000L);
            hart.write(0x80100000L - 64, 0, 64);
            return new Unwinder(new AddressSpace().add(p), null).backtrace(hart, 0x800001c0L, 16);
        });
        attempt(name, () -> new SourceLines(p).functionContaining(0x800001c0L));
        attempt(name, () -> Variables.in(p, 0x800001c0L).size());
    }

    interface Call {
        Object run() throws SymbolsException;
    }

    private static void attempt(String name, Call call) {
        try {
            call.run();
        } catch (SymbolsException e) {
            checkDeliberate(name, e);
        }
    }

    /** A SymbolsException caused by a JDK runtime exception means a missing check: a bug. */
    private static void checkDeliberate(String name, SymbolsException e) {
        REJECTED.incrementAndGet();
        if (e.getCause() != null) {
            throw new AssertionError(name + ": unchecked failure inside the reader: " + e.getMessage(), e.getCause());
        }
        if (e.getMessage() == null || !e.getMessage().startsWith(name)) {
            throw new AssertionError(name + ": message does not name the file: " + e.getMessage());
        }
    }
}
