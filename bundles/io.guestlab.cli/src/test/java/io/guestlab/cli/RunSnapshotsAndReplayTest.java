package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * `guestlab run` with snapshot files and input recordings, on OpenSBI + U-Boot: boot once to a
 * point and save it, start later from there; record a session typed at U-Boot's prompt and
 * replay it byte for byte to the same final state hash.
 */
public class RunSnapshotsAndReplayTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final GuestlabRun guestlab = new GuestlabRun();

    private List<String> uBoot() {
        return List.of("run", "--bios", GuestElfs.debianFile(GuestElfs.FW_JUMP, "opensbi").toString(),
                "--kernel", GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu").toString(), "--harts", "2");
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    @Test
    public void aSnapshotSavedAtAConsoleTextResumesThere() throws Exception {
        Path snapshot = folder.getRoot().toPath().resolve("autoboot.snap");
        assertEquals(guestlab.err(), 0, guestlab.run(with(uBoot(), "--snapshot-when", "Hit any key to stop autoboot",
                "--save-snapshot", snapshot.toString())));
        assertTrue(guestlab.err(), guestlab.err().contains("snapshot saved to " + snapshot));
        assertTrue(guestlab.out().contains("OpenSBI"));

        try (ScriptedTerminal terminal = new ScriptedTerminal("run", "--load-snapshot", snapshot.toString())) {
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("version\r");
            assertTrue(terminal.expect("=> ").contains("U-Boot 2023.01"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            assertFalse("resumed, not rebooted: " + terminal.console(), terminal.console().contains("OpenSBI"));
        }
    }

    @Test
    public void aReplayRepeatsARecordedSessionExactly() throws Exception {
        Path recording = folder.getRoot().toPath().resolve("session.log");
        String console;
        String recordedState;
        try (ScriptedTerminal terminal = new ScriptedTerminal(with(uBoot(), "--record", recording.toString(), "--stats"))) {
            terminal.expect("Hit any key to stop autoboot");
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("mw.l 0x81000000 0xcafe; md.l 0x81000000 2\r");
            assertTrue(terminal.expect("=> ").contains("81000000: 0000cafe"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            console = terminal.console();
            recordedState = GuestlabRun.stateHash(terminal.err());
        }
        assertTrue(Files.readString(recording).contains("uart "));

        assertEquals(guestlab.err(), 0, guestlab.run(with(uBoot(), "--replay", recording.toString(), "--stats")));
        assertEquals("the same output, byte for byte", console, guestlab.out());
        assertEquals(recordedState, GuestlabRun.stateHash(guestlab.err()));
        assertTrue(guestlab.err(), guestlab.err().contains("replay ended in the recorded state"));

        assertEquals(1, guestlab.run(with(List.of("run", "--bios", GuestElfs.FW_JUMP, "--kernel", GuestElfs.UBOOT_SMODE, "--harts", "1"),
                "--replay", recording.toString())));
        assertTrue(guestlab.err(), guestlab.err().contains("was recorded from another start state"));
    }

    @Test
    public void damagedSnapshotFilesAreRefusedWithOneLine() throws Exception {
        Path snapshot = folder.getRoot().toPath().resolve("s.snap");
        assertEquals(guestlab.err(), 0, guestlab.run(with(uBoot(), "--snapshot-when", "OpenSBI", "--save-snapshot", snapshot.toString())));
        byte[] good = Files.readAllBytes(snapshot);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        Files.write(snapshot, flipped);
        assertEquals(1, guestlab.run("run", "--load-snapshot", snapshot.toString()));
        assertTrue(guestlab.err(), guestlab.err().contains("corrupted") && guestlab.err().lines().count() == 1);

        Files.write(snapshot, java.util.Arrays.copyOf(good, good.length / 3));
        assertEquals(1, guestlab.run("run", "--load-snapshot", snapshot.toString()));
        assertTrue(guestlab.err(), guestlab.err().contains("truncated") && guestlab.err().lines().count() == 1);
    }

    @Test
    public void conflictingOptionsAreUsageErrors() {
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k.elf", "--snapshot-when", "x"));
        assertTrue(guestlab.err(), guestlab.err().contains("--snapshot-when needs --save-snapshot"));
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--bios", "none", "--kernel", "k.elf", "--record", "a", "--replay", "b"));
        assertTrue(guestlab.err(), guestlab.err().contains("cannot be combined"));
        assertEquals(Main.EXIT_USAGE, guestlab.run("run", "--load-snapshot", "s.snap", "--kernel", "k.elf"));
        assertTrue(guestlab.err(), guestlab.err().contains("--load-snapshot holds the whole machine"));
    }
}
