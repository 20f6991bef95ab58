package io.guestlab.emulator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.support.Asm;

import java.util.Arrays;

import org.junit.Test;

/**
 * RAM beyond 2 GiB, up to the 4 GiB limit: RAM offsets above 2^31 reach the right page through the
 * bus, the harts' fast paths (TLB, observed code lines) and snapshots; the host keeps only what the
 * guest touched.
 */
public class LargeRamTest {

    private static final long RAM = 0x8000_0000L;
    private static final long GIB = 1L << 30;
    private static final int S0 = 8, S1 = 9, A0 = 10, A1 = 11, T0 = 5, T1 = 6, T2 = 7;

    @Test
    public void theLastPageOfFourGibibytesIsWrittenAndReadBack() {
        Machine m = new Machine(new MachineConfig(RAM, MachineConfig.MAX_RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM));
        long lastPage = RAM + 4 * GIB - 4096;
        byte[] page = new byte[4096];
        Arrays.fill(page, (byte) 0x5a);
        page[4095] = 0x11;
        assertTrue(m.writePhysical(lastPage, page));
        byte[] back = new byte[4096];
        assertTrue(m.readPhysical(lastPage, back));
        assertArrayEquals(page, back);
        assertFalse("one byte past the end of RAM", m.readPhysical(lastPage + 1, back));

        // the hart stores to the last doubleword twice (a TLB miss, then the fast path) and loads it back
        m.catchTrap(TrapCause.BREAKPOINT, false, true);
        new Asm().li(T2, RAM + 4 * GIB - 8).li(T0, 0x0123_4567_89ab_cdefL)
                .sd(0, T2, 0).sd(T0, T2, 0).ld(A0, T2, 0).ld(A1, T2, -8).ebreak().loadAt(m, RAM);
        assertEquals(StopReason.TRAP, m.run(1000).reason());
        assertEquals(0x0123_4567_89ab_cdefL, m.register(0, A0));
        assertEquals("the doubleword before: 0x5a bytes", 0x5a5a_5a5a_5a5a_5a5aL, m.register(0, A1));
        assertEquals("only the two pages touched hold host memory", 2, m.bus().ram().residentPages());
    }

    @Test
    public void codePatchedThreeGibibytesIntoRamRunsPatched() {
        for (Translation translation : new Translation[] {Translation.OFF, Translation.after(50)}) {
            long code = RAM + 3 * GIB;
            Asm a = new Asm().li(T0, Asm.iType(0x13, 0, A0, A0, 100)).addi(A0, 0, 0).addi(S0, 0, 2);
            long patch = code + a.size() + 11 * 4 + 4 + 4;
            a.li(T1, patch)
                    .sd(0, T1, 2000) // a data store into the code's page: the store TLB holds the page from now on
                    .addi(S1, 0, 100) // outer:
                    .addi(A0, A0, 1) // loop: patched by the fast-path store below
                    .addi(S1, S1, -1)
                    .bne(S1, 0, -8)
                    .word(Asm.sType(0x23, 2, T1, T0, 0)) // sw t0, 0(t1)
                    .addi(S0, S0, -1)
                    .bne(S0, 0, -24)
                    .ebreak();
            Machine m = new Machine(new MachineConfig(RAM, MachineConfig.MAX_RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM));
            m.setTranslation(translation);
            m.catchTrap(TrapCause.BREAKPOINT, false, true);
            a.loadAt(m, code);
            assertEquals(StopReason.TRAP, m.run(100_000).reason());
            assertEquals(translation + ": 100 rounds add 1, 100 the patched 100", 100 + 100 * 100, m.register(0, A0));
        }
    }

    @Test
    public void aSnapshotOfThreeGibibytesRestoresPagesAboveTwo() throws Exception {
        Machine m = new Machine(new MachineConfig(RAM, 3 * GIB, 1, MachineConfig.DEFAULT_QUANTUM));
        long high = RAM + 3 * GIB - 8192;
        m.writePhysical(high, new byte[] {1, 2, 3, 4});
        m.writePhysical(RAM + 2 * GIB, new byte[] {9});
        MachineSnapshot snapshot = m.snapshot();
        m.writePhysical(high, new byte[] {5, 6, 7, 8});
        m.writePhysical(RAM + 2 * GIB + 4096, new byte[] {7});

        m.restore(snapshot);
        byte[] back = new byte[4];
        m.readPhysical(high, back);
        assertArrayEquals(new byte[] {1, 2, 3, 4}, back);
        byte[] one = new byte[1];
        m.readPhysical(RAM + 2 * GIB, one);
        assertEquals(9, one[0]);
        m.readPhysical(RAM + 2 * GIB + 4096, one);
        assertEquals("a page written after the snapshot reads as zero again", 0, one[0]);
        assertEquals(2, snapshot.ram().residentPages());
        assertEquals(3 * GIB / 4096, snapshot.ram().pageCount());
    }
}
