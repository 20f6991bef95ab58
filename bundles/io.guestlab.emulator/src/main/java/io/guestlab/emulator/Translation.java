package io.guestlab.emulator;

/**
 * How a machine's harts run guest code: interpreted only, or with hot code translated to JVM
 * bytecode in two tiers: a block alone once it has run {@code hotRuns} times, then again with the
 * blocks of its page it jumps to (a region, where guest loops become JVM loops) once that
 * translation has run {@code regionRuns} times. Translation never changes what a guest does
 * (state, step counts, debugger stops): only how fast it happens.
 *
 * @param enabled    whether hot code is translated at all ({@code guestlab run --no-translate}: no)
 * @param hotRuns    runs of a block after which it is translated, at least 1
 * @param regionRuns runs of a block's translation after which it becomes a region, at least 1
 * @param background whether translating happens on a thread of its own while the hart goes on
 *                   running the code as it did (the translation replaces it at the next slice
 *                   of {@code Hart.SLICE} steps), or on the hart's thread at the threshold exactly
 */
public record Translation(boolean enabled, int hotRuns, int regionRuns, boolean background) {

    /**
     * The first threshold: high enough that code which runs a few thousand times only (most of a
     * kernel's boot) is not worth a class. At 50 a Linux boot took 4.2 s, at 5,000 1.2 s, with
     * the same speed on hot loops.
     */
    public static final int DEFAULT_HOT_RUNS = 5000;

    /** The second: regions take HotSpot longer to compile, which only code that stays hot repays. */
    public static final int DEFAULT_REGION_RUNS = 20_000;

    /** What machines do unless told otherwise. */
    public static final Translation DEFAULT = new Translation(true, DEFAULT_HOT_RUNS, DEFAULT_REGION_RUNS, true);

    /** The interpreter alone. */
    public static final Translation OFF = new Translation(false, DEFAULT_HOT_RUNS, DEFAULT_REGION_RUNS, false);

    public Translation {
        if (hotRuns < 1 || regionRuns < 1) {
            throw new IllegalArgumentException("code is translated after at least 1 run, not " + Math.min(hotRuns, regionRuns));
        }
    }

    /**
     * Translation after {@code runs} runs of a block, and as a region after as many runs of that,
     * each at that run exactly (on the hart's thread: what a test of the thresholds needs).
     */
    public static Translation after(int runs) {
        return new Translation(true, runs, runs, false);
    }
}
