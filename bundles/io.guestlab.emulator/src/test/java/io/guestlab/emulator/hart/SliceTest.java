package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/** What ends a hart's slice (see {@link Hart#SLICE}): what may change when an interrupt is taken, and nothing else. */
public class SliceTest {

    private static final int A0 = 10, S1 = 9, TIME = 0xc01, MSCRATCH = 0x340;
    private static final int ROUNDS = 10_000;

    @Test
    public void aCsrReadDoesNotEndTheSlice() {
        // a delay loop polling rdtime, as U-Boot's udelay does (4 million reads in its first 150
        // million instructions, each of which used to end a slice)
        Hart hart = runLoop(Asm.iType(0x73, 2, A0, 0, TIME)); // csrrs a0, time, x0
        assertTrue("slices for " + ROUNDS + " reads: " + hart.slices, hart.slices < ROUNDS / 100);
    }

    @Test
    public void aCsrWriteEndsTheSlice() {
        // it may unmask an interrupt, which the hart then takes at once
        Hart hart = runLoop(Asm.iType(0x73, 1, 0, A0, MSCRATCH)); // csrrw x0, mscratch, a0
        assertTrue("slices for " + ROUNDS + " writes: " + hart.slices, hart.slices >= ROUNDS);
    }

    /** {@code ROUNDS} rounds of the instruction {@code insn} and a count down, then an ebreak, interpreted. */
    private static Hart runLoop(int insn) {
        Asm a = new Asm().li(S1, ROUNDS);
        int loop = a.size();
        a.word(insn).addi(S1, S1, -1).bne(S1, 0, loop - a.size()).ebreak();
        Hart hart = BlockTranslationTest.runToEbreak(a.bytes(), false);
        assertEquals(0, hart.xreg(S1));
        return hart;
    }
}
