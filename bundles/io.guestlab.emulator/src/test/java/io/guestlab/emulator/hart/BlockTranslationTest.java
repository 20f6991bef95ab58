package io.guestlab.emulator.hart;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Translation;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.isa.Csr;
import io.guestlab.emulator.isa.Insn;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.Asm;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.junit.Test;

/**
 * Hot code translated to JVM bytecode ({@link RegionCompiler}) must leave exactly the state the
 * interpreter leaves: the same registers, memory, pc and step count after whole programs, after
 * random straight-line code (every RV64IM operation, loads and stores on and off the TLB fast
 * path, F and D instructions, CSR accesses that end a translated prefix), after random loops of
 * several blocks (translated as one region) cut by budgets, single steps and breakpoints, after a
 * trap in the middle of a hot block, and when a hot block overwrites its own code.
 */
public class BlockTranslationTest {

    /** Translate after 50 runs, as the programs here loop a few hundred times. */
    private static final Translation EARLY = Translation.after(50);

    private static final long RAM = 0x8000_0000L;
    private static final int RAM_SIZE = 1 << 20;
    private static final long DATA = RAM + 0x10000;
    private static final int DATA_BYTES = 0x2000;
    private static final int RA = 1, S0 = 8, S1 = 9, S2 = 18, A0 = 10, A1 = 11, A2 = 12, T0 = 5, T1 = 6, T2 = 7, T3 = 28;

    /** The state a machine ends in: stop reason, instructions retired, pc, mepc, fcsr, mstatus, x0..x31, f0..f31, and RAM. */
    private record State(String stop, long steps, long pc, long mepc, long fcsr, long mstatus, long[] x, long[] f,
            byte[] ram) {
        void assertSame(String what, State other) {
            assertEquals(what + ": stop", stop, other.stop);
            assertEquals(what + ": steps", steps, other.steps);
            assertEquals(what + ": pc", pc, other.pc);
            assertEquals(what + ": mepc", mepc, other.mepc);
            assertEquals(what + ": fcsr (fflags and frm)", fcsr, other.fcsr);
            assertEquals(what + ": mstatus (FS)", mstatus, other.mstatus);
            assertArrayEquals(what + ": x registers", x, other.x);
            assertArrayEquals(what + ": f registers", f, other.f);
            assertTrue(what + ": RAM differs", Arrays.equals(ram, other.ram));
        }
    }

    /** Runs {@code setup}'s machine for {@code budget} steps with translation on or off. */
    private static State run(boolean translate, MachineConfig config, Consumer<Machine> setup, long budget,
            long ramBytes) {
        Machine m = new Machine(config);
        m.setTranslation(translate ? EARLY : Translation.OFF);
        setup.accept(m);
        StopEvent e = m.run(budget);
        long[] x = new long[32];
        long[] f = new long[32];
        for (int i = 0; i < 32; i++) {
            x[i] = m.register(0, i);
            f[i] = m.fpRegister(0, i);
        }
        byte[] ram = new byte[(int) ramBytes];
        m.readPhysical(config.ramBase(), ram);
        return new State(e.reason() + " " + e.cause() + " " + e.exitCode(), m.instructionsRetired(), m.pc(0),
                m.csr(0, Csr.MEPC), m.csr(0, Csr.FCSR), m.csr(0, Csr.MSTATUS), x, f, ram);
    }

    private static void assertTranslationChangesNothing(String what, MachineConfig config, Consumer<Machine> setup,
            long budget, long ramBytes) {
        State interpreted = run(false, config, setup, budget, ramBytes);
        State translated = run(true, config, setup, budget, ramBytes);
        interpreted.assertSame(what, translated);
    }

