package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * `guestlab run` with snapshot files and input recordings, on OpenSBI + U-Boot: boot once to a
 * point and save it, start later from there; record a session typed at U-Boot's prompt and
 * replay it byte for byte to the same final state hash.
 */
public class RunSnapshotsAndReplayTest {

    private static final String FW_JUMP = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";
    private static final String UBOOT_SMODE = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin";
    private static final Pattern STATE = Pattern.compile("stats: state=(sha256:[0-9a-f]{64}) steps=(\\d+)");

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Main(List.of(new RunCommand(InputStream.nullInputStream(), false))).execute(List.of(args),
                new PrintStream(out, true, StandardCharsets.ISO_8859_1), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path file(String path, String what) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            GuestElfs.missing(path + " (" + what + ")");
        }
        return p;
    }

    private List<String> uBoot() {
        return List.of("run", "--bios", file(FW_JUMP, "Debian package opensbi").toString(),
                "--kernel", file(UBOOT_SMODE, "Debian package u-boot-qemu").toString(), "--harts", "2");
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new java.util.ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(new String[0]);
    }

    private static String state(String stderr) {
        Matcher m = STATE.matcher(stderr);
        assertTrue(stderr, m.find());
        return m.group(1);
    }

    @Test
    public void aSnapshotSavedAtAConsoleTextResumesThere() throws Exception {
        Path snapshot = folder.getRoot().toPath().resolve("autoboot.snap");
        assertEquals(err(), 0, run(with(uBoot(), "--snapshot-when", "Hit any key to stop autoboot",
                "--save-snapshot", snapshot.toString())));
        assertTrue(err(), err().contains("snapshot saved to " + snapshot));
        assertTrue(out.toString(StandardCharsets.ISO_8859_1).contains("OpenSBI"));

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
            recordedState = state(terminal.err());
        }
        assertTrue(Files.readString(recording).contains("uart "));

        assertEquals(err(), 0, run(with(uBoot(), "--replay", recording.toString(), "--stats")));
        assertEquals("the same output, byte for byte", console, out.toString(StandardCharsets.ISO_8859_1));
        assertEquals(recordedState, state(err()));
        assertTrue(err(), err().contains("replay ended in the recorded state"));

        assertEquals(1, run(with(List.of("run", "--bios", FW_JUMP, "--kernel", UBOOT_SMODE, "--harts", "1"),
                "--replay", recording.toString())));
        assertTrue(err(), err().contains("was recorded from another start state"));
    }

    @Test
    public void damagedSnapshotFilesAreRefusedWithOneLine() throws Exception {
        Path snapshot = folder.getRoot().toPath().resolve("s.snap");
        assertEquals(err(), 0, run(with(uBoot(), "--snapshot-when", "OpenSBI", "--save-snapshot", snapshot.toString())));
        byte[] good = Files.readAllBytes(snapshot);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        Files.write(snapshot, flipped);
        assertEquals(1, run("run", "--load-snapshot", snapshot.toString()));
        assertTrue(err(), err().contains("corrupted") && err().lines().count() == 1);

        Files.write(snapshot, java.util.Arrays.copyOf(good, good.length / 3));
        assertEquals(1, run("run", "--load-snapshot", snapshot.toString()));
        assertTrue(err(), err().contains("truncated") && err().lines().count() == 1);
    }

    @Test
    public void conflictingOptionsAreUsageErrors() {
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none", "--kernel", "k.elf", "--snapshot-when", "x"));
        assertTrue(err(), err().contains("--snapshot-when needs --save-snapshot"));
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none", "--kernel", "k.elf", "--record", "a", "--replay", "b"));
        assertTrue(err(), err().contains("cannot be combined"));
        assertEquals(Main.EXIT_USAGE, run("run", "--load-snapshot", "s.snap", "--kernel", "k.elf"));
        assertTrue(err(), err().contains("--load-snapshot holds the whole machine"));
        assertEquals(Main.EXIT_USAGE, run("run", "--bios", "none", "--kernel", "k.elf", "--time", "host", "--record", "r"));
        assertTrue(err(), err().contains("needs virtual time"));
    }
}
