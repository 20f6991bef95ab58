package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.Watchpoint;
import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/**
 * A watchpoint keeps only its own page off the TLB fast paths (issue 17: debugging at full
 * speed): a loop over data on another page keeps its loads and stores (interpreted or
 * translated) on the fast path, and the watchpoint still stops the hart at the one store into
 * its page, on exactly that instruction.
 */
public class WatchpointPagesTest {

    private static final long RAM = 0x8000_0000L;
    private static final long DATA = RAM + 0x10000, WATCHED = RAM + 0x20000;
    private static final int A0 = 10, A1 = 11, S1 = 9, T0 = 5;

    @Test
    public void aWatchpointSlowsOnlyItsOwnPage() {
        for (boolean translate : new boolean[] {false, true}) {
            Asm a = new Asm().li(A0, DATA).li(A1, WATCHED).addi(S1, 0, 300);
            a.ld(T0, A0, 8) // loop: t0 = data[1] + 1; data[1] = t0
                    .addi(T0, T0, 1)
                    .sd(T0, A0, 8)
                    .addi(S1, S1, -1)
                    .bne(S1, 0, -16);
            long store = RAM + a.size();
            a.sd(T0, A1, 16) // the one store into the watched page
                    .ebreak();
            Bus bus = new Bus(new Ram(RAM, 1 << 20));
            Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
            hart.setTranslation(translate ? Translation.after(50) : Translation.OFF);
            byte[] code = a.bytes();
            bus.write(RAM, code, 0, code.length);
            hart.reset(RAM);
            hart.setWatchpoints(new Watchpoint[] {new Watchpoint(WATCHED + 16, 8, false, false, true)});
            hart.run(100_000);
            StopEvent stop = hart.takeEvent();
            String what = translate ? "translated" : "interpreted";
            assertNotNull(what + ": the watchpoint stops the hart", stop);
            assertEquals(what, StopReason.WATCHPOINT, stop.reason());
            assertEquals(what + ": the hart continues after the store", store + 4, stop.pc());
            assertEquals(what + ": the loop ran to its end first", 300, hart.xreg(T0));
            int data = (int) (DATA >>> 12) & 255, watched = (int) (WATCHED >>> 12) & 255;
            assertEquals(what + ": the loop's data page is on the load fast path", DATA, hart.loadTag[data]);
            assertEquals(what + ": and on the store fast path", DATA, hart.storeTag[data]);
            assertNotEquals(what + ": the watched page is not", WATCHED, hart.storeTag[watched]);
        }
    }
}