    @Test
    public void guestProgramsEndInTheSameState() throws Exception {
        List<Path> elfs = new ArrayList<>(GuestTools.elfs("bench"));
        elfs.addAll(GuestTools.elfs("isa-tests"));
        MachineConfig config = MachineConfig.defaults().withRamSize(16 << 20);
        for (Path elf : elfs) {
            ElfFile file = ElfFile.read(elf);
            // a budget that stops the long ones in the middle of their hot loops, which must then agree too
            assertTranslationChangesNothing(elf.getFileName().toString(), config, m -> {
                try {
                    m.load(file, new ByteArrayOutputStream());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }, 20_000_000, 1 << 20);
        }
    }

    @Test
    public void randomBlocksEndInTheSameState() {
        for (int seed = 1; seed <= 120; seed++) {
            Random random = new Random(seed);
            byte[] program = randomLoop(random, false);
            long[] registers = new long[32];
            for (int r = 1; r < 32; r++) {
                registers[r] = randomValue(random);
            }
            registers[S0] = DATA + 0x800 + random.nextInt(0x800); // loads and stores reach across a page end
            registers[S1] = 200; // iterations: translated after 50
            MachineConfig config = new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM);
            byte[] data = new byte[DATA_BYTES];
            random.nextBytes(data);
            assertTranslationChangesNothing("seed " + seed, config, m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.setCsr(0, Csr.MSTATUS, 1L << 13); // FS = initial: F and D enabled
                m.writePhysical(RAM, program);
                m.writePhysical(DATA, data);
                for (int r = 1; r < 32; r++) {
                    m.setRegister(0, r, registers[r]);
                }
                m.setPc(0, RAM);
            }, 1_000_000, DATA - RAM + DATA_BYTES);
        }
    }

    @Test
    public void shiftPairsThatExtendARegisterEndInTheSameState() {
        // slli/srli and slli/srai pairs by the same amount (casts without Zbb), which translation
        // turns into one operation when nothing between reads the register, on values that change
        // every round, among pairs it must leave as they are
        int a1 = 11, a2 = 12, a3 = 13, a4 = 14, a5 = 15, a6 = 16, a7 = 17;
        int[] body = {
            Asm.rType(0x33, 0, 1, a5, a5, T3), // mul a5, a5, t3
            Asm.iType(0x13, 1, a5, a5, 48), Asm.iType(0x1b, 0, a4, a4, -1), Asm.iType(0x13, 5, a5, a5, 48),
            Asm.rType(0x33, 0, 0, T1, T1, a5), // add t1, t1, a5
            Asm.iType(0x13, 1, T0, T1, 56), Asm.iType(0x13, 5, T0, T0, 0x400 | 56),
            Asm.iType(0x13, 1, T2, T1, 32), Asm.rType(0x33, 4, 0, a7, a7, T0), Asm.iType(0x13, 5, T2, T2, 32),
            Asm.iType(0x13, 1, a2, T1, 40), Asm.iType(0x13, 5, a2, a2, 0x400 | 40),
            Asm.iType(0x13, 1, a6, a5, 48), Asm.rType(0x33, 0, 0, a7, a6, a6), Asm.iType(0x13, 5, a6, a6, 48),
            Asm.iType(0x13, 1, a3, T1, 16), Asm.iType(0x13, 5, a3, a3, 0x400 | 16),
            Asm.iType(0x13, 1, a1, T1, 8), Asm.iType(0x03, 2, a6, S0, 0), Asm.iType(0x13, 5, a1, a1, 8),
            Asm.iType(0x13, 1, a6, a6, 0), Asm.iType(0x13, 5, a6, a6, 0),
        };
        Asm a = new Asm();
        for (int w : body) {
            a.word(w);
        }
        byte[] program = a.addi(S1, S1, -1).bne(S1, 0, -4 * (body.length + 1)).ebreak().bytes();
        MachineConfig config = new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM);
        assertTranslationChangesNothing("shift pairs", config, m -> {
            m.catchTrap(TrapCause.BREAKPOINT, false, true);
            m.writePhysical(RAM, program);
            m.setRegister(0, S0, DATA);
            m.setRegister(0, S1, 300);
            m.setRegister(0, a5, 0x9e37_79b9_7f4a_7c15L);
            m.setRegister(0, T3, 0xbf58_476d_1ce4_e5b9L);
            m.setRegister(0, T1, 0x94d0_49bb_1331_11ebL);
            m.setPc(0, RAM);
        }, 1_000_000, DATA - RAM + DATA_BYTES);
    }

    @Test
    public void randomRegionsEndInTheSameState() {
        // loops of several blocks (forward branches inside the body): translated as one region
        for (int seed = 1; seed <= 120; seed++) {
            Random random = new Random(seed);
            byte[] program = randomLoop(random, true);
            long[] registers = new long[32];
            for (int r = 1; r < 32; r++) {
                registers[r] = randomValue(random);
            }
            registers[S0] = DATA + 0x800 + random.nextInt(0x800);
            registers[S1] = 200;
            MachineConfig config = new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM);
            byte[] data = new byte[DATA_BYTES];
            random.nextBytes(data);
            assertTranslationChangesNothing("seed " + seed, config, m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.setCsr(0, Csr.MSTATUS, 1L << 13);
                m.writePhysical(RAM, program);
                m.writePhysical(DATA, data);
                for (int r = 1; r < 32; r++) {
                    m.setRegister(0, r, registers[r]);
                }
                m.setPc(0, RAM);
            }, 1_000_000, DATA - RAM + DATA_BYTES);
        }
    }

    @Test
    public void randomFloatingPointAndBitManipulationEndInTheSameState() {
        // every F, D and Zb* instruction with random operands, rounding modes (static and dynamic,
        // under a random frm) and registers: results, fflags and mstatus.FS as interpreted
        for (int seed = 1; seed <= 150; seed++) {
            Random random = new Random(1000 + seed);
            Asm a = new Asm();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                a.word(switch (random.nextInt(4)) {
                    case 0, 1 -> randomFloatingPoint(random);
                    case 2 -> randomBitManipulation(random);
                    default -> randomInstruction(random);
                });
            }
            a.addi(S1, S1, -1).bne(S1, 0, -4 * (n + 1)).ebreak();
            byte[] program = a.bytes();
            long[] registers = new long[32];
            long[] fRegisters = new long[32];
            for (int r = 1; r < 32; r++) {
                registers[r] = randomValue(random);
                fRegisters[r] = randomFloat(random);
            }
            registers[S0] = DATA + 0x800 + random.nextInt(0x800);
            registers[S1] = 200;
            int frm = random.nextInt(10) == 0 ? 5 + random.nextInt(3) : random.nextInt(5); // sometimes invalid
            byte[] data = new byte[DATA_BYTES];
            random.nextBytes(data);
            MachineConfig config = new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM);
            assertTranslationChangesNothing("seed " + seed, config, m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
                m.setCsr(0, Csr.MSTATUS, 1L << 13); // FS = initial: F and D enabled
                m.setCsr(0, Csr.FRM, frm);
                m.writePhysical(RAM, program);
                m.writePhysical(DATA, data);
                for (int r = 1; r < 32; r++) {
                    m.setRegister(0, r, registers[r]);
                    m.setFpRegister(0, r, fRegisters[r]);
                }
                m.setPc(0, RAM);
            }, 1_000_000, DATA - RAM + DATA_BYTES);
        }
    }

    @Test
    public void floatingPointTrapsWhereInterpretedOnceFsIsTurnedOff() {
        // a hot loop of F and D instructions (translated inline) turns mstatus.FS off in its 150th
        // round: the next F instruction is illegal, at the same instruction and step as interpreted
        Asm a = new Asm().li(T1, 3L << 13).addi(T0, 0, 50).addi(S1, 0, 200);
        long loop = RAM + a.size();
        a.word(0x02007053 | 2 << 20 | 1 << 15 | 1 << 7) // loop: fadd.d f1, f1, f2 (dynamic rounding)
                .word(Asm.iType(0x07, 3, 3, S0, 0)) // fld f3, 0(s0)
                .addi(S1, S1, -1)
                .word(Asm.bType(1, S1, T0, 8)) // bne s1, t0, +8
                .word(Asm.iType(0x73, 3, 0, T1, Csr.MSTATUS)) // csrrc x0, mstatus, t1: FS off
                .bne(S1, 0, -20)
                .ebreak();
        byte[] program = a.bytes();
        State[] states = new State[2];
        for (int k = 0; k < 2; k++) {
            states[k] = run(k == 1, new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM), m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.catchTrap(TrapCause.ILLEGAL_INSTRUCTION, false, true);
                m.setCsr(0, Csr.MSTATUS, 1L << 13);
                m.writePhysical(RAM, program);
                m.setRegister(0, S0, DATA);
                m.setFpRegister(0, 2, Double.doubleToRawLongBits(0.1));
                m.setPc(0, RAM);
            }, 100_000, 4096);
            assertEquals("the fadd.d after FS went off", loop, states[k].mepc);
        }
        states[0].assertSame("FS turned off", states[1]);
    }

    @Test
    public void budgetsStopHotLoopsBetweenTheSameInstructions() {
        assertBudgetsStopBetweenTheSameInstructions(randomLoop(new Random(7), false));
    }

    @Test
    public void budgetsStopHotRegionsBetweenTheSameInstructions() {
        assertBudgetsStopBetweenTheSameInstructions(randomLoop(new Random(8), true));
    }

    @Test
    public void breakpointsSetInAHotRegionStopOnTheSameInstructions() {
        // the loop runs hot first (translated as a region), then breakpoints inside it must stop
        // each round exactly where the interpreter stops, and removing them lets it run on
        Random random = new Random(9);
        byte[] program = randomLoop(random, true);
        Machine[] machines = loopMachines(program);
        // the loop's counting addi, which every round runs, and any instruction of the body
        long[] at = {RAM + program.length - 12, RAM + 4L * random.nextInt(program.length / 4 - 3)};
        for (Machine m : machines) {
            m.run(200_000);
            for (long a : at) {
                m.addBreakpoint(a);
            }
        }
        for (int round = 0; round < 40; round++) {
            StopEvent stop = runBothAlike("round " + round, machines, 1_000_000);
            assertEquals("round " + round + ": a breakpoint", StopReason.BREAKPOINT, stop.reason());
        }
        for (Machine m : machines) {
            for (long a : at) {
                m.removeBreakpoint(a);
            }
            m.run(100_000);
        }
        assertSameHartState("after the breakpoints", machines);
    }

    @Test
    public void breakpointsAnywhereInHotRegionsStopOnTheSameInstructions() {
        // a region holding a breakpoint in any block is not entered: loops with branches
        // (several blocks per region), one to three breakpoints on random instructions of each,
        // stop on the same instruction and step as interpreted, round after round
        int hits = 0;
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(300 + seed);
            byte[] program = randomLoop(random, true);
            Machine[] machines = loopMachines(program);
            long[] at = new long[1 + random.nextInt(3)];
            for (int i = 0; i < at.length; i++) {
                at[i] = RAM + 4L * random.nextInt(program.length / 4 - 1); // the ebreak after the loop excepted
            }
            for (Machine m : machines) {
                m.run(200_000);
                for (long a : at) {
                    m.addBreakpoint(a);
                }
            }
            for (int round = 0; round < 12; round++) {
                StopEvent stop = runBothAlike("seed " + seed + ", round " + round, machines, 1_000_000);
                hits += stop.reason() == StopReason.BREAKPOINT ? 1 : 0;
            }
        }
        assertTrue(hits + " stops at breakpoints of 300 runs", hits > 200);
    }

    @Test
    public void breakpointsMovedWhileARegionRunsStopOnTheSameInstructions() {
        // translations know where breakpoints are: each change of the set (one moved to another
        // instruction of the running region, a second added, all removed) must be seen at once
        Random random = new Random(10);
        byte[] program = randomLoop(random, true);
        Machine[] machines = loopMachines(program);
        for (Machine m : machines) {
            m.run(300_000); // hot: translated as a region, then as its second tier
        }
        long previous = -1;
        for (int round = 0; round < 60; round++) {
            long at = RAM + 4L * random.nextInt(program.length / 4);
            long extra = RAM + 4L * random.nextInt(program.length / 4);
            for (Machine m : machines) {
                if (previous >= 0) {
                    m.removeBreakpoint(previous);
                }
                m.addBreakpoint(at);
                if (round % 3 == 0) {
                    m.addBreakpoint(extra);
                }
            }
            runBothAlike("round " + round, machines, 1 + random.nextInt(5_000));
            for (Machine m : machines) {
                if (round % 3 == 0) {
                    m.removeBreakpoint(extra);
                }
            }
            previous = at;
        }
    }

    /** The interpreter's machine and the translating one, both at the start of {@code program}. */
    private static Machine[] loopMachines(byte[] program) {
        Machine[] machines = new Machine[2];
        for (int k = 0; k < 2; k++) {
            Machine m = new Machine(new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM));
            m.setTranslation(k == 1 ? EARLY : Translation.OFF);
            m.catchTrap(TrapCause.BREAKPOINT, false, true);
            m.setCsr(0, Csr.MSTATUS, 1L << 13);
            m.writePhysical(RAM, program);
            m.setRegister(0, S0, DATA + 0x800);
            m.setRegister(0, S1, 100_000);
            m.setPc(0, RAM);
            machines[k] = m;
        }
        return machines;
    }

    /**
     * Runs both machines (interpreted, translated) for {@code budget} steps and checks they stopped
     * alike: the same reason, pc and hart state. Returns the translated machine's stop.
     */
    private static StopEvent runBothAlike(String what, Machine[] machines, long budget) {
        StopEvent interpreted = machines[0].run(budget);
        StopEvent translated = machines[1].run(budget);
        assertEquals(what, interpreted.reason(), translated.reason());
        assertEquals(what, interpreted.pc(), translated.pc());
        assertSameHartState(what, machines);
        return translated;
    }

    private static void assertSameHartState(String what, Machine[] machines) {
        assertEquals(what + ": steps", machines[0].instructionsRetired(), machines[1].instructionsRetired());
        assertEquals(what + ": pc", machines[0].pc(0), machines[1].pc(0));
        for (int r = 1; r < 32; r++) {
            assertEquals(what + ": x" + r, machines[0].register(0, r), machines[1].register(0, r));
        }
    }

    /**
     * A translated loop runs several rounds (and blocks) per dispatch while the budget allows:
     * runs of random lengths and single steps must still stop where the interpreter stops.
     */
    private static void assertBudgetsStopBetweenTheSameInstructions(byte[] program) {
        Machine[] machines = loopMachines(program);
        Random chunks = new Random(11);
        for (int round = 0; round < 400; round++) {
            int n = chunks.nextInt(5) == 0 ? 0 : 1 + chunks.nextInt(300);
            for (Machine m : machines) {
                if (n == 0) {
                    m.step(0);
                } else {
                    m.run(n);
                }
            }
            assertSameHartState("round " + round, machines);
        }
    }

    @Test
    public void hotBlocksAreTranslated() {
        // the same loop on a bare hart: with translation on, its body is translated and the result is right
        Asm a = new Asm().addi(A0, 0, 0).addi(S1, 0, 100);
        a.word(Asm.rType(0x33, 0, 0, A0, A0, S1)) // loop: add a0, a0, s1
                .addi(S1, S1, -1)
                .bne(S1, 0, -8)
                .ebreak();
        Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
        Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
        hart.setTranslation(EARLY);
        hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
        byte[] code = a.bytes();
        bus.write(RAM, code, 0, code.length);
        hart.reset(RAM);
        hart.run(10_000);
        assertEquals(5050, hart.xreg(A0));
        assertEquals("the loop body", 1, hart.blocksTranslated);
    }

    @Test
    public void aBreakpointBetweenTheBlocksOfARegionDoesNotCutIt() {
        // a loop of two blocks 256 bytes apart, one region; a breakpoint on the unused code between
        // them: the region still runs whole rounds per entry, as with no breakpoint at all
        long[] entries = new long[2];
        for (int k = 0; k < 2; k++) {
            Asm a = new Asm().li(S1, 100_000);
            int loop = a.size();
            a.addi(A0, A0, 1) // loop:
                    .word(0x1000006f); // jal x0, +256
            while (a.size() < loop + 4 + 256) {
                a.addi(0, 0, 0); // never run
            }
            a.addi(S1, S1, -1).bne(S1, 0, -(4 + 256 + 4)).ebreak();
            Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
            Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
            hart.setTranslation(EARLY);
            hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
            if (k == 1) {
                hart.setBreakpoints(new long[] {RAM + loop + 128});
            }
            byte[] code = a.bytes();
            bus.write(RAM, code, 0, code.length);
            hart.reset(RAM);
            hart.run(1_000_000);
            assertEquals(StopReason.TRAP, hart.takeEvent().reason()); // the ebreak after the loop
            assertEquals(100_000, hart.xreg(A0));
            entries[k] = hart.translatedRunsInPage(RAM);
        }
        assertEquals("entries into translated code, with the breakpoint as without", entries[0], entries[1]);
    }

    @Test
    public void aLoopOfSevenHotBlocksRunsInOneRegion() {
        // seven blocks, each ending in a branch that is never taken (as a sort's partition loop
        // has them): the region holds the whole loop and runs whole rounds per entry
        int rounds = 100_000;
        Hart hart = runToEbreak(loopOfBlocks(7, rounds));
        assertEquals(6L * rounds, hart.xreg(A0));
        assertFewEntries(hart, rounds, "rounds");
    }

    @Test
    public void aLoopOfTwentyFourHotBlocksRunsInOneRegion() {
        // a loop of many small blocks, as a list merge's: up to 32 blocks make one region, which
        // runs whole slices; where a slice ended in the loop, the next goes back into it at once
        // (not through a cycle of regions made for the blocks it ended at: 3 entries per round)
        int rounds = 100_000;
        Hart hart = runToEbreak(loopOfBlocks(24, rounds));
        assertEquals(23L * rounds, hart.xreg(A0));
        long entries = hart.translatedRunsInPage(RAM);
        long slices = hart.steps() / Hart.SLICE;
        // a few per slice, and the warm-up: each block runs translated alone up to EARLY's 50
        // times before its region is made (a cycle of regions: 3 per round, 300,000)
        long warmUp = 2 * 24 * 50;
        assertTrue("entries into translated code for " + slices + " slices: " + entries, entries < 4 * slices + warmUp);
    }

    @Test
    public void storesToDataBesideItsCodeStayInTheRegion() {
        // the loop's page holds decoded code, so its stores take the out-of-line path that checks
        // the observed lines; a store to another line of the page goes on in the region
        int rounds = 100_000;
        Asm a = new Asm().li(S1, rounds).li(T1, RAM + 0x800);
        int loop = a.size();
        a.sd(S1, T1, 0).ld(T2, T1, 0).word(Asm.rType(0x33, 0, 0, A0, A0, T2)) // add a0, a0, t2
                .addi(S1, S1, -1).bne(S1, 0, loop - a.size()).ebreak();
        Hart hart = runToEbreak(a);
        assertEquals((long) rounds * (rounds + 1) / 2, hart.xreg(A0));
        assertFewEntries(hart, rounds, "rounds");
    }

    /** Asserts that {@code hart} entered the translated code of its first page fewer than once per 50 {@code what}. */
    private static void assertFewEntries(Hart hart, long count, String what) {
        long entries = hart.translatedRunsInPage(RAM);
        assertTrue("entries into translated code for " + count + " " + what + ": " + entries, entries < count / 50);
    }

    /**
     * {@code rounds} rounds of a loop of {@code blocks} blocks: each but the last adds 1 to a0
     * and ends in a branch that is never taken, the last counts s1 down; then an ebreak.
     */
    private static Asm loopOfBlocks(int blocks, int rounds) {
        Asm a = new Asm().li(S1, rounds);
        int loop = a.size();
        int end = loop + blocks * 8;
        for (int k = 0; k < blocks - 1; k++) {
            a.addi(A0, A0, 1).word(Asm.bType(4, S1, 0, end - a.size())); // blt s1, x0, end: never taken
        }
        return a.addi(S1, S1, -1).bne(S1, 0, loop - a.size()).ebreak();
    }

    @Test
    public void aLoopEnteredInsideAnotherRegionGetsARegionOfItsOwn() {
        // a region entered before an inner loop holds it; when the loop is entered from elsewhere
        // (here cold code after the outer loop), its blocks have their own regions, not one block each
        int outer = 2_000, inner = 200_000;
        Asm a = new Asm().li(S0, outer);
        int e = a.size();
        int toLast = a.addi(S0, S0, -1).size();
        a.word(0); // beq s0, x0, last (patched below)
        a.addi(S1, 0, 1).word(jType(0, 4)); // j loop: the loop's head is a block of its own
        int loop = a.size();
        int toEnd = a.addi(A0, A0, 1).size();
        a.word(0); // blt s1, x0, end: never taken (patched below)
        a.addi(S1, S1, -1).bne(S1, 0, loop - a.size());
        int toEnd2 = a.size();
        a.word(0); // bne s2, x0, end (patched below)
        a.word(jType(0, e - a.size()));
        int last = a.size();
        a.li(S2, 1).li(S1, inner);
        a.word(jType(0, loop - a.size()));
        int end = a.size();
        a.ebreak();
        byte[] code = a.bytes();
        patch(code, toLast, Asm.bType(0, S0, 0, last - toLast));
        patch(code, toEnd, Asm.bType(4, S1, 0, end - toEnd));
        patch(code, toEnd2, Asm.bType(1, S2, 0, end - toEnd2));
        Hart hart = runToEbreak(code);
        assertEquals(outer - 1 + inner, hart.xreg(A0));
        assertFewEntries(hart, outer + inner, "rounds of the loops");
    }

    private static void patch(byte[] code, int at, int insn) {
        for (int k = 0; k < 4; k++) {
            code[at + k] = (byte) (insn >>> 8 * k);
        }
    }

    @Test
    public void aCallAndItsReturnStayInTheRegion() {
        // a loop calling a function of the same page: the region holds the loop, the function
        // and the block the call returns to, so the return (an indirect jump) does not leave it
        int rounds = 100_000;
        Asm a = new Asm().li(S1, rounds);
        int loop = a.size();
        a.addi(A0, A0, 1);
        int call = a.size();
        a.word(0); // jal ra, function (patched below)
        a.addi(S1, S1, -1).bne(S1, 0, loop - (call + 8)).ebreak();
        int function = a.size();
        a.addi(A1, A1, 2).word(Asm.iType(0x67, 0, 0, RA, 0)); // jalr x0, 0(ra): return
        byte[] code = a.bytes();
        int jal = jType(RA, function - call);
        for (int k = 0; k < 4; k++) {
            code[call + k] = (byte) (jal >>> 8 * k);
        }
        Hart hart = runToEbreak(code);
        assertEquals(rounds, hart.xreg(A0));
        assertEquals(2L * rounds, hart.xreg(A1));
        assertFewEntries(hart, rounds, "calls");
    }

    @Test
    public void aSwitchsJumpTableStaysInTheRegion() {
        // a loop dispatching on s1 & 3 through an indirect jump to one of four cases, as a
        // compiled switch does: the targets the jump took while interpreted join the region, so
        // it leaves the region no more than a return to its own call site does
        int rounds = 100_000;
        Asm a = new Asm().li(S1, rounds);
        int loop = a.size();
        a.word(Asm.iType(0x13, 7, T0, S1, 3)) // andi t0, s1, 3
                .word(Asm.iType(0x13, 1, T0, T0, 3)) // slli t0, t0, 3: a case is 8 bytes
                .word(T2 << 7 | 0x17) // auipc t2, 0
                .word(Asm.rType(0x33, 0, 0, T2, T2, T0)) // add t2, t2, t0
                .word(Asm.iType(0x67, 0, 0, T2, 12)); // jalr x0, 12(t2): the cases follow
        int next = a.size() + 4 * 8;
        for (int k = 0; k < 4; k++) {
            a.addi(A0, A0, k + 1).word(jType(0, next - a.size()));
        }
        a.addi(S1, S1, -1).bne(S1, 0, loop - a.size()).ebreak();
        Hart hart = runToEbreak(a);
        assertEquals(10L * rounds / 4, hart.xreg(A0)); // 1 + 2 + 3 + 4 per four rounds
        assertFewEntries(hart, rounds, "rounds");
    }

    @Test
    public void aJumpToAnAddressAWholeIntAwayLeavesTheRegion() {
        // the region finds an indirect jump's target among its blocks by its offset from the
        // region's base: in the last round the loop jumps 2^32 bytes past its head, which has the
        // same low bits but is no block of the region (nothing there: an access fault, as interpreted)
        int t4 = 29, t5 = 30;
        Asm a = new Asm();
        a.word(T1 << 7 | 0x17) // loop: auipc t1, 0
                .addi(S1, S1, -1)
                .word(Asm.iType(0x13, 3, t5, S1, 1)) // seqz t5, s1
                .word(Asm.rType(0x33, 0, 1, t5, t5, t4)) // mul t5, t5, t4
                .word(Asm.rType(0x33, 0, 0, T1, T1, t5)) // add t1, t1, t5: the last round goes far
                .addi(A0, A0, 1)
                .word(Asm.iType(0x67, 0, 0, T1, 0)); // jalr x0, 0(t1)
        byte[] program = a.bytes();
        MachineConfig config = new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM);
        Consumer<Machine> setup = m -> {
            m.catchTrap(TrapCause.INSTRUCTION_ACCESS_FAULT, false, true);
            m.writePhysical(RAM, program);
            m.setRegister(0, S1, 300);
            m.setRegister(0, t4, 1L << 32);
            m.setPc(0, RAM);
        };
        assertTranslationChangesNothing("jump 4 GiB away", config, setup, 1_000_000, 4096);
        State translated = run(true, config, setup, 1_000_000, 4096);
        assertEquals("where it trapped", RAM + (1L << 32), translated.mepc());
        assertEquals(300, translated.x()[A0]);
    }

    /** jal rd, offset. */
    private static int jType(int rd, int offset) {
        return (offset >>> 20 & 1) << 31 | (offset >>> 1 & 0x3ff) << 21 | (offset >>> 11 & 1) << 20
                | (offset >>> 12 & 0xff) << 12 | rd << 7 | 0x6f;
    }

    private static Hart runToEbreak(Asm a) {
        return runToEbreak(a.bytes());
    }

    private static Hart runToEbreak(byte[] code) {
        return runToEbreak(code, true);
    }

    /** Runs {@code code} at RAM on a bare hart, translating early or not at all, until its ebreak. */
    static Hart runToEbreak(byte[] code, boolean translate) {
        Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
        Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
        hart.setTranslation(translate ? EARLY : Translation.OFF);
        hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
        bus.write(RAM, code, 0, code.length);
        hart.reset(RAM);
        hart.run(10_000_000);
        assertEquals(StopReason.TRAP, hart.takeEvent().reason()); // the ebreak after the loop
        return hart;
    }

    @Test
    public void aBreakpointInARarelyRunBlockOfARegionStopsThereEachTime() {
        // a loop whose third block runs every 64th round only, one region; a breakpoint in that
        // block stops the hart there each time (the region, which does not look at breakpoints,
        // is interpreted while it holds one), and between stops no more than a few entries into
        // translated code run
        Asm a = new Asm().li(S1, 64 * 300).addi(T0, 0, 63);
        a.addi(A0, A0, 1) // loop:
                .addi(S1, S1, -1)
                .word(Asm.rType(0x33, 7, 0, T1, S1, T0)) // and t1, s1, t0
                .word(Asm.bType(0, T1, 0, 12)) // beq t1, x0, rare
                .bne(S1, 0, -16) // back to the loop
                .ebreak()
                .addi(A1, A1, 1) // rare: counted, with the breakpoint
                .bne(S1, 0, -28)
                .ebreak();
        long rare = RAM + a.size() - 12;
        Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
        Hart hart = new Hart(0, bus, new CodeCache(bus), new Reservations(bus, 1));
        hart.setTranslation(EARLY);
        hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
        byte[] code = a.bytes();
        bus.write(RAM, code, 0, code.length);
        hart.reset(RAM);
        hart.run(64 * 200); // hot: the loop and the rare block are one region
        hart.setBreakpoints(new long[] {rare});
        long entries = hart.translatedRunsInPage(RAM);
        int stops = 0;
        StopEvent e;
        do {
            hart.resumeFromBreakpoint();
            hart.run(hart.steps() + 1_000_000);
            e = hart.takeEvent();
            if (e.reason() == StopReason.BREAKPOINT) {
                assertEquals(rare, e.pc());
                stops++;
            }
        } while (e.reason() == StopReason.BREAKPOINT);
        assertEquals("the ebreak after the loop", StopReason.TRAP, e.reason());
        assertEquals(300, hart.xreg(A1));
        assertTrue(stops + " stops at the breakpoint", stops > 90);
        assertTrue("entries into translated code per stop: " + (hart.translatedRunsInPage(RAM) - entries) / (double) stops,
                hart.translatedRunsInPage(RAM) - entries < 4L * stops);
    }

    /**
     * Going back to a snapshot keeps the translations of code pages whose bytes it did not
     * change (re-execution runs at full speed), and drops those of pages it replaced.
     */
    @Test
    public void aRestoreKeepsTheTranslationsOfUnchangedCodePages() {
        Asm a = new Asm().addi(A0, 0, 0).addi(S1, 0, 100);
        a.word(Asm.rType(0x33, 0, 0, A0, A0, S1)) // loop: add a0, a0, s1
                .addi(S1, S1, -1)
                .bne(S1, 0, -8)
                .ebreak();
        Bus bus = new Bus(new Ram(RAM, RAM_SIZE));
        CodeCache code = new CodeCache(bus);
        Hart hart = new Hart(0, bus, code, new Reservations(bus, 1));
        hart.setTranslation(EARLY);
        hart.setTrapCatch(1L << TrapCause.BREAKPOINT, 0);
        byte[] program = a.bytes();
        bus.write(RAM, program, 0, program.length);
        io.guestlab.emulator.snapshot.RamImage image = bus.ram().freeze();
        hart.reset(RAM);
        hart.run(10_000);
        assertEquals(StopReason.TRAP, hart.takeEvent().reason()); // the ebreak at the end
        assertEquals(1, hart.blocksTranslated);

        bus.write(DATA, new byte[] {1, 2, 3}, 0, 3); // data written after the snapshot: another page
        byte[][] before = bus.ram().pageArrays();
        bus.ram().restore(image);
        code.restored(before);
        hart.reset(RAM);
        hart.run(10_000);
        assertEquals(StopReason.TRAP, hart.takeEvent().reason()); // the ebreak at the end
        assertEquals(5050, hart.xreg(A0));
        assertEquals("the loop body's translation was kept", 1, hart.blocksTranslated);

        bus.write(RAM + program.length, new byte[] {0x13, 0, 0, 0}, 0, 4); // a nop after the code, in its page
        before = bus.ram().pageArrays();
        bus.ram().restore(image);
        code.restored(before);
        hart.reset(RAM);
        hart.run(10_000);
        assertEquals(StopReason.TRAP, hart.takeEvent().reason()); // the ebreak at the end
        assertEquals(5050, hart.xreg(A0));
        assertEquals("the code page was replaced: translated again", 2, hart.blocksTranslated);
    }

    @Test
    public void translationStopsBeforeTheFirstInstructionItCannotTranslate() {
        io.guestlab.emulator.isa.Decoded[] decoded = {
            io.guestlab.emulator.isa.Decoder.decode(Asm.iType(0x13, 0, A0, A0, 1)), // addi
            io.guestlab.emulator.isa.Decoder.decode(0xf0000053 | T0 << 15 | 1 << 7), // fmv.w.x
            io.guestlab.emulator.isa.Decoder.decode(Asm.iType(0x73, 1, A0, T0, Csr.MSCRATCH)), // csrrw
            io.guestlab.emulator.isa.Decoder.decode(Asm.iType(0x13, 0, A0, A0, 1)),
        };
        long[] ops = Arrays.stream(decoded).mapToLong(Hart::pack).toArray();
        io.guestlab.emulator.isa.Insn[] insns = Arrays.stream(decoded).map(io.guestlab.emulator.isa.Decoded::insn)
                .toArray(io.guestlab.emulator.isa.Insn[]::new);
        Block b = new Block(ops, insns, new int[] {0, 4, 8, 12, 16}, 4, 0);
        assertEquals("addi and fmv.w.x, not the CSR access", 2, RegionCompiler.translatable(b));
        assertEquals(2, RegionCompiler.compile(b, null, 0).length());
    }

    @Test
    public void trapInTheMiddleOfAHotBlockCountsExactly() {
        // a loop whose load walks up to the end of RAM: after many translated rounds it faults in the
        // middle of the block, which must report the load's pc and count the instructions before it
        long end = RAM + RAM_SIZE;
        int rounds = 300;
        Asm a = new Asm().li(A1, end - 8L * rounds).addi(A0, 0, 0).addi(A2, 0, 8);
        long loop = RAM + a.size();
        a.addi(A0, A0, 1) // loop:
                .ld(T1, A1, 0)
                .addi(A0, A0, 1)
                .word(Asm.rType(0x33, 0, 0, A1, A1, A2)) // add a1, a1, a2
                .bne(0, A2, -16) // always taken
                .ebreak();
        byte[] program = a.bytes();
        int setupSteps = (int) (loop - RAM) / 4;
        for (boolean translate : new boolean[] {false, true}) {
            State s = run(translate, new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM), m -> {
                m.catchTrap(TrapCause.LOAD_ACCESS_FAULT, false, true);
                m.writePhysical(RAM, program);
                m.setPc(0, RAM);
            }, 1_000_000, 64);
            String what = translate ? "translated" : "interpreted";
            assertEquals(what, StopReason.TRAP.toString(), s.stop.split(" ")[0]);
            assertEquals(what + ": mepc, the load", loop + 4, s.mepc);
            assertEquals(what + ": a0", 2 * rounds + 1, s.x[A0]);
            assertEquals(what + ": instructions retired before the faulting load", setupSteps + 5L * rounds + 1, s.steps);
        }
    }

    @Test
    public void hotBlockOverwritingItsOwnCodeRunsTheNewCode() {
        assertOverwritingOwnCodeRunsTheNewCode(false);
    }

    @Test
    public void hotBlockOverwritingItsOwnCodeWithAFloatingPointStoreRunsTheNewCode() {
        assertOverwritingOwnCodeRunsTheNewCode(true);
    }

    /**
     * A translated loop body stores into its own 64-byte line every round (to a data word past
     * the code: out of line, but no decoded code changes), and in the last round over its next
     * instruction, an addi of 1 becoming an addi of 100: the new code must run at once. With
     * {@code fp} the store is an fsw (F instructions run inside translated blocks too).
     */
    private static void assertOverwritingOwnCodeRunsTheNewCode(boolean fp) {
        Asm a = new Asm().li(T0, Asm.iType(0x13, 0, A0, A0, 100)).addi(A0, 0, 0).addi(S1, 0, 100);
        int lis = 2 * 11 * 4; // two li of large values: addi, then five slli/ori pairs each
        while ((a.size() + lis) % 64 != 0) {
            a.addi(0, 0, 0);
        }
        long loop = RAM + a.size() + lis;
        int store = fp ? 4 : 0; // offset of the store in the loop
        long data = loop + store + 36;
        a.li(T1, data).li(T2, loop + store + 4);
        if (fp) {
            a.word(0xf0000053 | T0 << 15 | 1 << 7); // loop: fmv.w.x f1, t0
        }
        a.word(fp ? Asm.sType(0x27, 2, T1, 1, 0) : Asm.sType(0x23, 2, T1, T0, 0)) // fsw f1 / sw t0, 0(t1)
                .addi(A0, A0, 1) // rewritten in the last round
                .addi(S1, S1, -1)
                .addi(S0, S1, -1)
                .bne(S0, 0, 8) // not the last round yet: keep storing to the data word
                .addi(T1, T2, 0) // the last round stores over the code
                .bne(S1, 0, -24 - store)
                .ebreak()
                .word(0) // padding, then the data word
                .word(0);
        if (data != RAM + a.size() - 4) {
            throw new AssertionError("loop address miscounted");
        }
        byte[] program = a.bytes();
        State[] states = new State[2];
        for (int k = 0; k < 2; k++) {
            states[k] = run(k == 1, new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM), m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.setCsr(0, Csr.MSTATUS, 1L << 13); // FS = initial: F and D enabled
                m.writePhysical(RAM, program);
                m.setPc(0, RAM);
            }, 100_000, 4096);
            assertEquals("99 rounds add 1, the last one the rewritten 100", 199, states[k].x[A0]);
        }
        states[0].assertSame("self-modifying loop", states[1]);
    }

    @Test
    public void hotBlockRunsAgainAfterItsCodeWasReplaced() {
        // a loop runs hot (translated), then code after it patches the loop body and runs it again
        Asm a = new Asm().li(T0, Asm.iType(0x13, 0, A0, A0, 100)).addi(A0, 0, 0).addi(S0, 0, 2);
        long patch = RAM + a.size() + 11 * 4 + 4;
        a.li(T1, patch)
                .addi(S1, 0, 100) // outer:
                .addi(A0, A0, 1) // loop: patched after the first pass
                .addi(S1, S1, -1)
                .bne(S1, 0, -8)
                .word(Asm.sType(0x23, 2, T1, T0, 0)) // sw t0, 0(t1)
                .addi(S0, S0, -1)
                .bne(S0, 0, -24)
                .ebreak();
        byte[] program = a.bytes();
        State[] states = new State[2];
        for (int k = 0; k < 2; k++) {
            states[k] = run(k == 1, new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM), m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.writePhysical(RAM, program);
                m.setPc(0, RAM);
            }, 100_000, 4096);
            assertEquals("100 rounds of the first loop, 100 of the patched one", 100 + 100 * 100, states[k].x[A0]);
        }
        states[0].assertSame("patched loop", states[1]);
    }

    /**
     * A loop stores an instruction into a page that holds no decoded code yet, then calls it (its
     * lines are observed from then on), and again with a new immediate every round. Once the loop
     * is translated, its inline store path (which skips the line check for pages without observed
     * lines) must not hold that page any more: every call runs the instruction just stored.
     */
    @Test
    public void aTranslatedStoreIntoCodeCalledSinceItsFirstStoreRunsTheNewCode() {
        long function = RAM + 0x1000;
        int addA0 = Asm.iType(0x13, 0, A0, A0, 0);
        byte[] body = new Asm().word(addA0).word(Asm.iType(0x67, 0, 0, RA, 0)).bytes(); // addi a0, a0, 0; ret
        byte[] program = new Asm().li(T0, addA0).li(T1, function).li(T3, 1 << 20).addi(A0, 0, 0).addi(S1, 0, 100)
                .word(Asm.sType(0x23, 2, T1, T0, 0)) // loop: sw t0, 0(t1)
                .word(Asm.rType(0x33, 0, 0, T0, T0, T3)) // add t0, t0, t3: the next round adds one more
                .word(Asm.iType(0x67, 0, RA, T1, 0)) // jalr ra, 0(t1)
                .addi(S1, S1, -1)
                .bne(S1, 0, -16)
                .ebreak()
                .bytes();
        State[] states = new State[2];
        for (int k = 0; k < 2; k++) {
            states[k] = run(k == 1, new MachineConfig(RAM, RAM_SIZE, 1, MachineConfig.DEFAULT_QUANTUM), m -> {
                m.catchTrap(TrapCause.BREAKPOINT, false, true);
                m.writePhysical(RAM, program);
                m.writePhysical(function, body);
                m.setPc(0, RAM);
            }, 100_000, 8192);
            assertEquals("round k adds k", 99 * 100 / 2, states[k].x[A0]);
        }
        states[0].assertSame("stores into code called since", states[1]);
    }

    // ---- random straight-line loops

    private static final int[] OP_FUNCTS = {0x000, 0x020 << 3, 1, 2, 3, 4, 5, 0x020 << 3 | 5, 6, 7,
        1 << 3, 1 << 3 | 1, 1 << 3 | 2, 1 << 3 | 3, 1 << 3 | 4, 1 << 3 | 5, 1 << 3 | 6, 1 << 3 | 7}; // funct7 << 3 | funct3
    private static final int[] OP32_FUNCTS = {0, 0x020 << 3, 1, 5, 0x020 << 3 | 5, 1 << 3, 1 << 3 | 4, 1 << 3 | 5,
        1 << 3 | 6, 1 << 3 | 7};

    private static final int[] BRANCH_FUNCTS = {0, 1, 4, 5, 6, 7};

    /**
     * Up to 60 random instructions, then s1 -= 1 and a branch back while s1 != 0, then ebreak.
     * With {@code branches}, some of the instructions are forward branches inside the body,
     * which makes it a loop of several blocks.
     */
    private static byte[] randomLoop(Random random, boolean branches) {
        Asm a = new Asm();
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            if (branches && i < n - 1 && random.nextInt(5) == 0) {
                int skip = 1 + random.nextInt(Math.min(6, n - i - 1));
                a.word(Asm.bType(BRANCH_FUNCTS[random.nextInt(BRANCH_FUNCTS.length)], random.nextInt(32),
                        random.nextInt(32), 4 * (skip + 1)));
            } else {
                a.word(randomInstruction(random));
            }
        }
        a.addi(S1, S1, -1).bne(S1, 0, -4 * (n + 1)).ebreak();
        return a.bytes();
    }

    /** A destination: any register but s0 (the data pointer) and s1 (the loop count); x0 too. */
    private static int rd(Random random) {
        int r;
        do {
            r = random.nextInt(32);
        } while (r == S0 || r == S1);
        return r;
    }

    private static int randomInstruction(Random random) {
        int rd = rd(random);
        int rs1 = random.nextInt(32);
        int rs2 = random.nextInt(32);
        int imm = random.nextInt(4096) - 2048;
        switch (random.nextInt(12)) {
            case 0, 1 -> {
                int f = OP_FUNCTS[random.nextInt(OP_FUNCTS.length)];
                return Asm.rType(0x33, f & 7, f >>> 3, rd, rs1, rs2);
            }
            case 2 -> {
                int f = OP32_FUNCTS[random.nextInt(OP32_FUNCTS.length)];
                return Asm.rType(0x3b, f & 7, f >>> 3, rd, rs1, rs2);
            }
            case 3, 4 -> {
                int f3 = new int[] {0, 2, 3, 4, 6, 7, 1, 5, 5}[random.nextInt(9)];
                int shamt = random.nextInt(64);
                int i = f3 == 1 ? shamt : f3 == 5 ? shamt | (random.nextBoolean() ? 0x400 : 0) : imm;
                return Asm.iType(0x13, f3, rd, rs1, i);
            }
            case 5 -> {
                int f3 = new int[] {0, 1, 5}[random.nextInt(3)];
                int shamt = random.nextInt(32);
                int i = f3 == 0 ? imm : f3 == 1 ? shamt : shamt | (random.nextBoolean() ? 0x400 : 0);
                return Asm.iType(0x1b, f3, rd, rs1, i);
            }
            case 6 -> {
                return random.nextInt(1 << 20) << 12 | rd << 7 | (random.nextBoolean() ? 0x37 : 0x17); // lui, auipc
            }
            case 7, 8 -> {
                return Asm.iType(0x03, random.nextInt(7), rd, S0, offset(random)); // lb..lwu
            }
            case 9, 10 -> {
                return Asm.sType(0x23, random.nextInt(4), S0, rs2, offset(random)); // sb..sd
            }
            default -> {
                int fd = random.nextInt(32);
                return switch (random.nextInt(6)) {
                    case 0 -> 0xf2000053 | rs1 << 15 | fd << 7; // fmv.d.x
                    case 1 -> 0x02007053 | random.nextInt(32) << 20 | random.nextInt(32) << 15 | fd << 7; // fadd.d, dynamic rm
                    case 2 -> Asm.iType(0x07, 3, fd, S0, offset(random)); // fld
                    case 3 -> Asm.sType(0x27, 3, S0, fd, offset(random)); // fsd
                    case 4 -> Asm.iType(0x73, 1, rd, rs1, Csr.MSCRATCH); // csrrw: ends the block, untranslated
                    default -> Asm.iType(0x13, 0, rd, rs1, imm);
                };
            }
        }
    }

    /** The F and D instructions but loads and stores, and the Zb* ones: each is its match bits with the rest random. */
    private static final Insn[] FLOATING_POINT = Arrays.stream(Insn.values()).filter(Insn::isFloatingPoint)
            .filter(i -> i.format() != io.guestlab.emulator.isa.Format.I && i.format() != io.guestlab.emulator.isa.Format.S)
            .toArray(Insn[]::new);
    private static final Insn[] BIT_MANIPULATION = Arrays.stream(Insn.values()).filter(Insn::isBitManipulation)
            .toArray(Insn[]::new);
    /**
     * An F or D instruction: a load or store from s0, or any other with random registers (an
     * integer destination never s0 or s1) and a rounding mode that is mostly valid (DYN often).
     */
    private static int randomFloatingPoint(Random random) {
        switch (random.nextInt(8)) {
            case 0 -> {
                return Asm.iType(0x07, random.nextBoolean() ? 2 : 3, random.nextInt(32), S0, offset(random)); // flw, fld
            }
            case 1 -> {
                return Asm.sType(0x27, random.nextBoolean() ? 2 : 3, S0, random.nextInt(32), offset(random)); // fsw, fsd
            }
            default -> {
                Insn op = FLOATING_POINT[random.nextInt(FLOATING_POINT.length)];
                int bits = op.match() | (random.nextInt() & ~op.mask());
                bits = bits & ~(31 << 7) | rd(random) << 7;
                if (op.hasRoundingMode()) {
                    int rm = random.nextInt(40) == 0 ? 5 : random.nextBoolean() ? 7 : random.nextInt(5);
                    bits = bits & ~(7 << 12) | rm << 12;
                }
                return bits;
            }
        }
    }


    /** A Zba, Zbb, Zbc or Zbs instruction on random registers (its destination never s0 or s1). */
    private static int randomBitManipulation(Random random) {
        Insn op = BIT_MANIPULATION[random.nextInt(BIT_MANIPULATION.length)];
        int bits = op.match() | (random.nextInt() & ~op.mask());
        return bits & ~(31 << 7) | rd(random) << 7;
    }
    /** F register contents: singles (boxed or not), doubles, NaNs, infinities, zeros, tiny and huge values. */
    private static long randomFloat(Random random) {
        long box = 0xffffffff00000000L;
        return switch (random.nextInt(9)) {
            case 0 -> box | Float.floatToRawIntBits((float) random.nextGaussian() * 100) & 0xffffffffL;
            case 1 -> box | Float.floatToRawIntBits(new float[] {Float.NaN, Float.POSITIVE_INFINITY, -0f, Float.MIN_VALUE,
                Float.MAX_VALUE, 1e-40f, 3f}[random.nextInt(7)]) & 0xffffffffL;
            case 2 -> random.nextInt(); // a single not properly boxed: reads as the canonical NaN
            case 3 -> Double.doubleToRawLongBits(new double[] {Double.NaN, Double.NEGATIVE_INFINITY, -0d, Double.MIN_VALUE,
                Double.MAX_VALUE, 1e-310, 2.5, 4e9, -3e18, 1e20}[random.nextInt(10)]);
            case 4 -> 0x7ff0000000000001L; // a signalling NaN
            default -> Double.doubleToRawLongBits(random.nextGaussian() * Math.pow(10, random.nextInt(20) - 10));
        };
    }

    /** A data offset from s0: often aligned, sometimes not (still on the fast path within a page). */
    private static int offset(Random random) {
        int o = random.nextInt(4096) - 2048;
        return random.nextInt(4) == 0 ? o : o & ~7;
    }

    private static long randomValue(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1;
            case 2 -> Long.MIN_VALUE;
            case 3 -> random.nextInt(64) - 32;
            case 4 -> Integer.MIN_VALUE;
            default -> random.nextLong();
        };
    }
}
