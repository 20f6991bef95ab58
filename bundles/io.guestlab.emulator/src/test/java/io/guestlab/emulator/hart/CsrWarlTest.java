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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/**
 * For every CSR the hart has: guest code writes all ones and then all zeros with csrrw in
 * M-mode and reads the CSR back with csrrs; the values must be exactly what the WARL rules of the
 * privileged spec (as documented per CSR in HartCsrs) allow. Also: read-only CSRs trap on
 * writes, CSRs the hart does not have trap on access, and privilege levels are enforced.
 */
public class CsrWarlTest {

    private static final long RAM = 0x8000_0000L;
    private static final long ALL = -1L;

    /** CSR -> {value read after writing all ones, value read after writing zero}. */
    private static Map<Integer, long[]> expectations() {
        Map<Integer, long[]> m = new LinkedHashMap<>();
        long sd = 1L << 63;
        long uxlSxl = (2L << 32) | (2L << 34);
        // mstatus: SIE MIE SPIE MPIE SPP MPP FS MPRV SUM MXR TVM TW TSR writable; UXL=SXL=2; SD = FS dirty
        m.put(Csr.MSTATUS, new long[] {0x7e79aaL | uxlSxl | sd, uxlSxl});
        m.put(Csr.SSTATUS, new long[] {0xc6122L | (2L << 32) | sd, 2L << 32});
        m.put(Csr.MISA, new long[] {0x800000000014112dL, 0x800000000014112dL});
        m.put(Csr.MEDELEG, new long[] {0xb3ffL, 0});
        m.put(Csr.MIDELEG, new long[] {0x222L, 0});
        m.put(Csr.MIE, new long[] {0xaaaL, 0});
        m.put(Csr.MIP, new long[] {0x222L, 0});
        m.put(Csr.SIE, new long[] {0, 0}); // nothing delegated yet: see supervisorInterruptViewsFollowMideleg
        m.put(Csr.SIP, new long[] {0, 0});
        m.put(Csr.MTVEC, new long[] {0, 0}); // mode 3 is reserved: the write is ignored, keeping the old value
        m.put(Csr.STVEC, new long[] {0, 0});
        m.put(Csr.MCOUNTEREN, new long[] {0xffffffffL, 0});
        m.put(Csr.SCOUNTEREN, new long[] {0xffffffffL, 0});
        m.put(Csr.MENVCFG, new long[] {1 | 1L << 63, 0}); // FIOM and Sstc's STCE
        m.put(Csr.STIMECMP, new long[] {ALL, 0});
        m.put(Csr.SENVCFG, new long[] {1, 0});
        m.put(Csr.MCOUNTINHIBIT, new long[] {5, 0});
        m.put(Csr.MSCRATCH, new long[] {ALL, 0});
        m.put(Csr.SSCRATCH, new long[] {ALL, 0});
        m.put(Csr.MEPC, new long[] {~1L, 0});
        m.put(Csr.SEPC, new long[] {~1L, 0});
        m.put(Csr.MCAUSE, new long[] {ALL, 0});
        m.put(Csr.SCAUSE, new long[] {ALL, 0});
        m.put(Csr.MTVAL, new long[] {ALL, 0});
        m.put(Csr.STVAL, new long[] {ALL, 0});
        m.put(Csr.SATP, new long[] {0, 0}); // mode 15 is not supported: the write is ignored
        m.put(Csr.FFLAGS, new long[] {0x1f, 0});
        m.put(Csr.FRM, new long[] {7, 0});
        m.put(Csr.FCSR, new long[] {0xff, 0});
        // all ones sets L in every entry: the write of zero that follows is ignored
        m.put(Csr.PMPCFG0, new long[] {0x9f9f9f9f9f9f9f9fL, 0x9f9f9f9f9f9f9f9fL});
        m.put(Csr.PMPCFG0 + 2, new long[] {0x9f9f9f9f9f9f9f9fL, 0x9f9f9f9f9f9f9f9fL});
        for (int i = 4; i <= 14; i += 2) {
            m.put(Csr.PMPCFG0 + i, new long[] {0, 0});
        }
        for (int i = 0; i < 64; i++) {
            long mask = i < 16 ? (1L << 54) - 1 : 0;
            m.put(Csr.PMPADDR0 + i, new long[] {mask, 0});
        }
        // Sdtrig: tselect keeps 0 (no trigger 2^64-1), tdata1 of another type than mcontrol6 is
        // disabled (type 15), tdata3 reads 0, tinfo ignores writes
        m.put(Csr.TSELECT, new long[] {0, 0});
        m.put(Csr.TDATA1, new long[] {15L << 60, 15L << 60});
        m.put(Csr.TDATA2, new long[] {ALL, 0});
        m.put(Csr.TDATA3, new long[] {0, 0});
        m.put(Csr.TINFO, new long[] {Triggers.TINFO_VALUE, Triggers.TINFO_VALUE});
        for (int i = 3; i <= 31; i++) {
            m.put(Csr.MHPMCOUNTER3 + i - 3, new long[] {0, 0});
            m.put(Csr.MHPMEVENT3 + i - 3, new long[] {0, 0});
        }
        return m;
    }

