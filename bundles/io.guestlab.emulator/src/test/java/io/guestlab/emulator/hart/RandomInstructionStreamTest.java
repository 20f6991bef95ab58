package io.guestlab.emulator.hart;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.isa.Insn;

import java.util.Random;

import org.junit.Test;

/**
 * No instruction stream, however random, may throw a host exception out of the engine: RAM is
 * filled with random bits (biased towards real encodings so that deep paths are reached: CSR
 * writes to satp/mstatus/pmp, AMOs, FP with every rounding mode, compressed code), trap vectors
 * point into the noise, and each machine must end with a normal stop, never INTERNAL_ERROR.
 */
public class RandomInstructionStreamTest {

    private static final long RAM = 0x8000_0000L;
    private static final int SIZE = 64 << 10;
    private static final int[] INTERESTING_CSRS = {Csr.MSTATUS, Csr.SATP, Csr.MTVEC, Csr.STVEC, Csr.MEDELEG,
            Csr.MIDELEG, Csr.MIE, Csr.MIP, Csr.PMPCFG0, Csr.PMPADDR0, Csr.PMPADDR0 + 1, Csr.FCSR, Csr.MCOUNTINHIBIT,
            Csr.MINSTRET, Csr.SSTATUS, Csr.SIE, Csr.SIP, Csr.MEPC, Csr.SEPC, 0x7c0};

    @Test
    public void randomStreamsNeverEscapeTheEngine() {
        for (int seed = 1; seed <= 60; seed++) {
            Random random = new Random(seed);
            Machine machine = new Machine(new MachineConfig(RAM, SIZE, 1 + seed % 2, 500));
            byte[] code = new byte[SIZE];
            for (int at = 0; at < SIZE; ) {
                int bits = instruction(random);
                int length = (bits & 3) == 3 ? 4 : 2;
                for (int b = 0; b < length && at < SIZE; b++) {
                    code[at++] = (byte) (bits >>> (8 * b));
                }
            }
            machine.writePhysical(RAM, code);
            for (int h = 0; h < machine.hartCount(); h++) {
                machine.setPc(h, RAM + (random.nextInt(SIZE) & ~1));
                for (int r = 1; r < 32; r++) {
                    // registers point into RAM often, so loads, stores and AMOs hit memory
                    machine.setRegister(h, r, random.nextBoolean() ? RAM + random.nextInt(SIZE) : random.nextLong());
                }
                machine.setCsr(h, Csr.MTVEC, RAM + (random.nextInt(SIZE) & ~3));
                machine.setCsr(h, Csr.STVEC, RAM + (random.nextInt(SIZE) & ~3));
                machine.setCsr(h, Csr.MSTATUS, 1L << 13);
            }
            StopEvent e = machine.run(200_000);
            assertNotEquals("seed " + seed + ": " + e, StopReason.INTERNAL_ERROR, e.reason());
            for (int h = 0; h < machine.hartCount(); h++) {
                assertEquals("seed " + seed + ": x0 stays zero", 0, machine.register(h, 0));
                StopEvent step = machine.step(h);
                assertNotEquals("seed " + seed + ": " + step, StopReason.INTERNAL_ERROR, step.reason());
            }
        }
    }

    /** A random instruction: a quarter pure noise, the rest a real encoding with random operand fields. */
    private static int instruction(Random random) {
        int choice = random.nextInt(8);
        if (choice == 0) {
            return random.nextInt();
        }
        if (choice == 1) {
            return random.nextInt(0x10000) & ~0; // compressed or noise in the low half
        }
        if (choice == 2) {
            int csr = INTERESTING_CSRS[random.nextInt(INTERESTING_CSRS.length)];
            int f3 = 1 + random.nextInt(7);
            return csr << 20 | random.nextInt(32) << 15 | f3 << 12 | random.nextInt(32) << 7 | 0x73;
        }
        Insn[] all = Insn.values();
        Insn insn = all[random.nextInt(all.length)];
        return (random.nextInt() & ~insn.mask()) | insn.match();
    }
}
