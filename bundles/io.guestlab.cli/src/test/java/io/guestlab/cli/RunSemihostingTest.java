package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code guestlab run --semihosting [--semihosting-root DIR]} with the picolibc semihosting demo
 * (examples/semihosting): its printf output reaches stdout, its files land in DIR and nowhere
 * else, and the process exits with the code the guest gives (here: the last word of --append).
 */
public class RunSemihostingTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        RunCommand command = new RunCommand(new ByteArrayInputStream(new byte[0]), false);
        List<String> line = new ArrayList<>(List.of("run"));
        line.addAll(List.of(args));
        return new Main(List.of(command)).execute(line,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void theDemoUsesTheSharedFolderAndItsExitCodeBecomesTheProcesses() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        Path shared = folder.newFolder("shared").toPath();
        Files.writeString(shared.resolve("from-host.txt"), "hello through the CLI\n");
        int code = run("--bios", "none", "--kernel", elf.toString(), "--semihosting-root", shared.toString(),
                "--append", "42", "--timeout-insns", "200000000");
        assertEquals(out() + err.toString(StandardCharsets.UTF_8), 42, code);
        assertTrue(out(), out().contains("semihosting demo: hello from the guest\n"));
        assertTrue(out(), out().contains("from-host.txt says: hello through the CLI\n"));
        assertTrue(out(), out().contains("ok: ../outside is refused\n"));
        assertTrue(out(), out().contains("0 checks failed; exiting with 42\n"));
        assertEquals("written by the guest, 2 lines\nsecond line\n", Files.readString(shared.resolve("guest-wrote.txt")));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void withoutARootTheGuestGetsNoFilesAndReportsFailure() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        int code = run("--bios", "none", "--kernel", elf.toString(), "--semihosting", "--append", "0", "--timeout-insns", "200000000");
        assertEquals(out(), 1, code);
        assertTrue(out(), out().contains("FAILED: create guest-wrote.txt in the shared folder\n"));
        assertFalse(out(), Files.exists(elf.resolveSibling("guest-wrote.txt")));
    }

    @Test
    public void aMissingRootIsAUsageError() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("nowhere");
        int code = run("--bios", "none", "--kernel", "whatever.elf", "--semihosting-root", missing.toString());
        assertEquals(2, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e, e.contains("--semihosting-root: " + missing + " is not an existing folder"));
    }
}
