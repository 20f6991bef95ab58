package io.guestlab.emulator;

/**
 * How a machine's harts run guest code: interpreted only, or with hot code translated to JVM
 * bytecode once a block has run {@code hotRuns} times. Translation never changes what a guest
 * does (state, step counts, debugger stops): only how fast it happens.
 *
 * @param enabled whether hot code is translated at all ({@code guestlab run --no-translate}: no)
 * @param hotRuns runs of a block after which it is translated, at least 1
 */
public record Translation(boolean enabled, int hotRuns) {

    /**
     * The threshold: high enough that code which runs a few thousand times only (most of a
     * kernel's boot) is not worth a class. At 50 a Linux boot took 4.2 s, at 5,000 1.2 s, with
     * the same speed on hot loops.
     */
    public static final int DEFAULT_HOT_RUNS = 5000;

    /** Translation after {@link #DEFAULT_HOT_RUNS} runs: what machines do unless told otherwise. */
    public static final Translation DEFAULT = new Translation(true, DEFAULT_HOT_RUNS);

    /** The interpreter alone. */
    public static final Translation OFF = new Translation(false, DEFAULT_HOT_RUNS);

    public Translation {
        if (hotRuns < 1) {
            throw new IllegalArgumentException("blocks are translated after at least 1 run, not " + hotRuns);
        }
    }

    /** Translation after {@code runs} runs of a block. */
    public static Translation after(int runs) {
        return new Translation(true, runs);
    }
}
