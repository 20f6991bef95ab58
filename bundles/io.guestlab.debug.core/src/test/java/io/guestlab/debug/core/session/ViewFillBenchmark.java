package io.guestlab.debug.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * What the views wait for when they fill a page (issue 14's target: under 20 ms each), measured on
 * the example kernel stopped at main: a Disassembly page of 64 instructions after the pc, the
 * page of 64 before it (the backward search for an instruction boundary), 64 unmapped pages either
 * way (a line a page), and a Memory view page
 * of 256 bytes, each a round trip to the engine thread as the views make it. Run with
 * bench/view-bench (argument: repetitions).
 */
public final class ViewFillBenchmark {

    private ViewFillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Recorder events = new Recorder();
        try (MachineSession s = MachineSession.start(DebugKernel.setup(DebugKernel.attributes()), events, true)) {
            events.stop();
            long pc = s.frames(0).get(0).pc();
            long data = s.symbols().programs().get(0).addressOf("tasks").getAsLong();
            // addresses move through the kernel's text and data so that no two pages are alike
            report("Disassembly page, 64 instructions after", n, i -> check(s.disassemble(0, pc + 2 * (i % 64), 64)));
            report("Disassembly page, 64 instructions before", n, i -> check(s.disassembleBefore(0, pc + 2 * (i % 64), 64)));
            report("Disassembly page, 64 unmapped pages before RAM", n / 10,
                    i -> check(s.disassembleBefore(0, 0x8000_0000L - 4096L * (i % 64), 64)));
            report("Disassembly page, 64 unmapped pages after", n / 10,
                    i -> check(s.disassemble(0, 0x7000_0000L + 4096L * (i % 64), 64)));
            report("Memory page, 256 bytes (virtual)", n, i -> s.readMemory(0, data + 8 * (i % 64), 256, false, false));
            report("Memory page, 256 bytes (physical)", n, i -> s.readMemory(0, data + 8 * (i % 64), 256, true, false));
        }
    }

    private static void check(List<DisassemblyLine> page) {
        if (page.isEmpty()) {
            throw new IllegalStateException("an empty disassembly page");
        }
    }

    /** Times {@code n} fills after as many warm-up ones (JIT), and prints median, 90th percentile and max. */
    private static void report(String what, int n, LongConsumer fill) {
        for (int i = 0; i < n; i++) {
            fill.accept(i);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            fill.accept(i);
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-44s median %6.3f ms, 90th percentile %6.3f ms, max %6.3f ms (%d fills)%n", what,
                sorted[n / 2], sorted[n * 9 / 10], sorted[n - 1], n);
    }
}
