package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** `guestlab run`: exit codes, HTIF console, --stats format, limits and bad input. */
public class RunCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        // never System.in: in a surefire fork it is surefire's command channel, and a console reader
        // on it swallows the "bye" that lets the fork exit
        return new Main(List.of(new RunCommand(InputStream.nullInputStream(), false))).execute(List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void passingIsaTestExitsZeroAndPrintsStats() {
        Path elf = GuestElfs.example("isa-tests/build/rv64i.elf");
        assertEquals(err(), 0, run("run", "--bios", "none", "--kernel", elf.toString(), "--stats"));
        assertTrue(err(), err().matches("(?s).*stats: instructions=\\d+ wall=\\d+\\.\\d{3}s mips=\\d+\\.\\d\nstats: state=sha256:[0-9a-f]{64} steps=\\d+\n"));
    }

    @Test
    public void benchmarkRunsToItsExitCode() {
        Path elf = GuestElfs.example("bench/build/crc32.elf");
        int code = run("run", "--bios", "none", "--kernel", elf.toString(), "--memory", "64M", "--timeout", "600");
        assertEquals(err(), 0, code);
    }

    @Test
    public void instructionLimitEndsARunWith124() {
        Path elf = GuestElfs.example("bench/build/crc32.elf");
        assertEquals(RunCommand.EXIT_TIMEOUT, run("run", "--bios", "none", "--kernel", elf.toString(), "--timeout-insns", "1000"));
        assertTrue(err(), err().contains("timeout"));
    }

    @Test
    public void badInputGivesOneLineAndUsageExitCode() throws Exception {
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none", "--kernel", "x.elf", "--bogus"));
        assertTrue(err(), err().contains("unknown option '--bogus'"));
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none", "--kernel", "x.elf", "--memory", "lots"));
        assertTrue(err(), err().contains("--memory: 'lots' is not a size"));
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none"));
        Path junk = folder.newFile("junk.elf").toPath();
        Files.writeString(junk, "not an elf");
        assertEquals(1, run("run", "--bios", "none", "--kernel", junk.toString()));
        assertTrue(err(), err().contains("junk.elf: not an ELF file"));
        assertEquals(1, run("run", "--bios", "none", "--kernel", folder.getRoot() + "/absent.elf"));
        assertTrue(err(), err().contains("no such file"));
    }
}
