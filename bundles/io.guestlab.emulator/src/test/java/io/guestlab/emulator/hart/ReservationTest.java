package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.support.Asm;

import org.junit.Test;

/**
 * LR/SC across harts (Unprivileged ISA section 8.2): hart 0 takes a reservation, waits longer
 * than a quantum so hart 1 runs, then tries the SC. A store by hart 1 to the reserved granule
 * must make the SC fail; a store elsewhere must not.
 */
public class ReservationTest {

    private static final long RAM = 0x8000_0000L;
    private static final long DATA = RAM + 0x4000;

    private static long scResult(long otherHartStoresTo) {
        Machine m = new Machine(new MachineConfig(RAM, 1 << 20, 2, 500));
        m.catchTrap(TrapCause.BREAKPOINT, false, true);
        Asm hart0 = new Asm().li(6, DATA).addi(8, 0, 1000).addi(10, 0, 77).lrD(5, 6)
                .addi(7, 7, 1).bne(7, 8, -4) // about 2000 steps: hart 1 gets its quantum in between
                .scD(9, 10, 6).ebreak();
        hart0.loadAt(m, RAM);
        Asm hart1 = new Asm().li(6, otherHartStoresTo).addi(5, 0, 5).sd(5, 6, 0).spin();
        m.writePhysical(RAM + 0x800, hart1.bytes());
        m.setPc(1, RAM + 0x800);
        StopEvent e = m.run(100_000);
        assertEquals(e.toString(), StopReason.TRAP, e.reason());
        assertEquals("stopped on hart 0's ebreak", 0, e.hart());
        return m.register(0, 9);
    }

    @Test
    public void storeByAnotherHartBreaksTheReservation() {
        assertEquals("sc.d fails", 1, scResult(DATA));
    }

    @Test
    public void storeElsewhereKeepsTheReservation() {
        assertEquals("sc.d succeeds", 0, scResult(DATA + 64));
    }

    @Test
    public void misalignedLrRaisesAddressMisaligned() {
        Machine m = new Machine(MachineConfig.defaults().withRamSize(1 << 20));
        m.catchTrap(TrapCause.LOAD_ADDRESS_MISALIGNED, false, true);
        new Asm().li(6, DATA + 4).lrD(5, 6).loadAt(m, RAM);
        StopEvent e = m.run(100);
        assertEquals(StopReason.TRAP, e.reason());
        assertEquals(DATA + 4, e.tval());
    }
}
