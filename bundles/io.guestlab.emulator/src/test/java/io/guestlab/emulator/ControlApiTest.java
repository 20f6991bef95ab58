package io.guestlab.emulator;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/** The engine's control API: run budgets, halt, step, breakpoints, watchpoints, trap catching, memory. */
public class ControlApiTest {

    private static final long RAM = 0x8000_0000L;
    private static final long DATA = RAM + 0x1000;

    private static Machine machine() {
        return new Machine(MachineConfig.defaults().withRamSize(1 << 20));
    }

    /** x5 counts up forever: addi x5,x5,1 ; j back. */
    private static Machine counter() {
        Machine m = machine();
        new Asm().addi(5, 5, 1).word(0xffdff06f).loadAt(m, RAM); // jal x0, -4
        return m;
    }

    @Test
    public void runStopsAfterTheBudgetExactly() {
        Machine m = counter();
        StopEvent e = m.run(1001);
        assertEquals(StopReason.BUDGET_EXHAUSTED, e.reason());
        assertEquals(501, m.register(0, 5));
        assertEquals(1001, m.instructionsRetired());
    }

    @Test
    public void stepExecutesOneInstruction() {
        Machine m = counter();
        assertEquals(StopReason.STEP, m.step(0).reason());
        assertEquals(1, m.register(0, 5));
        assertEquals(RAM + 4, m.pc(0));
        m.step(0);
        assertEquals(RAM, m.pc(0));
    }

    @Test
    public void breakpointStopsBeforeTheInstructionAndResumesPastIt() {
        Machine m = counter();
        m.addBreakpoint(RAM + 4);
        StopEvent e = m.run(1_000_000);
        assertEquals(StopReason.BREAKPOINT, e.reason());
        assertEquals(RAM + 4, e.pc());
        assertEquals(1, m.register(0, 5));
        e = m.run(1_000_000);
        assertEquals(StopReason.BREAKPOINT, e.reason());
        assertEquals(2, m.register(0, 5));
        m.removeBreakpoint(RAM + 4);
        assertEquals(StopReason.BUDGET_EXHAUSTED, m.run(10).reason());
    }

    @Test
    public void watchpointsStopAfterTheAccess() {
        Machine m = machine();
        new Asm().li(6, DATA).addi(5, 0, 42).sd(5, 6, 8).ld(7, 6, 8).spin().loadAt(m, RAM);
        m.addWatchpoint(new Watchpoint(DATA + 8, 8, true, false, true));
        StopEvent e = m.run(1000);
        assertEquals(StopReason.WATCHPOINT, e.reason());
        assertEquals(DATA + 8, e.tval());
        byte[] b = new byte[8];
        assertTrue(m.readPhysical(DATA + 8, b));
        assertEquals(42, b[0]);
        assertEquals("the load has not run yet", 0, m.register(0, 7));
        m.addWatchpoint(new Watchpoint(DATA, 16, false, true, false));
        e = m.run(1000);
        assertEquals(StopReason.WATCHPOINT, e.reason());
        assertEquals(42, m.register(0, 7));
    }

    @Test
    public void catchesChosenTrapsWithCauseAndTval() {
        Machine m = machine();
        new Asm().ecall().loadAt(m, RAM);
        m.setCsr(0, Csr.MTVEC, RAM + 0x100);
        m.catchTrap(TrapCause.ECALL_FROM_M, false, true);
        StopEvent e = m.run(100);
        assertEquals(StopReason.TRAP, e.reason());
        assertEquals(TrapCause.ECALL_FROM_M, e.cause());
        assertEquals(RAM + 0x100, e.pc());
        assertEquals(RAM, (long) m.csr(0, Csr.MEPC));
    }

    @Test
    public void illegalInstructionReportsItsBitsInMtval() {
        Machine m = machine();
        new Asm().word(0xffffffff).loadAt(m, RAM);
        m.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
        assertEquals(StopReason.TRAP, m.run(10).reason());
        assertEquals(0xffffffffL, (long) m.csr(0, Csr.MTVAL));
        Machine c = machine();
        new Asm().half(0x0000).loadAt(c, RAM); // the defined-illegal all-zero parcel
        c.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
        assertEquals(StopReason.TRAP, c.run(10).reason());
        assertEquals(0L, (long) c.csr(0, Csr.MTVAL));
    }

    @Test(timeout = 20_000)
    public void haltFromAnotherThreadStopsARun() throws Exception {
        Machine m = counter();
        Thread halter = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            m.halt();
        });
        halter.start();
        StopEvent e = m.run(Long.MAX_VALUE);
        halter.join();
        assertEquals(StopReason.HALTED, e.reason());
    }

    @Test
    public void registersCsrsAndPhysicalMemoryAreAccessible() {
        Machine m = machine();
        m.setRegister(0, 0, 5);
        assertEquals(0, m.register(0, 0));
        m.setRegister(0, 31, -7);
        assertEquals(-7, m.register(0, 31));
        m.setFpRegister(0, 3, 0x4000000000000000L);
        assertEquals(0x4000000000000000L, m.fpRegister(0, 3));
        assertTrue(m.setCsr(0, Csr.MSCRATCH, 1234));
        assertEquals(1234L, (long) m.csr(0, Csr.MSCRATCH));
        assertFalse("read-only", m.setCsr(0, Csr.MHARTID, 1));
        assertNull(m.csr(0, 0x7c0));
        byte[] data = {1, 2, 3};
        assertTrue(m.writePhysical(DATA, data));
        byte[] back = new byte[3];
        assertTrue(m.readPhysical(DATA, back));
        assertArrayEquals(data, back);
        assertFalse("not RAM", m.readPhysical(0x1000, back));
    }

    @Test
    public void virtualAccessGoesThroughSv39WithoutSettingAccessedBits() {
        Machine m = machine();
        // one gigapage: VA 0x0 -> PA 0x80000000, leaf RWX, A and D clear
        long root = RAM + 0x10000;
        long pte = ((RAM >>> 12) << 10) | 0xf; // V R W X
        byte[] entry = new byte[8];
        for (int i = 0; i < 8; i++) {
            entry[i] = (byte) (pte >>> (8 * i));
        }
        m.writePhysical(root, entry);
        m.setCsr(0, Csr.SATP, (8L << 60) | (root >>> 12));
        m.setPrivilege(0, 1);
        byte[] data = {9, 8, 7};
        assertTrue(m.writePhysical(DATA, data));
        byte[] back = new byte[3];
        assertTrue(m.readVirtual(0, DATA - RAM, back));
        assertArrayEquals(data, back);
        byte[] after = new byte[8];
        m.readPhysical(root, after);
        assertArrayEquals("A/D untouched by the debugger", entry, after);
        assertFalse("unmapped (non-canonical)", m.readVirtual(0, 0x4000_0000_0000L, back));
    }

    @Test
    public void aGuestThatJumpsIntoNowhereStopsWithTrapLoop() {
        Machine m = machine();
        m.setPc(0, 0x1234_0000L); // no memory there; mtvec is 0, where there is none either
        StopEvent e = m.run(1_000_000);
        assertEquals(StopReason.TRAP_LOOP, e.reason());
        assertEquals(TrapCause.INSTRUCTION_ACCESS_FAULT, e.cause());
        assertTrue(e.detail(), e.detail().contains("trap handler"));
    }
}
