package io.guestlab.emulator.semihosting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A real semihosting client, picolibc's libsemihost, in examples/semihosting: printf, fopen /
 * fwrite / fread in the shared folder, a refused {@code ../outside}, argv from the command line
 * and the exit status of main, all through Guestlab's semihosting.
 */
public class SemihostingGuestTest {

    private static final long MAX_STEPS = 50_000_000;

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private StopEvent run(Path root, String commandLine) throws Exception {
        Path elf = GuestTools.elfs("semihosting").stream()
                .filter(p -> p.getFileName().toString().equals("semihost-demo.elf")).findFirst()
                .orElseThrow(() -> new AssertionError("examples/semihosting/build/semihost-demo.elf is missing"));
        Machine machine = new Machine(MachineConfig.defaults().withRamSize(4 << 20));
        machine.load(ElfFile.read(elf), OutputStream.nullOutputStream());
        try (Semihost host = Semihost.attach(machine, new Semihosting(true, root), console::write, machine::exit,
                new GuestEnvironment(commandLine, 0, 0))) {
            return machine.run(MAX_STEPS);
        }
    }

    private String output() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void theDemoRoundTripsFilesAndExitsWithTheCodeItWasGiven() throws Exception {
        Path root = temporary.newFolder("shared").toPath();
        Files.writeString(root.resolve("from-host.txt"), "hello from the host\n");
        Files.writeString(temporary.getRoot().toPath().resolve("outside"), "outside the shared folder\n");
        StopEvent e = run(root, "semihost-demo.elf 7");
        assertEquals(output(), StopReason.EXIT, e.reason());
        assertEquals(output(), 7, e.cause());
        assertTrue(output(), output().startsWith("semihosting demo: hello from the guest\n"));
        assertTrue(output(), output().contains("ok: read guest-wrote.txt back\n"));
        assertTrue(output(), output().contains("from-host.txt says: hello from the host\n"));
        assertTrue(output(), output().contains("ok: ../outside is refused\n"));
        assertTrue(output(), output().contains("ok: /etc/passwd is refused\n"));
        assertTrue(output(), output().endsWith("0 checks failed; exiting with 7\n"));
        assertEquals("written by the guest, 2 lines\nsecond line\n", Files.readString(root.resolve("guest-wrote.txt")));
    }

    @Test
    public void exitStatusZero() throws Exception {
        Path root = temporary.newFolder("shared").toPath();
        Files.writeString(root.resolve("from-host.txt"), "x\n");
        StopEvent e = run(root, "semihost-demo.elf");
        assertEquals(output(), StopReason.EXIT, e.reason());
        assertEquals(output(), 0, e.cause());
    }

    @Test
    public void withoutAFolderTheFileChecksFailAndTheGuestSaysSo() throws Exception {
        StopEvent e = run(null, "semihost-demo.elf 7");
        assertEquals(output(), StopReason.EXIT, e.reason());
        assertEquals(output(), 1, e.cause());
        assertTrue(output(), output().contains("FAILED: create guest-wrote.txt in the shared folder\n"));
        assertTrue(output(), output().contains("FAILED: open from-host.txt\n"));
        assertFalse(output(), output().contains("says:"));
    }
}
