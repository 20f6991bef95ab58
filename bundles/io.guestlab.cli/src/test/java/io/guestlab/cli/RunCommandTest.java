package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** `guestlab run`: exit codes, HTIF console, --stats format, limits and bad input. */
public class RunCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final GuestlabRun guestlab = new GuestlabRun();

    @Test
    public void passingIsaTestExitsZeroAndPrintsStats() {
        Path elf = GuestElfs.example("isa-tests/build/rv64i.elf");
        assertEquals(guestlab.err(), 0, guestlab.run("run", "--bios", "none", "--kernel", elf.toString(), "--stats"));
        assertTrue(guestlab.err(), guestlab.err().matches("(?s).*stats: instructions=\\d+ wall=\\d+\\.\\d{3}s mips=\\d+\\.\\d\nstats: state=sha256:[0-9a-f]{64} steps=\\d+\n"));
    }

    @Test
    public void benchmarkRunsToItsExitCode() {
        Path elf = GuestElfs.example("bench/build/crc32.elf");
        int code = guestlab.run("run", "--bios", "none", "--kernel", elf.toString(), "--memory", "64M", "--timeout", "600");
        assertEquals(guestlab.err(), 0, code);
    }

    @Test
    public void instructionLimitEndsARunWith124() {
        Path elf = GuestElfs.example("bench/build/crc32.elf");
        assertEquals(RunCommand.EXIT_TIMEOUT, guestlab.run("run", "--bios", "none", "--kernel", elf.toString(), "--timeout-insns", "1000"));
        assertTrue(guestlab.err(), guestlab.err().contains("timeout"));
    }

    @Test
    public void badInputGivesOneLineAndUsageExitCode() throws Exception {
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "x.elf", "--bogus"));
        assertTrue(guestlab.err(), guestlab.err().contains("unknown option '--bogus'"));
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "x.elf", "--memory", "lots"));
        assertTrue(guestlab.err(), guestlab.err().contains("--memory: 'lots' is not a memory size"));
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none"));
        Path junk = folder.newFile("junk.elf").toPath();
        Files.writeString(junk, "not an elf");
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", junk.toString()));
        assertTrue(guestlab.err(), guestlab.err().contains("junk.elf: not an ELF file"));
        assertEquals(1, guestlab.run("run", "--bios", "none", "--kernel", folder.getRoot() + "/absent.elf"));
        assertTrue(guestlab.err(), guestlab.err().contains("no such file"));
    }
}