    private static long[] writeOnesThenZeros(int csr) {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        machine.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
        machine.catchTrap(TrapCause.BREAKPOINT, false, true);
        new Asm().li(5, -1)
                .csrrs(0, Csr.MSTATUS, 0) // keep the read path warm
                .csrrw(0, csr, 5).csrrs(6, csr, 0)
                .csrrw(0, csr, 0).csrrs(7, csr, 0)
                .ebreak().loadAt(machine, RAM);
        if (csr == Csr.FFLAGS || csr == Csr.FRM || csr == Csr.FCSR) {
            machine.setCsr(0, Csr.MSTATUS, 1L << 13); // FS = Initial, so the FP CSRs are accessible
        }
        StopEvent e = machine.run(1000);
        assertEquals(Csr.name(csr) + ": " + e, StopReason.TRAP, e.reason());
        assertEquals(Csr.name(csr) + ": stopped by " + e, TrapCause.BREAKPOINT, e.cause());
        return new long[] {machine.register(0, 6), machine.register(0, 7)};
    }

    @Test
    public void everyWritableCsrKeepsExactlyItsLegalBits() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : expectations().entrySet()) {
            int csr = e.getKey();
            long[] actual = writeOnesThenZeros(csr);
            long[] expected = e.getValue();
            if (actual[0] != expected[0] || actual[1] != expected[1]) {
                wrong.add(String.format("%s: after ~0 read 0x%x (expected 0x%x), after 0 read 0x%x (expected 0x%x)",
                        Csr.name(csr), actual[0], expected[0], actual[1], expected[1]));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    public void everyNamedCsrIsCovered() {
        Map<Integer, long[]> covered = expectations();
        List<String> missing = new ArrayList<>();
        for (int csr : Csr.all()) {
            boolean readOnly = (csr >>> 10) == 3;
            boolean counter = csr == Csr.MCYCLE || csr == Csr.MINSTRET;
            if (!covered.containsKey(csr) && !readOnly && !counter && HartCsrs.exists(csr)) {
                missing.add(Csr.name(csr));
            }
        }
        assertEquals("writable CSRs without a WARL expectation", List.of(), missing);
    }

    @Test
    public void readOnlyCsrsTrapOnWriteButReadTheirValues() {
        int[] readOnly = {Csr.MVENDORID, Csr.MARCHID, Csr.MIMPID, Csr.MHARTID, Csr.MCONFIGPTR, Csr.CYCLE, Csr.TIME,
                Csr.INSTRET, Csr.HPMCOUNTER3};
        for (int csr : readOnly) {
            Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
            machine.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
            int bits = 0x73 | 1 << 12 | 5 << 15 | csr << 20; // csrrw x0, csr, x5
            new Asm().word(bits).loadAt(machine, RAM);
            StopEvent e = machine.run(10);
            assertEquals(Csr.name(csr), StopReason.TRAP, e.reason());
            assertEquals(Csr.name(csr) + " mtval", bits & 0xffffffffL, (long) machine.csr(0, Csr.MTVAL));
            assertEquals(Csr.name(csr) + " mepc", RAM, (long) machine.csr(0, Csr.MEPC));
        }
    }

    @Test
    public void unknownCsrsAndOddPmpcfgTrap() {
        for (int csr : new int[] {0x7c0, 0x3a1, 0x3a3, 0x5a8, 0x7a5, 0x8ff, 0x0ff}) {
            Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
            machine.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
            new Asm().csrrs(6, csr, 0).loadAt(machine, RAM);
            StopEvent e = machine.run(10);
            assertEquals(String.format("csr 0x%x", csr), StopReason.TRAP, e.reason());
            assertEquals(null, machine.csr(0, csr));
        }
    }

    @Test
    public void supervisorInterruptViewsFollowMideleg() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        machine.setCsr(0, Csr.MIDELEG, -1);
        assertTrue(machine.setCsr(0, Csr.SIE, -1));
        assertEquals(0x222L, (long) machine.csr(0, Csr.SIE));
        assertEquals(0x222L, (long) machine.csr(0, Csr.MIE));
        assertTrue(machine.setCsr(0, Csr.SIP, -1));
        assertEquals("only SSIP is writable through sip", 0x2L, (long) machine.csr(0, Csr.SIP));
        machine.setCsr(0, Csr.MIDELEG, 0);
        assertEquals(0L, (long) machine.csr(0, Csr.SIE));
    }

    /** S-mode may run anywhere: one NAPOT entry over all memory with RWX (PMP section 3.7). */
    static void openPmp(Machine machine) {
        machine.setCsr(0, Csr.PMPADDR0, -1);
        machine.setCsr(0, Csr.PMPCFG0, 0x1f);
    }

    @Test
    public void supervisorCannotTouchMachineCsrsNorSatpUnderTvm() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        openPmp(machine);
        machine.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
        machine.catchTrap(TrapCause.BREAKPOINT, false, true);
        new Asm().csrrs(6, Csr.MSTATUS, 0).loadAt(machine, RAM);
        machine.setPrivilege(0, 1);
        assertEquals(StopReason.TRAP, machine.run(10).reason());
        assertEquals(TrapCause.ILLEGAL_INSTRUCTION, (long) machine.csr(0, Csr.MCAUSE));

        machine.setCsr(0, Csr.MSTATUS, 1L << 20); // TVM
        new Asm().csrrs(6, Csr.SATP, 0).loadAt(machine, RAM);
        machine.setPrivilege(0, 1);
        assertEquals(StopReason.TRAP, machine.run(10).reason());
        assertEquals(TrapCause.ILLEGAL_INSTRUCTION, (long) machine.csr(0, Csr.MCAUSE));
        assertEquals("trapped into M-mode", 3, machine.privilege(0));
    }

    /**
     * Privileged ISA 3.1.9: mip.SEIP reads as the software bit OR the external wire, but csrrs and
     * csrrc modify only the software bit. OpenSBI sets STIP with "csrs mip" while the PLIC's wire
     * may be high; SEIP must fall again with the wire.
     */
    @Test
    public void setBitsInMipDoNotLatchTheExternalSeipWire() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        new Asm().li(5, 0x20).csrrs(6, Csr.MIP, 5).spin().loadAt(machine, RAM);
        machine.interruptLine(0, 9).set(true);
        machine.run(3);
        assertEquals("csrrs returns the wire too", 0x200, machine.register(0, 6));
        assertEquals(0x220L, (long) machine.csr(0, Csr.MIP));
        machine.interruptLine(0, 9).set(false);
        assertEquals("STIP stays set, SEIP follows the wire", 0x20L, (long) machine.csr(0, Csr.MIP));
    }

    @Test
    public void minstretIsExactAndWritable() {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        machine.catchTrap(TrapCause.BREAKPOINT, false, true);
        // minstret := 100; then three instructions; read minstret: 100 + 3 (the writer does not count)
        new Asm().addi(5, 0, 100).csrrw(0, Csr.MINSTRET, 5).addi(0, 0, 0).addi(0, 0, 0).csrrs(6, Csr.MINSTRET, 0)
                .csrrs(7, Csr.INSTRET, 0).ebreak().loadAt(machine, RAM);
        assertEquals(StopReason.TRAP, machine.run(100).reason());
        assertEquals(102, machine.register(0, 6));
        assertEquals(103, machine.register(0, 7));
        assertTrue(machine.instructionsRetired() >= 6);
    }
}
