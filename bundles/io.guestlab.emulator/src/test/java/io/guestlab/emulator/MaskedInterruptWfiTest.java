package io.guestlab.emulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.support.Asm;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * A wfi ends at once while an interrupt is pending in mie, even a masked one (privileged spec
 * 3.3.3), so guests loop around it: OpenSBI's harts waiting to be started do, with an IPI pending
 * and mstatus.MIE clear. Such a hart spends the rest of its quantum idle instead of spinning
 * through it: nothing it can poll changes before the other harts and the devices have had their
 * turns. This is what kept U-Boot on 4 harts at 3.4 times its 1-hart boot time.
 */
public class MaskedInterruptWfiTest {

    private static final long RAM = 0x8000_0000L;
    private static final int QUANTUM = 1000;
    private static final int ROUNDS = 20;
    private static final int WFI = 0x10500073;
    private static final int MIE = 0x304, MIP = 0x344, MSTATUS = 0x300, MCAUSE = 0x342, MTVEC = 0x305;

    /**
     * Hart 0 counts in x5. Hart 1 makes its supervisor software interrupt pending and enables it
     * in mie only (M-mode with mstatus.MIE clear: masked), then loops wfi, counting rounds in x6;
     * its trap handler spins.
     */
    private static Machine machine(Translation translation) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 2, QUANTUM));
        m.setTranslation(translation);
        new Asm().addi(5, 5, 1).word(0xffdff06f).loadAt(m, RAM); // j -4
        new Asm().li(10, RAM + 0x200).csrrw(0, MTVEC, 10).li(10, 2).csrrs(0, MIE, 10).csrrs(0, MIP, 10)
                .word(WFI).addi(6, 6, 1).word(0xff9ff06f) // wfi; addi; j -8
                .loadAt(m, RAM + 0x100);
        new Asm().word(0x0000006f).loadAt(m, RAM + 0x200); // its trap handler: j .
        m.setPc(0, RAM);
        m.setPc(1, RAM + 0x100);
        return m;
    }

    private static List<Long> state(Machine m) {
        List<Long> s = new ArrayList<>(List.of(m.steps()));
        for (int h = 0; h < m.hartCount(); h++) {
            s.addAll(List.of(m.pc(h), m.register(h, 5), m.register(h, 6), m.hartSteps(h)));
        }
        return s;
    }

    @Test
    public void aHartWhoseWfiCannotWaitIdlesTheRestOfItsQuantum() {
        Machine m = machine(Translation.OFF);
        m.run(2L * ROUNDS * QUANTUM);
        long rounds = m.register(1, 6);
        assertTrue("one wfi round per quantum, not thousands: " + rounds, rounds >= ROUNDS - 1 && rounds <= ROUNDS + 1);
        assertEquals("hart 0 has its whole share", ROUNDS * QUANTUM / 2, m.register(0, 5), 2);
        assertEquals("the masked interrupt is not taken", 0L, (long) m.csr(1, MCAUSE));
        // unmasked, it is taken at once
        m.setCsr(1, MSTATUS, 0x8);
        m.run(2L * QUANTUM);
        assertEquals("supervisor software interrupt taken in M-mode", (1L << 63) | 1, (long) m.csr(1, MCAUSE));
    }

    @Test
    public void theSameWithTranslationAndHoweverTheRunIsCut() {
        Machine whole = machine(Translation.OFF);
        whole.run(2L * ROUNDS * QUANTUM);
        Machine translated = machine(Translation.after(2));
        translated.run(2L * ROUNDS * QUANTUM);
        assertEquals(state(whole), state(translated));
        Machine cut = machine(Translation.OFF);
        for (long left = 2L * ROUNDS * QUANTUM; left > 0; left -= 7) {
            cut.run(Math.min(7, left));
        }
        assertEquals(state(whole), state(cut));
        Machine stepped = machine(Translation.OFF);
        while (stepped.steps() < 2L * ROUNDS * QUANTUM) {
            stepped.step(1);
        }
        assertEquals(state(whole), state(stepped));
    }
}
