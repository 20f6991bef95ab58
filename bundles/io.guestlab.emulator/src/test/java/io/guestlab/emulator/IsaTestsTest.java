package io.guestlab.emulator;

import static org.junit.Assert.assertEquals;

import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/**
 * Runs every ISA test program of examples/isa-tests (riscv-tests conventions: tohost = 1 passes,
 * (n << 1) | 1 means test case n failed) and expects each to pass, within a generous budget.
 */
public class IsaTestsTest {

    private static final long BUDGET = 50_000_000;

    @Test
    public void everyIsaTestPasses() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Path> elfs = GuestTools.elfs("isa-tests");
        for (Path elf : elfs) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            Machine machine = new Machine(MachineConfig.defaults().withRamSize(16 << 20));
            machine.load(ElfFile.read(elf), console);
            StopEvent e = machine.run(BUDGET);
            if (e.reason() != StopReason.EXIT) {
                failures.add(elf.getFileName() + ": " + e + " " + console);
            } else if (e.exitCode() != 0) {
                failures.add(elf.getFileName() + ": test case " + e.exitCode() + " failed " + console);
            }
        }
        assertEquals("failing ISA test programs of " + elfs.size(), List.of(), failures);
    }

    @Test
    public void runsAreDeterministic() throws Exception {
        for (Path elf : GuestTools.elfs("isa-tests")) {
            long[] first = fingerprint(elf);
            long[] second = fingerprint(elf);
            assertEquals(elf + ": instructions retired", first[0], second[0]);
            for (int i = 1; i < first.length; i++) {
                assertEquals(elf + ": register x" + (i - 1), first[i], second[i]);
            }
        }
    }

    private static long[] fingerprint(Path elf) throws Exception {
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(16 << 20));
        machine.load(ElfFile.read(elf), new ByteArrayOutputStream());
        machine.run(BUDGET);
        long[] state = new long[33];
        state[0] = machine.instructionsRetired();
        for (int i = 0; i < 32; i++) {
            state[i + 1] = machine.register(0, i);
        }
        return state;
    }
}
