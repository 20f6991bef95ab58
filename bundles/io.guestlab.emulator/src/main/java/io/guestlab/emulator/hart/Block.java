package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * A straight-line run of decoded instructions: the interpreter's unit of dispatch. It starts
 * where control arrived and ends after the first instruction that may change control flow or
 * machine state out of line (a branch, a jump, a system instruction), before an instruction
 * that cannot be decoded in place, or at the end of the next page (see {@link PageSpan}). The pc
 * advances once per block and the per-instruction work is one array read and one switch.
 * <p>
 * Blocks belong to a {@link DecodedPage} and are valid while its {@code generation} equals
 * theirs: a store that overwrites decoded code bumps the page's generation.
 */
final class Block {

    /** Packed operands (see {@link Hart#pack}) per instruction. */
    final long[] ops;
    /** The instruction per op, read only for kinds executed out of line. */
    final Insn[] insns;
    /** Byte offset of each instruction from the block's start; {@code offsets[count]} is the end. */
    final int[] offsets;
    final int count;
    final long generation;
    /** How it runs on into the next page, or null if it ends in its own (final: translators on other threads read it). */
    final PageSpan span;
    /** Times the interpreter ran this block; at the hart's threshold ({@link io.guestlab.emulator.Translation}) it is translated. */
    int runs;
    /**
     * Its translation was asked for: it runs hot, and a region may hold it while that translation
     * is still being made (read by the translator thread, for that only).
     */
    boolean hot;
    /**
     * The translation to JVM bytecode of the region this block enters, or null; it covers the
     * block's first {@link #translatedLength} instructions.
     */
    TranslatedRegion translated;
    int translatedLength;
    /** Times its translation ran; at the hart's second threshold it is translated again as a region. */
    int translatedRuns;
    /** Whether a region translated from another block holds this one: its own region is then a small one. */
    boolean inRegion;
    /**
     * The bytes its translation may run, relative to the block's start: the start and end of
     * each block of the region, in pairs. A breakpoint between them (in code the region does not
     * hold) does not concern it.
     */
    int[] translatedRanges;

    // Where the debugger's breakpoints are, worked out once per breakpoint set and start address
    // (DebugHooks#locate), so that a block costs two compares however many are set.
    /** The breakpoint set these were worked out for, or null. */
    long[] breakpointSet;
    /** The start address they were worked out for (the same code may be entered at another virtual address). */
    long breakpointBase;
    /** A breakpoint is at the block's first instruction. */
    boolean breakpointAtStart;
    /** Instructions that run before the first one at or past a breakpoint after the start; {@link #count} if none. */
    int breakpointCut;
    /**
     * A breakpoint lies in a block the translation may run (this one or another of its region):
     * translated code does not look at breakpoints, so the dispatcher then interprets this entry.
     * Only code run hot is in a region, so a breakpoint there is about to be hit.
     */
    boolean breakpointInTranslation;

    Block(long[] ops, Insn[] insns, int[] offsets, int count, long generation) {
        this(ops, insns, offsets, count, generation, null);
    }

    Block(long[] ops, Insn[] insns, int[] offsets, int count, long generation, PageSpan span) {
        this.span = span;
        this.ops = ops;
        this.insns = insns;
        this.offsets = offsets;
        this.count = count;
        this.generation = generation;
    }
}
