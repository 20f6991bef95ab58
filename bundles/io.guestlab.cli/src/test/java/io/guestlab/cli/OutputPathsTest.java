package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Files a run will write are checked before the guest starts: a run that cannot save its result
 * ends at once, in one line naming the option and the path the user gave.
 */
public class OutputPathsTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final GuestlabRun guestlab = new GuestlabRun();

    @Test
    public void everyOutputIsCheckedBeforeTheGuestRuns() throws Exception {
        Path kernel = folder.getRoot().toPath().resolve("loop.bin");
        Files.write(kernel, new byte[] {0x6f, 0x00, 0x00, 0x00}); // j . : would run until the timeout
        String missing = folder.getRoot() + "/no/such/folder/out";
        for (String option : new String[] {"--save-snapshot", "--record", "--dtb-out", "--save-machine"}) {
            long start = System.nanoTime();
            assertEquals(option, Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", kernel.toString(),
                    "--timeout", "60", option, missing));
            assertEquals("guestlab run: " + option + ": cannot write " + missing + ": folder " + folder.getRoot()
                    + "/no/such/folder does not exist\n", guestlab.err());
            assertFalse(option + " ran the guest first", System.nanoTime() - start > 30_000_000_000L);
        }
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", kernel.toString(),
                "--record", folder.getRoot().toString()));
        assertEquals("guestlab run: --record: " + folder.getRoot() + " is a folder; give a file name\n", guestlab.err());
    }

    @Test
    public void guestlabQemuChecksThemToo() throws Exception {
        String missing = folder.getRoot() + "/absent/xv6.machine";
        assertEquals(Main.EXIT_USAGE, guestlab.run("qemu", "-machine", "virt", "-bios", "none", "-kernel", "k",
                "--save-machine", missing));
        assertEquals("guestlab qemu: --save-machine: cannot write " + missing + ": folder " + folder.getRoot()
                + "/absent does not exist\n", guestlab.err().lines().filter(l -> !l.contains("note:")).findFirst().get()
                + "\n");
    }
}
