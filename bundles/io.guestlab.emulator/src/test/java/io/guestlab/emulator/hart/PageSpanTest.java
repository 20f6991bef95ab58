package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.support.Asm;
import org.junit.Test;

/**
 * A loop whose body straddles a page boundary, with a 4-byte instruction across it (as CoreMark's
 * matrix kernel does when built for rv64gc): one block ({@link PageSpan}), so one region, instead
 * of three trips through the dispatcher per round; and when the code it took from the next page
 * changes (the crossing instruction's upper half, or an instruction after it), the new code runs
 * at once, as interpreted.
 */
public class PageSpanTest {

    private static final long RAM = 0x8000_0000L;
    private static final int S0 = 8, S1 = 9, A0 = 10, T0 = 5, T1 = 6;
    private static final int ROUNDS = 1000;
    /** The loop: addi a0,a0,1 ends 2 bytes before the boundary, addi a0,a0,2 crosses it, addi a0,a0,4 follows. */
    private static final long LOOP = RAM + 0xffa, CROSSING = RAM + 0xffe, AFTER = RAM + 0x1002;

    @Test
    public void aLoopAcrossAPageBoundaryRunsManyRoundsPerEntry() {
        Hart hart = BlockTranslationTest.runToEbreak(program(AFTER, addi(4), 4), true); // the patch stores what is there already
        assertEquals(2 * ROUNDS * 7, hart.xreg(A0));
        long entries = hart.translatedRunsInPage(LOOP);
        // one entry per round (and two more per round into other translations) without the span
        assertTrue("entries into the loop's translation: " + entries, entries < ROUNDS / 4);
    }

    @Test
    public void rewritingTheUpperHalfOfTheCrossingInstructionRunsTheNewCode() {
        // the second pass adds 100 where the first added 2: sh over the high half, in the next page
        int high = addi(100) >>> 16;
        assertSameAsInterpreted(program(RAM + 0x1000, high, 2), ROUNDS * 7 + ROUNDS * (1 + 100 + 4));
    }

    @Test
    public void rewritingAnInstructionInTheNextPageRunsTheNewCode() {
        assertSameAsInterpreted(program(AFTER, addi(1000), 4), ROUNDS * 7 + ROUNDS * (1 + 2 + 1000));
    }

    private static int addi(int imm) {
        return Asm.iType(0x13, 0, A0, A0, imm);
    }

    /**
     * Two passes of {@link #ROUNDS} rounds of the loop at {@link #LOOP}; between them a store of
     * {@code size} bytes of {@code value} at {@code patch}.
     */
    private static byte[] program(long patch, int value, int size) {
        Asm a = new Asm().li(T0, value).li(T1, patch).addi(S0, 0, 2).addi(S1, 0, ROUNDS).addi(A0, 0, 0);
        while (a.size() + 4 <= LOOP - RAM) {
            a.addi(0, 0, 0);
        }
        a.half(0x0001); // c.nop: the loop starts 2 bytes before a word boundary
        if (RAM + a.size() != LOOP) {
            throw new AssertionError("loop misplaced");
        }
        a.word(addi(1)).word(addi(2)).word(addi(4)) // crossing, after
                .addi(S1, S1, -1)
                .bne(S1, 0, -16)
                .word(Asm.sType(0x23, size == 2 ? 1 : 2, T1, T0, 0)) // sh / sw t0, 0(t1)
                .addi(S0, S0, -1)
                .addi(S1, 0, ROUNDS)
                .bne(S0, 0, -32)
                .ebreak();
        if (RAM + a.size() - 4 != LOOP + 0x24) {
            throw new AssertionError("outer loop misplaced");
        }
        return a.bytes();
    }

    private static void assertSameAsInterpreted(byte[] program, long a0) {
        Hart interpreted = BlockTranslationTest.runToEbreak(program, false);
        Hart translated = BlockTranslationTest.runToEbreak(program, true);
        assertEquals("interpreted", a0, interpreted.xreg(A0));
        assertEquals("translated", a0, translated.xreg(A0));
        assertEquals("steps", interpreted.steps(), translated.steps());
        assertTrue("the loop was translated", translated.blocksTranslated > 0);
    }
}
