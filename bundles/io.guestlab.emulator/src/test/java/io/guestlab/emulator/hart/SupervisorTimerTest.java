package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.support.Asm;
import org.junit.Test;

/**
 * Sstc 1.0, which QEMU 7.2's default CPU has and Linux uses when the device tree names it: the
 * stimecmp CSR, menvcfg.STCE handing mip.STIP to it, and who may access it.
 */
public class SupervisorTimerTest {

    private static final long RAM = 0x8000_0000L;
    private static final long STIP = 1L << TrapCause.SUPERVISOR_TIMER_INTERRUPT;
    private static final long STCE = 1L << 63;
    private static final int WFI = 0x10500073;

    private static Machine machine() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        machine.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
        machine.catchTrap(TrapCause.BREAKPOINT, false, true);
        return machine;
    }

    private static StopEvent run(Machine machine, Asm code) {
        code.ebreak().loadAt(machine, RAM);
        return machine.run(100_000);
    }

    @Test
    public void stipIsTheSoftwareBitUntilStceGivesItToStimecmp() {
        Machine machine = machine();
        assertEquals("stimecmp resets to 0, as in QEMU", Long.valueOf(0), machine.csr(0, Csr.STIMECMP));
        machine.setCsr(0, Csr.MIP, STIP);
        assertEquals(STIP, machine.csr(0, Csr.MIP) & STIP);
        machine.setCsr(0, Csr.MIP, 0);
        assertEquals("time 0 has reached stimecmp 0, but without STCE that does not show", 0,
                machine.csr(0, Csr.MIP) & STIP);

        machine.setCsr(0, Csr.MENVCFG, STCE);
        assertEquals(STIP, machine.csr(0, Csr.MIP) & STIP);
        StopEvent e = run(machine, new Asm().li(5, STIP).word(Asm.iType(0x73, 3, 0, 5, Csr.MIP)) // csrc mip, STIP
                .csrrs(6, Csr.MIP, 0));
        assertEquals(TrapCause.BREAKPOINT, e.cause());
        assertEquals("read-only under STCE", STIP, machine.register(0, 6) & STIP);

        machine.setCsr(0, Csr.STIMECMP, -1L);
        assertEquals("all ones: never", 0, machine.csr(0, Csr.MIP) & STIP);
    }

    @Test
    public void wfiWaitsForStimecmp() {
        Machine machine = machine();
        machine.setCsr(0, Csr.MENVCFG, STCE);
        machine.setCsr(0, Csr.MIE, STIP);
        StopEvent e = run(machine, new Asm().csrrs(5, Csr.TIME, 0).addi(5, 5, 1000).csrrw(0, Csr.STIMECMP, 5)
                .csrrs(6, Csr.MIP, 0).word(WFI).csrrs(7, Csr.MIP, 0).csrrs(8, Csr.TIME, 0));
        assertEquals(StopReason.TRAP, e.reason());
        assertEquals(TrapCause.BREAKPOINT, e.cause());
        assertEquals("not yet", 0, machine.register(0, 6) & STIP);
        assertEquals("wfi ended with STIP pending", STIP, machine.register(0, 7) & STIP);
        assertTrue("time reached stimecmp", machine.register(0, 8) >= machine.register(0, 5));
    }

    @Test
    public void supervisorModeNeedsStceAndMcounterenTm() {
        assertEquals((long) TrapCause.ILLEGAL_INSTRUCTION, readInSupervisorMode(0, 2));
        assertEquals((long) TrapCause.ILLEGAL_INSTRUCTION, readInSupervisorMode(STCE, 0));
        assertEquals((long) TrapCause.BREAKPOINT, readInSupervisorMode(STCE, 2));
    }

    private static long readInSupervisorMode(long menvcfg, long mcounteren) {
        Machine machine = machine();
        machine.setCsr(0, Csr.MENVCFG, menvcfg);
        machine.setCsr(0, Csr.MCOUNTEREN, mcounteren);
        machine.setCsr(0, Csr.PMPADDR0, -1L); // PMP: all memory readable, writable, executable below M
        machine.setCsr(0, Csr.PMPCFG0, 0x1f);
        machine.setPrivilege(0, 1);
        StopEvent e = run(machine, new Asm().csrrs(6, Csr.STIMECMP, 0));
        assertEquals(StopReason.TRAP, e.reason());
        return e.cause();
    }
}
