package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

import java.util.Arrays;

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
    /**
     * Where its indirect jump (a {@code jalr} that neither links nor returns: a switch's jump
     * table, a tail call through a pointer) went when interpreted, relative to the block's start
     * within its page, distinct, the first {@link #INDIRECT_TARGETS}; null while it has not run
     * or ends otherwise. A region takes these in as it takes in a branch's targets: its jump then
     * stays inside the region. A return's are not taken: in a Linux boot on 4 harts, regions
     * holding its callers' return sites made it 3-5% slower.
     */
    int[] indirectTargets;
    static final int INDIRECT_TARGETS = 8;
    /** It ends in such a jump. */
    final boolean jumpsIndirectly;
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
        this.jumpsIndirectly = count > 0 && endsInIndirectJump(ops, count);
    }

    /** Whether the last of {@code count} ops is such a jump (see {@link #indirectTargets}). */
    private static boolean endsInIndirectJump(long[] ops, int count) {
        long o = ops[count - 1];
        int rd = (int) (o >>> 32) & 63;
        int rs1 = (int) (o >>> 38) & 31;
        // x0 is 32 here, the sink; jalr x0 through ra or t0 is a return (unprivileged ISA,
        // section 2.5: the return-address stack hints)
        return (int) (o >>> 57) == Kind.JALR && (rd == 0 || rd == 32) && rs1 != 1 && rs1 != 5;
    }

    /**
     * Notes that its indirect jump, run from {@code base}, went to {@code target}: kept if it
     * lies in the same page and is new, while fewer than {@link #INDIRECT_TARGETS} are known.
     */
    void jumpedTo(long base, long target) {
        if (((base ^ target) & ~0xfffL) != 0) {
            return;
        }
        int delta = (int) (target - base);
        int[] known = indirectTargets;
        if (known == null) {
            indirectTargets = new int[] {delta};
            return;
        }
        if (known.length >= INDIRECT_TARGETS) {
            return;
        }
        for (int d : known) {
            if (d == delta) {
                return;
            }
        }
        int[] more = Arrays.copyOf(known, known.length + 1);
        more[known.length] = delta;
        indirectTargets = more; // a new array: the translator thread reads a whole one
    }
}
