package io.guestlab.emulator;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.support.Asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

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
