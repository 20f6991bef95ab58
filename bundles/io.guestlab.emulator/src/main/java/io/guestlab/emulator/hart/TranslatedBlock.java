package io.guestlab.emulator.hart;

/**
 * A {@link Block} (or a prefix of one) translated to JVM bytecode by {@link BlockCompiler}: a
 * hidden class extending this one runs the block's instructions as straight-line code, with the
 * same effect as {@link Hart}'s interpreter running them.
 */
abstract class TranslatedBlock {

    /** The block's instructions, for the F and D ones, which the translation hands to {@link HartFpu}. */
    io.guestlab.emulator.isa.Insn[] insns;

    /**
     * Runs the translated instructions on {@code hart}, the block starting at {@code base}, at
     * most {@code budget} of them (at least the translation's length). Returns how many ran:
     * all of them, fewer when one left the block (an access that went out of line), or more when
     * the block is a loop that branches back to itself: it then runs whole rounds while the
     * budget allows. Leaves the next pc in {@link Hart#nextPc}. Before anything that may trap it
     * writes the steps before that instruction to {@link Hart#blockIndex}, so a trap is exact.
     */
    abstract int run(Hart hart, long base, int budget);
}
