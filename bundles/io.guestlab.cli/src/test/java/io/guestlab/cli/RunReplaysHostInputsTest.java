package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * `guestlab run --time host --record` and `--replay` with inputs from the host beyond the
 * console: the host's clock and date, and semihosting's file answers. The semihosting demo
 * replays to the same output and state hash after its shared folder has changed, and leaves the
 * folder as it found it; a U-Boot session typed in host time replays byte for byte.
 */
public class RunReplaysHostInputsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final GuestlabRun guestlab = new GuestlabRun();

    private int run(List<String> args) {
        return guestlab.run(with(List.of("run"), args.toArray(new String[0])).toArray(new String[0]));
    }

    private String out() {
        return guestlab.out();
    }

    private String err() {
        return guestlab.err();
    }

    @Test
    public void hostEntropyCannotBeRecordedAndSaysSo() {
        assertEquals(Main.EXIT_USAGE, run(List.of("--bios", "none", "--kernel", "k.elf", "--time", "host", "--rng",
                "--record", "r.log")));
        assertTrue(err(), err().contains("--record: with --time host the entropy device (--rng) draws the host's randomness"));
    }

    private static List<String> with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    public void theSemihostingDemoReplaysWithoutTouchingItsFolder() throws Exception {
        Path elf = GuestElfs.example("semihosting/build/semihost-demo.elf");
        Path shared = folder.newFolder("shared").toPath();
        Files.writeString(shared.resolve("from-host.txt"), "hello from the recorded host\n");
        Path recording = folder.getRoot().toPath().resolve("demo.log");
        List<String> demo = List.of("--bios", "none", "--kernel", elf.toString(), "--semihosting-root", shared.toString(),
                "--append", "42", "--time", "host", "--timeout-insns", "200000000", "--stats");

        assertEquals(out() + err(), 42, run(with(demo, "--record", recording.toString())));
        String console = out();
        String recordedState = GuestlabRun.stateHash(err());
        assertTrue(console, console.contains("from-host.txt says: hello from the recorded host\n"));
        String log = Files.readString(recording);
        assertTrue(log, log.contains("\nclock ") && log.contains("\nwallclock ") && log.contains("\nsemihost "));

        Files.delete(shared.resolve("guest-wrote.txt"));
        Files.writeString(shared.resolve("from-host.txt"), "the host changed since\n");
        assertEquals(out() + err(), 42, run(with(demo, "--replay", recording.toString())));
        assertEquals("the same output, byte for byte", console, out());
        assertEquals(recordedState, GuestlabRun.stateHash(err()));
        assertTrue(err(), err().contains("replay ended in the recorded state"));
        assertFalse("the replay wrote nothing into the folder", Files.exists(shared.resolve("guest-wrote.txt")));
        assertEquals("the host changed since\n", Files.readString(shared.resolve("from-host.txt")));

        assertEquals(1, run(with(demo.subList(0, demo.indexOf("--time")), "--replay", recording.toString())));
        assertTrue(err(), err().contains("the replay diverged from the recording: the recording was made in host time"));
    }

    @Test
    public void aUBootSessionInHostTimeReplaysExactly() throws Exception {
        List<String> uBoot = List.of("--bios", GuestElfs.debianFile(GuestElfs.FW_JUMP, "opensbi").toString(),
                "--kernel", GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu").toString(), "--time", "host", "--stats");
        Path recording = folder.getRoot().toPath().resolve("session.log");
        String console;
        String recordedState;
        List<String> record = with(uBoot, "--record", recording.toString());
        try (ScriptedTerminal terminal = new ScriptedTerminal(with(List.of("run"), record.toArray(new String[0]))
                .toArray(new String[0]))) {
            terminal.expect("Hit any key to stop autoboot");
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("version\r");
            assertTrue(terminal.expect("=> ").contains("U-Boot 2023.01"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            console = terminal.console();
            recordedState = GuestlabRun.stateHash(terminal.err());
        }

        assertEquals(err(), 0, run(with(uBoot, "--replay", recording.toString())));
        assertEquals("the same output, byte for byte", console, out());
        assertEquals(recordedState, GuestlabRun.stateHash(err()));
        assertTrue(err(), err().contains("replay ended in the recorded state"));
    }
}
