package io.guestlab.emulator.hart;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.support.Asm;
import java.util.Arrays;
import org.junit.Test;

/**
 * A hart saved mid-program and restored into a hart of a fresh machine (whose RAM is a copy of the
 * original's) must continue exactly as the original: same registers, CSRs, counters and stores.
 */
public class HartStateTest {

    private static final long RAM = 0x8000_0000L;
    private static final int RAM_SIZE = 1 << 20;
    private static final long HANDLER = RAM + 0x1000;
    private static final long DATA = RAM + 0x8000;
    private static final int DATA_BYTES = 256 * 8;

    /** RAM, the bus and one hart, built the way Machine builds them. */
    private static final class Core {
        final Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
        final Reservations reservations = new Reservations(bus, 2);
        final Hart hart;

        Core(int id) {
            hart = new Hart(id, bus, new CodeCache(bus), reservations);
        }

        void load(long address, byte[] bytes) {
            bus.write(address, bytes, 0, bytes.length);
        }

        byte[] ram(long address, int length) {
            byte[] bytes = new byte[length];
            bus.read(address, bytes, 0, length);
            return bytes;
        }
    }

    /**
     * A loop mixing integer, FP, counter and CSR work with an ecall each round whose M-mode handler
     * skips it: x10 accumulates everything, stored into a ring of 256 doublewords at DATA.
     */
    private static byte[] program() {
        Asm a = new Asm().li(6, DATA).addi(7, 0, 0).li(8, 1_000_000).addi(11, 0, 31);
        int loop = a.size();
        a.word(Asm.rType(0x33, 0, 1, 10, 10, 11)) // mul x10, x10, x11
                .word(Asm.rType(0x33, 0, 0, 10, 10, 7)) // add x10, x10, x7
                .word(Asm.iType(0x13, 7, 12, 7, 255)) // andi x12, x7, 255
                .word(Asm.iType(0x13, 1, 12, 12, 3)) // slli x12, x12, 3
                .word(Asm.rType(0x33, 0, 0, 12, 12, 6)) // add x12, x12, x6
                .sd(10, 12, 0)
                .csrrs(13, Csr.INSTRET, 0).csrrs(14, Csr.CYCLE, 0)
                .word(Asm.rType(0x33, 0, 0, 10, 10, 13)) // add x10, x10, x13
                .word(Asm.rType(0x33, 0, 0, 10, 10, 14)) // add x10, x10, x14
                .word(Asm.rType(0x53, 7, 0x69, 2, 7, 2)) // fcvt.d.l f2, x7
                .word(Asm.rType(0x53, 7, 0x01, 1, 1, 2)) // fadd.d f1, f1, f2
                .word(Asm.rType(0x53, 7, 0x0D, 3, 1, 4)) // fdiv.d f3, f1, f4
                .csrrs(15, Csr.FFLAGS, 0)
                .word(Asm.rType(0x33, 0, 0, 10, 10, 15)) // add x10, x10, x15
                .ecall()
                .addi(7, 7, 1);
        a.bne(7, 8, loop - a.size());
        return a.spin().bytes();
    }

    /** mepc += 4; mret. */
    private static byte[] handler() {
        return new Asm().csrrs(16, Csr.MEPC, 0).addi(16, 16, 4).csrrw(0, Csr.MEPC, 16)
                .csrrs(17, Csr.MCAUSE, 0).word(0x30200073).bytes();
    }

    private static Core started() {
        Core c = new Core(0);
        c.load(RAM, program());
        c.load(HANDLER, handler());
        Hart h = c.hart;
        h.setPc(RAM);
        h.setCsr(Csr.MTVEC, HANDLER);
        h.setCsr(Csr.MSTATUS, 1L << 13); // FS = Initial: FP instructions allowed
        h.setCsr(Csr.MSCRATCH, 0x1234_5678_9abcL);
        h.setCsr(Csr.MEDELEG, 0x100);
        h.setCsr(Csr.MIDELEG, 0x222);
        h.setCsr(Csr.MIE, 0x2); // SSIE
        h.setCsr(Csr.MIP, 0x2); // SSIP pending, not taken while in M mode
        h.setCsr(Csr.STVEC, RAM + 0x2000);
        h.setCsr(Csr.SSCRATCH, 77);
        h.setCsr(Csr.SATP, (8L << 60) | ((RAM + 0x20000) >>> 12));
        h.setCsr(Csr.MCOUNTEREN, 7);
        h.setCsr(Csr.FRM, 3);
        h.setCsr(Csr.PMPADDR0, (RAM >>> 2) | ((RAM_SIZE / 2 - 1) >>> 2)); // NAPOT: 1 MiB at RAM
        h.setCsr(Csr.PMPCFG0, 0x1f);
        h.setCsr(Csr.MINSTRET, 1_000_000);
        h.setCsr(Csr.MCYCLE, 5_555);
        h.setCsr(Csr.MCOUNTINHIBIT, 1); // cycle frozen at 5555: the frozen value is state
        h.setFreg(4, Double.doubleToRawLongBits(3.0));
        h.setCsr(Csr.TSELECT, 2); // a store trigger for S and U, armed while the program runs in M
        h.setCsr(Csr.TDATA2, DATA);
        h.setCsr(Csr.TDATA1, 6L << 60 | 1 << 4 | 1 << 3 | 2);
        c.reservations.reserve(0, DATA + 64);
        return c;
    }

    private static byte[] save(Hart h) {
        StateWriter out = new StateWriter();
        HartState.save(h, out);
        return out.toByteArray();
    }

    private static void restore(Hart h, byte[] state) throws SnapshotException {
        StateReader in = new StateReader(state);
        HartState.restore(h, in);
        in.expectEnd();
    }

