package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private final GuestlabRun guestlab = new GuestlabRun();

    @Test
    public void theDemoUsesTheSharedFolderAndItsExitCodeBecomesTheProcesses() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        Path shared = folder.newFolder("shared").toPath();
        Files.writeString(shared.resolve("from-host.txt"), "hello through the CLI\n");
        int code = guestlab.run("run", "--bios", "none", "--kernel", elf.toString(), "--semihosting-root", shared.toString(),
                "--append", "42", "--timeout-insns", "200000000");
        assertEquals(guestlab.out() + guestlab.err(), 42, code);
        assertTrue(guestlab.out(), guestlab.out().contains("semihosting demo: hello from the guest\n"));
        assertTrue(guestlab.out(), guestlab.out().contains("from-host.txt says: hello through the CLI\n"));
        assertTrue(guestlab.out(), guestlab.out().contains("ok: ../outside is refused\n"));
        assertTrue(guestlab.out(), guestlab.out().contains("0 checks failed; exiting with 42\n"));
        assertEquals("written by the guest, 2 lines\nsecond line\n", Files.readString(shared.resolve("guest-wrote.txt")));
        assertEquals("", guestlab.err());
    }

    @Test
    public void withoutARootTheGuestGetsNoFilesAndReportsFailure() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        int code = guestlab.run("run", "--bios", "none", "--kernel", elf.toString(), "--semihosting", "--append", "0", "--timeout-insns", "200000000");
        assertEquals(guestlab.out(), 1, code);
        assertTrue(guestlab.out(), guestlab.out().contains("FAILED: create guest-wrote.txt in the shared folder\n"));
        assertFalse(guestlab.out(), Files.exists(elf.resolveSibling("guest-wrote.txt")));
    }

    @Test
    public void aMissingRootIsAUsageError() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("nowhere");
        int code = guestlab.run("run", "--bios", "none", "--kernel", "whatever.elf", "--semihosting-root", missing.toString());
        assertEquals(2, code);
        String e = guestlab.err();
        assertTrue(e, e.contains("--semihosting-root: " + missing + " is not an existing folder"));
    }
}
