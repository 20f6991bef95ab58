package io.guestlab.emulator.hart;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/** The debug triggers a guest programs (Sdtrig): their CSRs, what they match, and the traps they raise, translated or not. */
public class TriggersTest {

    private static final long RAM = 0x8000_0000L;
    private static final long FUNCTION = RAM + 0x400, HANDLER = RAM + 0x500, DATA = RAM + 0x1000;
    private static final int RA = 1, T0 = 5, T1 = 6, T2 = 7, S1 = 9, A0 = 10, A1 = 11, S2 = 18, S3 = 19, S4 = 20;
    /** mcontrol6 (type 6) enabled in M-mode. */
    private static final long MCONTROL6_M = 6L << 60 | 1 << 6;
    private static final long EXECUTE = 4, STORE = 2, LOAD = 1;
    private static final int MRET = 0x30200073;

    // ---- the CSRs

    @Test
    public void softwareCountsFourTriggersThroughTselect() {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 1, MachineConfig.DEFAULT_QUANTUM));
        for (int i = 0; i < 6; i++) {
            m.setCsr(0, Csr.TSELECT, i);
            assertEquals("tselect after writing " + i, Math.min(i, 3), (long) m.csr(0, Csr.TSELECT));
        }
        assertEquals("tinfo: version 1, mcontrol6 and disabled", 1L << 24 | 1 << 6 | 1 << 15, (long) m.csr(0, Csr.TINFO));
        assertEquals("a trigger is disabled at reset", 15L << 60, (long) m.csr(0, Csr.TDATA1));
    }

    @Test
    public void tdata1KeepsOnlyWhatThisHartImplements() {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 1, MachineConfig.DEFAULT_QUANTUM));
        m.setCsr(0, Csr.TDATA1, 2L << 60 | EXECUTE | 1 << 6); // mcontrol (type 2): this hart's triggers are mcontrol6 only
        assertEquals("another type: disabled", 15L << 60, (long) m.csr(0, Csr.TDATA1));
        long dmode = 1L << 59, select = 1L << 21, size = 3L << 16, action = 1L << 12, chain = 1L << 11;
        m.setCsr(0, Csr.TDATA1, MCONTROL6_M | dmode | select | size | action | chain | 1 << 7 | 1 << 4 | 1 << 3 | 7);
        assertEquals("dmode, select, size, action and chain read 0", MCONTROL6_M | 1 << 7 | 1 << 4 | 1 << 3 | 7,
                (long) m.csr(0, Csr.TDATA1));
        m.setCsr(0, Csr.TDATA1, MCONTROL6_M | 4 << 7 | EXECUTE);
        assertEquals("match 4 (mask) is not among this hart's matches: equal", MCONTROL6_M | EXECUTE, (long) m.csr(0, Csr.TDATA1));
        m.setCsr(0, Csr.TDATA3, -1);
        assertEquals("tdata3 reads 0", 0, (long) m.csr(0, Csr.TDATA3));
    }

    // ---- what they match

    @Test
    public void matchesEqualNapotAndRangesOnAnyAccessedByte() {
        assertEquals("equal: an access covering the address", true, fires(0, 0x1000, LOAD, 0xffc, 8));
        assertEquals("equal: an access past it", false, fires(0, 0x1000, LOAD, 0x1001, 8));
        assertEquals("NAPOT 0x1000-0x100f: inside", true, fires(1, 0x1007, LOAD, 0x100c, 4));
        assertEquals("NAPOT: just below", false, fires(1, 0x1007, LOAD, 0xff8, 8));
        assertEquals("NAPOT: just above", false, fires(1, 0x1007, LOAD, 0x1010, 1));
        assertEquals(">=: last byte reaches it", true, fires(2, 0x1000, STORE, 0xff8, 8 + 1));
        assertEquals(">=: below", false, fires(2, 0x1000, STORE, 0xff8, 8));
        assertEquals("<: below", true, fires(3, 0x1000, STORE, 0xfff, 1));
        assertEquals("<: at it", false, fires(3, 0x1000, STORE, 0x1000, 1));
        assertEquals("unsigned order: a high address is not below", false, fires(3, 0x1000, STORE, -8, 8));
        assertEquals("a load trigger ignores stores", false, fires(0, 0x1000, STORE, 0x1000, 8, LOAD));
    }

    @Test
    public void firesOnlyInTheModesItNamesAndInMOnlyWithInterruptsEnabled() {
        Triggers t = new Triggers();
        t.write(Csr.TDATA2, 0x1000);
        t.write(Csr.TDATA1, 6L << 60 | 1 << 4 | EXECUTE); // S only
        assertFalse("U", t.fires(Triggers.EXECUTE, 0x1000, 1, Hart.U, true));
        assertFalse("M", t.fires(Triggers.EXECUTE, 0x1000, 1, Hart.M, true));
        assertTrue("S", t.fires(Triggers.EXECUTE, 0x1000, 1, Hart.S, false));
        assertEquals("hit0 records that it fired", 1L << 22, t.read(Csr.TDATA1) & 1L << 22);
        t.write(Csr.TDATA1, MCONTROL6_M | EXECUTE);
        assertFalse("M with mstatus.MIE 0: a trap handler does not trigger itself", t.fires(Triggers.EXECUTE, 0x1000, 1,
                Hart.M, false));
        assertTrue("M with MIE 1", t.fires(Triggers.EXECUTE, 0x1000, 1, Hart.M, true));
    }

    private static boolean fires(int match, long tdata2, long kind, long address, int size) {
        return fires(match, tdata2, kind, address, size, LOAD | STORE);
    }

    private static boolean fires(int match, long tdata2, long kind, long address, int size, long on) {
        Triggers t = new Triggers();
        t.write(Csr.TDATA2, tdata2);
        t.write(Csr.TDATA1, MCONTROL6_M | (long) match << 7 | on);
        return t.fires(kind, address, size, Hart.M, true);
    }

    // ---- the traps they raise, translated or not

    /**
     * A loop calls a function 300 times (hot: translated), then the guest arms an execute trigger
     * on the function and calls it once more: the breakpoint exception comes before its first
     * instruction, with mtval its address; the handler disarms the trigger and returns into it.
     */
    @Test
    public void anExecuteTriggerTrapsBeforeTheInstruction() {
        Asm a = prologue().addi(S1, 0, 300).li(T1, FUNCTION);
        int loop = a.size();
        a.word(Asm.iType(0x67, 0, RA, T1, 0)) // loop: jalr ra, 0(t1)
                .addi(S1, S1, -1).bne(S1, 0, loop - a.size());
        arm(a, 0, FUNCTION, MCONTROL6_M | EXECUTE).li(T1, FUNCTION).word(Asm.iType(0x67, 0, RA, T1, 0)).ecall();
        Asm function = new Asm().addi(A0, A0, 1).word(Asm.iType(0x67, 0, 0, RA, 0)); // ret
        long[] x = runBothWays(a, function);
        assertEquals("301 calls", 301, x[A0]);
        assertEquals("one trap", 1, x[A1]);
        assertEquals("mcause: breakpoint", TrapCause.BREAKPOINT, x[S2]);
        assertEquals("mtval: the address", FUNCTION, x[S3]);
        assertEquals("mepc: the function's first instruction", FUNCTION, x[S4]);
    }

    /** The debugger's breakpoint on the instruction a trigger matches stops first; resumed, the guest traps. */
    @Test
    public void theDebuggersBreakpointStopsBeforeTheTriggerFires() {
        Asm a = arm(prologue(), 0, FUNCTION, MCONTROL6_M | EXECUTE).li(T1, FUNCTION).word(Asm.iType(0x67, 0, RA, T1, 0))
                .ecall();
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 1, MachineConfig.DEFAULT_QUANTUM));
        m.catchTrap(TrapCause.ECALL_FROM_M, false, true);
        m.writePhysical(RAM, a.bytes());
        m.writePhysical(FUNCTION, new Asm().addi(A0, A0, 1).word(Asm.iType(0x67, 0, 0, RA, 0)).bytes());
        m.writePhysical(HANDLER, HANDLER_CODE.bytes());
        m.setPc(0, RAM);
        m.addBreakpoint(FUNCTION);
        StopEvent e = m.run(10_000);
        assertEquals(StopReason.BREAKPOINT, e.reason());
        assertEquals(FUNCTION, m.pc(0));
        assertEquals("no trap yet", 0, m.register(0, A1));
        m.passBreakpoint(0);
        m.removeBreakpoint(FUNCTION);
        assertEquals(StopReason.TRAP, m.run(10_000).reason()); // the ecall at the end
        assertEquals("the trigger's trap, then the call", 1, m.register(0, A1));
        assertEquals(1, m.register(0, A0));
        assertEquals(FUNCTION, m.register(0, S3));
    }

    /**
     * A loop sums 64 words, first without a trigger (hot: translated), then with a load trigger
     * on word 40: the exception comes at that load, before it loads; returning re-runs it.
     */
    @Test
    public void aLoadTriggerTrapsBeforeTheLoad() {
        Asm a = prologue();
        loop(a, 300);
        arm(a, 1, DATA + 8 * 40, MCONTROL6_M | LOAD);
        int load = loop(a, 1);
        a.ecall();
        long[] x = runBothWays(a, new Asm().addi(0, 0, 0));
        assertEquals("301 sums of 0..63", 301L * 63 * 64 / 2, x[A0]);
        assertEquals("one trap", 1, x[A1]);
        assertEquals("mcause", TrapCause.BREAKPOINT, x[S2]);
        assertEquals("mtval: the word's address", DATA + 8 * 40, x[S3]);
        assertEquals("mepc: the load", RAM + load, x[S4]);
    }

    /**
     * A loop stores to 64 words in a hot loop (translated), then in M-mode with a store trigger
     * for S and U only (no trap), then with one for M too: the exception comes before word 7 is
     * stored, which the store re-run after the handler then writes.
     */
    @Test
    public void aStoreTriggerTrapsBeforeTheStoreInTheModesItNames() {
        Asm a = prologue();
        stores(a, 300);
        arm(a, 2, DATA + 8 * 7, 6L << 60 | 1 << 4 | 1 << 3 | STORE);
        stores(a, 1);
        arm(a, 2, DATA + 8 * 7, MCONTROL6_M | 1 << 7 | STORE); // NAPOT of 0x...38 | 0: 2 bytes, 0x38-0x39
        int store = stores(a, 1);
        a.ecall();
        long[] x = runBothWays(a, new Asm().addi(0, 0, 0));
        assertEquals("one trap", 1, x[A1]);
        assertEquals("mtval: where the store writes", DATA + 8 * 7, x[S3]);
        assertEquals("mepc: the store", RAM + store, x[S4]);
    }

    /** The trap handler: counts in a1, keeps mcause, mtval and mepc in s2-s4, disarms the trigger tselect names. */
    private static final Asm HANDLER_CODE = new Asm().addi(A1, A1, 1).csrrs(S2, Csr.MCAUSE, 0).csrrs(S3, Csr.MTVAL, 0)
            .csrrs(S4, Csr.MEPC, 0).csrrw(0, Csr.TDATA1, 0).word(MRET);

    /** Runs {@code program} at RAM to its ecall interpreted, then translated; both end alike. Returns x. */
    private static long[] runBothWays(Asm program, Asm function) {
        long[][] x = new long[2][32];
        long[] steps = new long[2];
        byte[][] data = new byte[2][64 * 8];
        for (int k = 0; k < 2; k++) {
            Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 1, MachineConfig.DEFAULT_QUANTUM));
            m.setTranslation(k == 1 ? Translation.after(50) : Translation.OFF);
            m.catchTrap(TrapCause.ECALL_FROM_M, false, true);
            m.writePhysical(RAM, program.bytes());
            m.writePhysical(FUNCTION, function.bytes());
            m.writePhysical(HANDLER, HANDLER_CODE.bytes());
            byte[] words = new byte[64 * 8];
            for (int i = 0; i < 64; i++) {
                words[8 * i] = (byte) i;
            }
            m.writePhysical(DATA, words);
            m.setPc(0, RAM);
            StopEvent e = m.run(10_000_000);
            assertEquals(StopReason.TRAP, e.reason());
            for (int i = 0; i < 32; i++) {
                x[k][i] = m.register(0, i);
            }
            steps[k] = m.instructionsRetired();
            m.readPhysical(DATA, data[k]);
        }
        assertArrayEquals("x registers, translated or not", x[0], x[1]);
        assertEquals("instructions retired, translated or not", steps[0], steps[1]);
        assertArrayEquals("the data, translated or not", data[0], data[1]);
        return x[0];
    }

    /** The setup: mtvec = the handler, mstatus.MIE = 1 (no interrupt is enabled in mie). */
    private static Asm prologue() {
        return new Asm().li(T0, HANDLER).csrrw(0, Csr.MTVEC, T0).li(T0, 8).csrrs(0, Csr.MSTATUS, T0);
    }

    /** Arms trigger {@code index} with {@code tdata1} on {@code tdata2}. */
    private static Asm arm(Asm a, int index, long tdata2, long tdata1) {
        return a.li(T0, index).csrrw(0, Csr.TSELECT, T0).li(T0, tdata2).csrrw(0, Csr.TDATA2, T0).li(T0, tdata1)
                .csrrw(0, Csr.TDATA1, T0);
    }

    /** {@code rounds} sums of the 64 words at DATA into a0; returns the offset of its load. */
    private static int loop(Asm a, int rounds) {
        a.li(S1, rounds);
        int outer = a.size();
        a.li(T1, DATA).addi(T2, 0, 64);
        int load = a.size();
        a.ld(T0, T1, 0).word(Asm.rType(0x33, 0, 0, A0, A0, T0)) // add a0, a0, t0
                .addi(T1, T1, 8).addi(T2, T2, -1);
        a.bne(T2, 0, load - a.size());
        a.addi(S1, S1, -1);
        a.bne(S1, 0, outer - a.size());
        return load;
    }

    /** {@code rounds} rounds of storing each word's index + 1 over the 64 words at DATA; returns the offset of its store. */
    private static int stores(Asm a, int rounds) {
        a.li(S1, rounds);
        int outer = a.size();
        a.li(T1, DATA).addi(T2, 0, 64);
        int store = a.size();
        a.sd(T2, T1, 0).addi(T1, T1, 8).addi(T2, T2, -1);
        a.bne(T2, 0, store - a.size());
        a.addi(S1, S1, -1);
        a.bne(S1, 0, outer - a.size());
        return store;
    }
}
