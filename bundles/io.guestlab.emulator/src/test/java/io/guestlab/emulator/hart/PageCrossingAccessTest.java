package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.support.Asm;
import org.junit.Test;

/**
 * Misaligned loads and stores across a page boundary, in a loop hot enough to be translated,
 * right after an aligned access to the first page put it in the TLB: the fast path must see
 * that the access leaves the page (both halves are read and written, in the interpreter and in
 * translated code) rather than read or write past the end of the page's bytes.
 */
public class PageCrossingAccessTest {

    private static final long RAM = 0x8000_0000L;
    private static final long BOUNDARY = RAM + 0x10000;
    private static final int S0 = 8, S1 = 9, A0 = 10, A1 = 11, T0 = 5, T1 = 6, T2 = 7;
    private static final int ROUNDS = 200;
    private static final long LOW = 0x0807060504030201L, HIGH = 0x100f0e0d0c0b0a09L;

    @Test
    public void loadsAndStoresAcrossAPageBoundaryReadAndWriteBothPages() {
        Asm a = new Asm().li(S0, BOUNDARY - 8).li(T0, LOW).sd(T0, S0, 0).li(T0, HIGH).sd(T0, S0, 8)
                .addi(S1, 0, ROUNDS).addi(A0, 0, 0);
        a.ld(T0, S0, 0) // loop: aligned, in the first page: its TLB entry is filled
                .ld(T1, S0, 4) // 4 bytes on each side
                .word(Asm.iType(0x03, 2, T2, S0, 6)) // lw t2, 6(s0): 2 on each side
                .word(Asm.iType(0x03, 1, A1, S0, 7)) // lh a1, 7(s0): 1 on each side
                .word(Asm.rType(0x33, 0, 0, A0, A0, T1))
                .word(Asm.rType(0x33, 0, 0, A0, A0, T2))
                .word(Asm.rType(0x33, 0, 0, A0, A0, A1))
                .sd(T1, S0, 4) // stores back what is there: 4 bytes on each side
                .word(Asm.sType(0x23, 2, S0, T2, 6)) // sw t2, 6(s0)
                .word(Asm.sType(0x23, 1, S0, A1, 7)) // sh a1, 7(s0)
                .addi(S1, S1, -1)
                .bne(S1, 0, -44)
                .ebreak();
        long d = LOW >>> 32 | HIGH << 32; // the doubleword at 4
        long w = (int) (LOW >>> 48 | HIGH << 16); // the word at 6, sign-extended
        long h = (short) (LOW >>> 56 | HIGH << 8); // the halfword at 7, sign-extended
        for (boolean translate : new boolean[] {false, true}) {
            Hart hart = BlockTranslationTest.runToEbreak(a.bytes(), translate);
            String what = translate ? "translated" : "interpreted";
            assertEquals(what, ROUNDS * (d + w + h), hart.xreg(A0));
            assertEquals(what + ": the bytes after the boundary", HIGH, hart.load64(BOUNDARY));
            assertEquals(what + ": the bytes before it", LOW, hart.load64(BOUNDARY - 8));
        }
    }
}
