package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.support.Asm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.Test;

/**
 * Translation on the translator thread (what {@link io.guestlab.emulator.Translation#DEFAULT}
 * does): the hart runs on while a hot loop is translated, then installs the translation between
 * slices and runs it; the loop ends in the same state as interpreted, whenever that happened.
 */
public class BackgroundTranslationTest {

    private static final long RAM = 0x8000_0000L;
    private static final int S1 = 9, A0 = 10, A1 = 11;

    @Test
    public void theTranslatorMakesRegionsBeforeSingleBlocksAskedForEarlier() {
        List<BackgroundTranslator.Request> queued = new ArrayList<>();
        queued.add(new BackgroundTranslator.Request(false, 1, null));
        queued.add(new BackgroundTranslator.Request(true, 3, null));
        queued.add(new BackgroundTranslator.Request(false, 2, null));
        queued.add(new BackgroundTranslator.Request(true, 4, null));
        Collections.sort(queued);
        assertEquals(List.of(3L, 4L, 1L, 2L), queued.stream().map(BackgroundTranslator.Request::order).toList());
    }

    @Test
    public void aHotLoopTranslatedInTheBackgroundRunsTranslatedAndEndsAlike() {
        long rounds = 3_000_000;
        Asm a = new Asm().li(S1, rounds).addi(A0, 0, 0).addi(A1, 0, 3);
        a.word(Asm.rType(0x33, 0, 0, A0, A0, S1)) // loop: add a0, a0, s1
                .word(Asm.rType(0x33, 4, 0, A1, A1, A0)) // xor a1, a1, a0
                .addi(S1, S1, -1)
                .bne(S1, 0, -12)
                .ebreak();
        Hart interpreted = hart(a.bytes(), false, false);
        Hart background = hart(a.bytes(), true, true);
        long deadline = System.nanoTime() + 60_000_000_000L; // a liveness bound for a loaded host, not a speed figure
        long rounds0 = -1;
        while (background.takeEvent() == null && System.nanoTime() < deadline) {
            background.run(background.steps() + 100_000);
            if (rounds0 < 0 && background.translatedRunsInPage(RAM) > 0) {
                rounds0 = background.steps(); // the translation is installed and ran
            }
        }
        interpreted.run(Long.MAX_VALUE);
        assertEquals(StopReason.TRAP, interpreted.takeEvent().reason());
        assertTrue("the translation was installed while the loop ran", rounds0 > 0);
        assertEquals("steps", interpreted.steps(), background.steps());
        assertEquals("pc", interpreted.pc(), background.pc());
        for (int r = 1; r < 32; r++) {
            assertEquals("x" + r, interpreted.xreg(r), background.xreg(r));
        }
    }

    private static Hart hart(byte[] code, boolean translate, boolean inBackground) {
        Bus bus = new Bus(new Ram(RAM, 1 << 20));
        Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
        hart.setTranslation(new Translation(translate, 50, 50, inBackground));
        hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
        bus.write(RAM, code, 0, code.length);
        hart.reset(RAM);
        return hart;
    }
}
