package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/**
 * The interpreter runs straight-line code a block at a time; what a guest or a debugger sees
 * must not show it: a store into the running block takes effect at the next instruction, a trap
 * in the middle of a block counts exactly the instructions before it, and budgets, single steps
 * and breakpoints stop between any two instructions of a block.
 */
public class BlockDispatchTest {

    private static final long RAM = 0x8000_0000L;
    private static final int A0 = 10, A1 = 11, T0 = 5, T1 = 6, T2 = 7, S1 = 9;

    private static Machine machine() {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 1, MachineConfig.DEFAULT_QUANTUM));
        m.catchTrap(TrapCause.BREAKPOINT, false, true);
        return m;
    }

    private static int addi(int rd, int rs1, int imm) {
        return Asm.iType(0x13, 0, rd, rs1, imm);
    }

    @Test
    public void storeIntoTheRunningBlockChangesItsNextInstruction() {
        // a loop whose body stores over its own second instruction: the first pass puts the
        // same bits back (the body is decoded and cached by then), the second a different one
        Asm program = new Asm().li(T0, addi(A0, A0, 1)).li(T2, addi(A0, A0, 100)).addi(A0, 0, 0).addi(S1, 0, 2);
        long loop = RAM + program.size() + 11 * 4; // li of a large value: addi, then five slli/ori pairs
        long target = loop + 4;
        program.li(T1, target)
                .word(Asm.sType(0x23, 2, T1, T0, 0)) // loop: sw t0, 0(t1)
                .addi(A0, A0, 1) // target: rewritten on the second pass
                .addi(T0, T2, 0)
                .addi(S1, S1, -1)
                .bne(S1, 0, -16)
                .ebreak();
        Machine m = machine();
        program.loadAt(m, RAM);
        StopEvent e = m.run(10_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals("first pass adds 1, the rewritten instruction adds 100", 101, m.register(0, A0));
    }

    @Test
    public void floatingPointStoreIntoTheRunningBlockChangesItsNextInstruction() {
        // the same with fsw: F and D instructions run inside blocks, their stores must end them too
        Asm program = new Asm().li(T0, addi(A0, A0, 1)).li(T2, addi(A0, A0, 100)).addi(A0, 0, 0).addi(S1, 0, 2);
        long loop = RAM + program.size() + 11 * 4; // li of a large value: addi, then five slli/ori pairs
        long target = loop + 8;
        program.li(T1, target)
                .word(0xf0000053 | T0 << 15 | 1 << 7) // loop: fmv.w.x f1, t0
                .word(Asm.sType(0x27, 2, T1, 1, 0)) // fsw f1, 0(t1)
                .addi(A0, A0, 1) // target: rewritten on the second pass
                .addi(T0, T2, 0)
                .addi(S1, S1, -1)
                .bne(S1, 0, -20)
                .ebreak();
        Machine m = machine();
        m.setCsr(0, Csr.MSTATUS, 1L << 13); // FS = initial: F and D enabled
        program.loadAt(m, RAM);
        StopEvent e = m.run(10_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals("first pass adds 1, the rewritten instruction adds 100", 101, m.register(0, A0));
    }

    @Test
    public void trapInTheMiddleOfABlockCountsExactly() {
        long fault = 0x7000_0000L; // neither RAM nor a device: load access fault
        Asm program = new Asm().li(T1, fault).li(T2, RAM + 0x1000).csrrw(0, Csr.MTVEC, T2)
                .addi(A0, 0, 1).addi(A0, A0, 1);
        int load = program.size();
        program.ld(A1, T1, 0).addi(A0, A0, 1).ebreak();
        Machine m = machine();
        program.loadAt(m, RAM);
        m.writePhysical(RAM + 0x1000, new Asm().ebreak().bytes());
        m.catchTrap(TrapCause.LOAD_ACCESS_FAULT, false, true);
        StopEvent e = m.run(10_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals(fault, e.tval());
        assertEquals("mepc is the load", RAM + load, (long) m.csr(0, Csr.MEPC));
        assertEquals("the instruction after the load did not run", 2, m.register(0, A0));
        assertEquals("retired: everything before the load", load / 4, m.instructionsRetired());
        assertEquals("steps: those and the trap", load / 4 + 1, m.hartSteps(0));
        assertEquals("the handler runs next", RAM + 0x1000, m.pc(0));
    }

    @Test
    public void budgetsStepsAndBreakpointsStopInsideABlock() {
        Asm program = new Asm();
        for (int i = 0; i < 20; i++) {
            program.addi(A0, A0, 1);
        }
        program.ebreak();
        Machine m = machine();
        program.loadAt(m, RAM);

        assertEquals(StopReason.BUDGET_EXHAUSTED, m.run(5).reason());
        assertEquals(5, m.register(0, A0));
        assertEquals(RAM + 20, m.pc(0));

        assertEquals(StopReason.STEP, m.step(0).reason());
        assertEquals(6, m.register(0, A0));
        assertEquals(RAM + 24, m.pc(0));

        m.addBreakpoint(RAM + 52);
        StopEvent e = m.run(10_000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        assertEquals(RAM + 52, m.pc(0));
        assertEquals(13, m.register(0, A0));
        assertEquals(13, m.hartSteps(0));

        m.removeBreakpoint(RAM + 52);
        e = m.run(10_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals(20, m.register(0, A0));
    }

    /**
     * With breakpoints set elsewhere, a hot loop still runs translated and whole, yet a
     * breakpoint set later in its middle, or at its start, stops it at the exact round.
     */
    @Test
    public void breakpointsStopAHotTranslatedLoopAtTheExactRound() {
        Asm program = new Asm().addi(S1, 0, 2000).addi(A0, 0, 0);
        long loop = RAM + program.size();
        program.addi(A0, A0, 1) // loop
                .addi(A1, A0, 3)
                .addi(S1, S1, -1)
                .bne(S1, 0, -12)
                .ebreak();
        Machine m = machine();
        program.loadAt(m, RAM);
        for (int i = 0; i < 100; i++) {
            m.addBreakpoint(RAM + 0x10000 + 4L * i); // never reached
        }
        StopEvent e = m.run(3 * 1000);
        assertEquals(e.toString(), StopReason.BUDGET_EXHAUSTED, e.reason());
        long before = m.register(0, A0);
        m.addBreakpoint(loop + 4); // the addi a1 in the loop's middle
        e = m.run(100_000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        assertEquals(loop + 4, m.pc(0));
        assertEquals("stopped in the round after", before + 1, m.register(0, A0));
        m.removeBreakpoint(loop + 4);
        m.addBreakpoint(loop);
        e = m.run(100_000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        assertEquals(loop, m.pc(0));
        assertEquals("the next round's start", before + 1, m.register(0, A0));
        e = m.run(100_000);
        assertEquals(loop, m.pc(0));
        assertEquals("and the one after", before + 2, m.register(0, A0));
        m.removeBreakpoint(loop);
        e = m.run(100_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals(2000, m.register(0, A0));
    }
}