    /** A machine that has run something else first: its registers, TLBs and PMP must all be replaced. */
    private static Core dirtyTarget() {
        Core c = new Core(0);
        c.load(RAM, new Asm().li(5, 99).csrrw(0, Csr.MSCRATCH, 5).addi(5, 5, 1).spin().bytes());
        c.hart.setPc(RAM);
        c.hart.setCsr(Csr.PMPCFG0, 0x9f); // locked
        c.hart.run(50);
        return c;
    }

    @Test
    public void restoredHartContinuesExactlyLikeTheOriginal() throws Exception {
        Core a = started();
        a.hart.run(3_001);
        assertTrue("the program has taken traps", a.hart.trapsTaken > 0);
        byte[] state = save(a.hart);

        Core b = dirtyTarget();
        b.load(RAM, a.ram(RAM, RAM_SIZE)); // what the lead's RAM snapshot does
        restore(b.hart, state);
        assertArrayEquals("the restored hart saves the same state", state, save(b.hart));

        a.hart.run(20_000);
        b.hart.run(20_000);
        assertArrayEquals("same state 17,000 steps later", save(a.hart), save(b.hart));
        assertArrayEquals("same stores", a.ram(DATA, DATA_BYTES), b.ram(DATA, DATA_BYTES));
        for (int csr : new int[] {Csr.MSTATUS, Csr.MEPC, Csr.MCAUSE, Csr.FCSR, Csr.MINSTRET, Csr.MCYCLE, Csr.MIP,
            Csr.PMPCFG0, Csr.SATP, Csr.INSTRET, Csr.TSELECT, Csr.TDATA1, Csr.TDATA2}) {
            assertEquals("CSR 0x" + Integer.toHexString(csr), a.hart.csr(csr), b.hart.csr(csr));
        }
        assertTrue("the loop made progress", b.hart.xreg(7) > 500);
        assertNotEquals(0, b.hart.xreg(10));
        assertEquals(a.hart.xreg(10), b.hart.xreg(10));
        assertEquals(a.hart.pc(), b.hart.pc());
        assertEquals(a.hart.instructionsRetired(), b.hart.instructionsRetired());
    }

    @Test
    public void reservationSurvivesAndIsStillBrokenByAnotherHartsStore() throws Exception {
        Core a = started();
        StateWriter out = new StateWriter();
        a.reservations.saveState(out);
        byte[] state = out.toByteArray();

        Core kept = new Core(0);
        kept.reservations.restoreState(new StateReader(state));
        assertTrue("sc.d of hart 0 would succeed", kept.reservations.consume(0, DATA + 64));

        Core broken = new Core(0);
        broken.reservations.restoreState(new StateReader(state));
        broken.bus.store(DATA + 64, 8, 5, 1); // hart 1 stores into the granule
        assertFalse("the restored reservation is watched on the new bus", broken.reservations.consume(0, DATA + 64));
    }

    @Test
    public void stateOfAnotherShapeIsRefusedNamingTheField() throws Exception {
        byte[] state = save(started().hart);
        expectRefusal(new Core(1).hart, state, "hart1");

        StateWriter out = new StateWriter();
        HartState.save(started().hart, out);
        byte[] good = out.toByteArray();
        byte[] badPriv = replaceInt(good, "priv", 2);
        expectRefusal(new Core(0).hart, badPriv, "hart0.priv");
        byte[] badFrm = replaceInt(good, "frm", 9);
        expectRefusal(new Core(0).hart, badFrm, "hart0.frm");

        StateWriter wrongHarts = new StateWriter().section("reservations").putLongs("granule", new long[3]);
        try {
            new Core(0).reservations.restoreState(new StateReader(wrongHarts.toByteArray()));
            fail("three granules do not fit two harts");
        } catch (SnapshotException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("reservations.granule"));
        }
    }

    @Test
    public void refusedStateLeavesTheHartUntouched() throws Exception {
        Core target = dirtyTarget();
        byte[] before = save(target.hart);
        byte[] bad = replaceInt(save(started().hart), "frm", 9);
        expectRefusal(target.hart, bad, "frm");
        assertArrayEquals(before, save(target.hart));
    }

    private static void expectRefusal(Hart h, byte[] state, String field) {
        try {
            restore(h, state);
            fail("restoring a mismatched state should fail naming " + field);
        } catch (SnapshotException e) {
            assertTrue("message names " + field + ": " + e.getMessage(), e.getMessage().contains(field));
        }
    }

    /**
     * A copy of {@code state} with int field {@code name} set to {@code value}: fields are a tag
     * byte, the name in modified UTF-8 (two length bytes, ASCII here), then the big-endian value.
     */
    private static byte[] replaceInt(byte[] state, String name, int value) {
        byte[] pattern = new byte[3 + name.length()];
        pattern[0] = 3; // StateWriter's INT tag
        pattern[1] = 0;
        pattern[2] = (byte) name.length();
        for (int i = 0; i < name.length(); i++) {
            pattern[3 + i] = (byte) name.charAt(i);
        }
        for (int at = 0; at + pattern.length + 4 <= state.length; at++) {
            if (Arrays.equals(state, at, at + pattern.length, pattern, 0, pattern.length)) {
                byte[] copy = state.clone();
                int v = at + pattern.length;
                copy[v] = (byte) (value >>> 24);
                copy[v + 1] = (byte) (value >>> 16);
                copy[v + 2] = (byte) (value >>> 8);
                copy[v + 3] = (byte) value;
                return copy;
            }
        }
        throw new AssertionError("no int field " + name + " in the state");
    }
}
