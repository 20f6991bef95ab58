package io.guestlab.emulator;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.support.Asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import static org.junit.Assert.assertTrue;

/**
 * Stepping a hart runs the machine on its schedule, and breakpoints do not depend on where runs
 * are cut: however a debugger cuts a run into steps and budgets, the guest does the same thing
 * and the same breakpoints stop it (what going back by re-execution stands on).
 */
public class StepFollowsTheScheduleTest {

    private static final long RAM = 0x8000_0000L;
    private static final int QUANTUM = 4;

    /** Each hart counts in x5 and stores the count at x6 (its own word): addi; sd; j back. */
    private static Machine counters(int harts) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, harts, QUANTUM));
        new Asm().addi(5, 5, 1).sd(5, 6, 0).word(0xff9ff06f).loadAt(m, RAM); // jal x0, -8
        for (int h = 0; h < harts; h++) {
            m.setPc(h, RAM);
            m.setRegister(h, 6, RAM + 0x1000 + 8 * h);
        }
        return m;
    }

    private static List<Long> state(Machine m) {
        List<Long> s = new ArrayList<>(List.of(m.steps()));
        for (int h = 0; h < m.hartCount(); h++) {
            s.addAll(List.of(m.pc(h), m.register(h, 5), m.hartSteps(h)));
        }
        return s;
    }

    @Test
    public void steppingAHartFirstRunsTheHartsWhoseTurnComesBefore() {
        Machine m = counters(2);
        assertEquals(StopReason.STEP, m.step(1).reason());
        assertEquals("hart 0's whole turn, then one step of hart 1", QUANTUM + 1, m.steps());
        assertEquals(QUANTUM, m.hartSteps(0));
        assertEquals(1, m.hartSteps(1));
        Machine twin = counters(2);
        twin.run(QUANTUM + 1);
        assertEquals(state(twin), state(m));
        assertEquals(StopReason.STEP, m.step(1).reason());
        assertEquals("hart 1 goes on in its turn", QUANTUM + 2, m.steps());
    }

    @Test
    public void stepsAndRunsInAnyMixGiveTheMachineOfOneRun() {
        Random random = new Random(7);
        for (int harts = 1; harts <= 3; harts++) {
            Machine cut = counters(harts);
            for (int i = 0; i < 200; i++) {
                if (random.nextBoolean()) {
                    cut.step(random.nextInt(harts));
                } else {
                    cut.run(1 + random.nextInt(3 * QUANTUM));
                }
            }
            Machine whole = counters(harts);
            whole.run(cut.steps());
            assertEquals(harts + " harts", state(whole), state(cut));
        }
    }

    @Test
    public void aBreakpointReachedAtTheEndOfARunStopsTheNextOne() {
        Machine m = counters(1);
        m.addBreakpoint(RAM + 4);
        assertEquals(StopReason.BUDGET_EXHAUSTED, m.run(1).reason());
        assertEquals(RAM + 4, m.pc(0));
        StopEvent e = m.run(100);
        assertEquals("not passed just because the run was cut there", StopReason.BREAKPOINT, e.reason());
        assertEquals(1, m.steps());
        assertEquals("the next run lets the hart that stopped there past it", StopReason.BREAKPOINT, m.run(100).reason());
        assertEquals(4, m.steps());
    }

    /**
     * Each hart programs its CLINT timer {@code x7} ticks ahead and waits in wfi; its handler
     * counts in x5 and re-arms the timer. Most rounds every hart waits, so time skips ahead.
     */
    private static Machine timers(int harts, Translation translation) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, harts, MachineConfig.DEFAULT_QUANTUM));
        m.setTranslation(translation);
        long handler = RAM + 0x100;
        new Asm().li(10, handler).csrrw(0, 0x305, 10) // mtvec
                .ld(9, 8, 0).word(add(9, 9, 7)).sd(9, 6, 0) // mtimecmp = mtime + x7
                .li(10, 0x80).csrrs(0, 0x304, 10) // mie.MTIE
                .li(10, 0x8).csrrs(0, 0x300, 10) // mstatus.MIE
                .word(WFI).word(0xffdff06f) // wfi; j wfi
                .loadAt(m, RAM);
        new Asm().ld(9, 6, 0).word(add(9, 9, 7)).sd(9, 6, 0).addi(5, 5, 1).word(MRET).loadAt(m, handler);
        for (int h = 0; h < harts; h++) {
            m.setPc(h, RAM);
            m.setRegister(h, 6, Machine.CLINT_BASE + 0x4000 + 8 * h); // mtimecmp of hart h
            m.setRegister(h, 7, 150 + 70 * h);
            m.setRegister(h, 8, Machine.CLINT_BASE + 0xbff8); // mtime
        }
        return m;
    }

    private static final int WFI = 0x10500073, MRET = 0x30200073;

    private static int add(int rd, int rs1, int rs2) {
        return Asm.rType(0x33, 0, 0, rd, rs1, rs2);
    }

    /** Every trap every hart takes: hart, its step, cause. */
    private static List<String> traps(Machine m) {
        List<String> log = new ArrayList<>();
        m.setTrapListener((hart, step, cause, epc, tval, from, to) -> log.add(hart + "@" + step + ":" + Long.toHexString(cause)));
        return log;
    }

    /** Runs {@code m} to {@code end} cut into random budgets and single steps, as a debugger does. */
    private static void runCut(Machine m, long end, Random random) {
        while (m.steps() < end) {
            if (random.nextInt(4) == 0) {
                m.step(random.nextInt(m.hartCount()));
            } else {
                m.run(Math.min(end - m.steps(), 1 + random.nextInt(30_000)));
            }
        }
    }

    @Test
    public void hartsWaitingForTheirTimersTakeEachTickAtTheSameStepHoweverRunsAreCut() {
        for (Translation translation : List.of(Translation.OFF, Translation.after(1))) {
            for (int harts : new int[] {1, 4}) {
                Machine whole = timers(harts, translation);
                List<String> expected = traps(whole);
                whole.run(3_000_000);
                Machine cut = timers(harts, translation);
                List<String> seen = traps(cut);
                runCut(cut, whole.steps(), new Random(harts));
                String what = harts + " harts, " + translation;
                assertTrue(what + ": " + expected.size() + " ticks", expected.size() > 20 * harts);
                assertEquals(what, expected, seen);
                assertEquals(what, state(whole), state(cut));
            }
        }
    }

    /**
     * Each hart raises its own software interrupt through the CLINT (a device store) with
     * interrupts enabled, then counts in x5; the handler clears it and counts in x11. The
     * interrupt is taken right after the store, not wherever the run happens to be cut next.
     */
    @Test
    public void anInterruptADeviceAccessRaisesIsTakenAtTheSameStepHoweverRunsAreCut() {
        for (Translation translation : List.of(Translation.OFF, Translation.after(1))) {
            Machine whole = softwareInterrupts(translation);
            List<String> expected = traps(whole);
            whole.run(2_000_000);
            Machine cut = softwareInterrupts(translation);
            List<String> seen = traps(cut);
            runCut(cut, whole.steps(), new Random(3));
            assertTrue(translation + ": " + expected.size() + " interrupts", expected.size() > 1000);
            assertEquals(translation.toString(), expected, seen);
            assertEquals(translation.toString(), state(whole), state(cut));
        }
    }

    /**
     * Two harts each raise their own software interrupt through the CLINT (a device store) with
     * interrupts enabled, then count in x5; the handler clears it and counts in x11.
     */
    private static Machine softwareInterrupts(Translation translation) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 2, MachineConfig.DEFAULT_QUANTUM));
        m.setTranslation(translation);
        long handler = RAM + 0x100, loop = RAM + 0x200;
        new Asm().li(10, handler).csrrw(0, 0x305, 10) // mtvec
                .li(10, 0x8).csrrs(0, 0x304, 10) // mie.MSIE
                .li(10, 0x8).csrrs(0, 0x300, 10) // mstatus.MIE
                .li(10, loop).word(Asm.iType(0x67, 0, 0, 10, 0)) // jr loop
                .loadAt(m, RAM);
        new Asm().word(Asm.sType(0x23, 2, 6, 0, 0)).addi(11, 11, 1).word(MRET).loadAt(m, handler); // msip = 0
        Asm body = new Asm().li(12, 1).word(Asm.sType(0x23, 2, 6, 12, 0)); // msip = 1
        for (int k = 0; k < 300; k++) {
            body.addi(5, 5, 1);
        }
        body.word(jal(0, -body.size())).loadAt(m, loop);
        for (int h = 0; h < 2; h++) {
            m.setPc(h, RAM);
            m.setRegister(h, 6, Machine.CLINT_BASE + 4 * h); // msip of hart h
        }
        return m;
    }

    /** jal rd, offset (J-type: imm[20|10:1|11|19:12]). */
    private static int jal(int rd, int offset) {
        return ((offset >>> 20) & 1) << 31 | ((offset >>> 1) & 0x3ff) << 21 | ((offset >>> 11) & 1) << 20
                | ((offset >>> 12) & 0xff) << 12 | rd << 7 | 0x6f;
    }

    @Test
    public void aStepExecutesTheInstructionAtABreakpoint() {
        Machine m = counters(1);
        m.addBreakpoint(RAM);
        StopEvent e = m.step(0);
        assertEquals(StopReason.STEP, e.reason());
        assertEquals(RAM + 4, m.pc(0));
        assertEquals(1, m.register(0, 5));
    }
}
