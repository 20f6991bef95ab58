package io.guestlab.emulator.hart;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A hart's translations made on the translator thread, which all harts share: generating,
 * defining and compiling a class costs a boot's warm code about a fifth of its time, which the
 * hart spends running that code the way it did (interpreted, or its block alone) instead. What
 * is finished waits here until the hart's own thread installs it between slices, so blocks only
 * ever change on that thread.
 */
final class BackgroundTranslator {

    private static final Executor THREAD = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new PriorityBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "guestlab-translator");
                t.setDaemon(true);
                return t;
            });
    private static final AtomicLong SUBMITTED = new AtomicLong();

    /**
     * A request: regions before single blocks, each kind in the order asked for. A region is asked
     * for once its block's own translation ran {@code regionRuns} times: code that hot gains more
     * from it than any block waiting alone, and early in a run the thread has tens of those
     * queued (CoreMix's matrix loop waited 66 ms for its region behind them).
     */
    record Request(boolean region, long order, Runnable work) implements Runnable, Comparable<Request> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Request o) {
            return region != o.region ? (region ? -1 : 1) : Long.compare(order, o.order);
        }
    }
    /** Calls of a new region that make the JIT compile it (see {@link #compiled}); past the threshold they cost nothing. */
    private static final int WARM_CALLS = 1000;

    /** A translation of {@code block} of {@code page}, or why making it failed. */
    private record Done(Block block, DecodedPage page, RegionCompiler.Translation translation, RuntimeException failure) {
    }

    private final Queue<Done> done = new ConcurrentLinkedQueue<>();

    /** Translates {@code b} of {@code page} (see {@link RegionCompiler#compile}) on the translator thread. */
    void submit(Block b, DecodedPage page, DecodedPage regionPage, int offset) {
        THREAD.execute(new Request(regionPage != null, SUBMITTED.incrementAndGet(), () -> {
            try {
                RegionCompiler.Translation t = RegionCompiler.compile(b, regionPage, offset);
                compiled(t.code());
                done.add(new Done(b, page, t, null));
            } catch (RuntimeException e) {
                done.add(new Done(b, page, null, e));
            }
        }));
    }

    /**
     * Has the JIT compile {@code code} before the hart runs it, which would otherwise run it in
     * the JVM's interpreter, tens of times slower, until the compile queued by its calls is done:
     * calls that run nothing (a negative budget) reach the compile threshold, and the launcher
     * makes that compile one the calling thread waits for (CompileCommand BackgroundCompilation
     * false for the regions' run). Without that option the compile is only queued sooner.
     */
    private static void compiled(TranslatedRegion code) {
        for (int i = 0; i < WARM_CALLS; i++) {
            code.run(null, 0, -1);
        }
    }

    boolean hasDone() {
        return !done.isEmpty();
    }

    /**
     * Hands each finished translation whose page's code did not change meanwhile to
     * {@code install}; a failure of the translator (a bug) stops the hart with it, as when
     * translating on its own thread.
     */
    void installDone(BiConsumer<Block, RegionCompiler.Translation> install) {
        Done d;
        while ((d = done.poll()) != null) {
            if (d.failure() != null) {
                throw d.failure();
            }
            if (d.block().generation == d.page().generation) {
                install.accept(d.block(), d.translation());
            }
        }
    }
}
