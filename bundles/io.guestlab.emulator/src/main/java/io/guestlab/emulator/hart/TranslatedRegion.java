package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * A region of hot code translated to JVM bytecode by {@link RegionCompiler}: a hidden class
 * extending this one runs a {@link Block} and the blocks of its page it jumps to, with the same
 * effect as {@link Hart}'s interpreter running them.
 */
abstract class TranslatedRegion {

    /** The region's instructions in translation order, for the F and D ones, which it hands to {@link HartFpu}. */
    Insn[] insns;

    /**
     * Runs the region on {@code hart}, entering at its entry block, which starts at {@code base},
     * for at most {@code budget} steps (at least the entry block's translated length), through any
     * of its blocks: it does not look at breakpoints (see {@link Block#breakpointInTranslation}).
     * Returns how many ran and leaves the next pc in {@link Hart#nextPc}. A trap unwinds with the hart's
     * registers and pc at the trapping instruction and {@link Hart#blockIndex} holding the steps
     * run before it. A negative budget runs nothing and touches no hart: that is how the
     * translator has HotSpot compile a new region before a hart runs it.
     */
    abstract int run(Hart hart, long base, int budget);
}
