package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.support.GuestTools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A board in host time (OpenSBI + U-Boot, whose autoboot countdown and console run on the
 * clock) recorded while a user types, then replayed: the same console output byte for byte, the
 * same steps and the same final state hash, although the replay's host clock and date differ.
 */
public class HostTimeReplayTest {

    private static final String FW_JUMP = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";
    private static final String UBOOT_SMODE = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin";
    private static final long BUDGET = 1_000_000_000L;
    private static final long SLICE = 1_000_000;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static VirtBoardConfig uBootInHostTime() {
        return VirtBoardConfig.defaults().withBios(GuestTools.file(FW_JUMP, "opensbi"))
                .withKernel(GuestTools.file(UBOOT_SMODE, "u-boot-qemu")).withHostTime(true);
    }

    /** Records a session at U-Boot's prompt that ends with poweroff; returns the console. */
    private String recordSession(Path log) throws Exception {
        GuestConsole console = new GuestConsole();
        try (VirtBoard board = VirtBoard.create(uBootInHostTime(), console::write)) {
            console.attach(board);
            try (InputLogWriter writer = InputLogWriter.create(log, board.stateHash())) {
                board.recordInput(writer);
                console.expect("Hit any key to stop autoboot", BUDGET);
                console.type("");
                console.expect("=> ", BUDGET);
                String version = console.uBoot("version", BUDGET);
                assertTrue(version, version.contains("U-Boot 2023.01"));
                console.type("poweroff");
                StopEvent end = console.runToStop(BUDGET);
                assertEquals(console.all(), StopReason.EXIT, end.reason());
                writer.end(board.machine().steps(), board.stateHash());
                assertNull(writer.error());
            }
        }
        return console.all();
    }

    /** Replays {@code log} on a board of {@code config} up to the recording's end; returns why it stopped. */
    private static StopEvent replay(VirtBoard board, InputLog log) {
        board.replayInput(log.inputs());
        while (board.machine().steps() < log.endStep()) {
            StopEvent e = board.run(Math.min(SLICE, log.endStep() - board.machine().steps()));
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                return e;
            }
        }
        return null;
    }

    @Test
    public void aHostTimeSessionReplaysToTheSameOutputAndState() throws Exception {
        Path file = folder.getRoot().toPath().resolve("session.log");
        String recorded = recordSession(file);
        InputLog log = InputLog.read(file);
        assertTrue("U-Boot reads the clock all the time", log.inputs(InputLog.ClockReading.class).size() > 10);
        assertEquals(1, log.inputs(InputLog.WallClock.class).size());
        assertTrue(log.inputs(InputLog.Uart.class).size() >= 3);

        Thread.sleep(20); // the host clock and date move on; the replay must not see them
        GuestConsole console = new GuestConsole();
        try (VirtBoard board = VirtBoard.create(uBootInHostTime(), console::write)) {
            console.attach(board);
            assertEquals("the start state does not depend on the host's date", log.startHash(), board.stateHash());
            StopEvent end = replay(board, log);
            assertNull(board.replayDivergence());
            assertEquals(String.valueOf(end), StopReason.EXIT, end.reason());
            assertEquals("the same output, byte for byte", recorded, console.all());
            assertEquals(log.endStep(), board.machine().steps());
            assertEquals(log.endHash(), board.stateHash());
            assertTrue(board.replayDone());
        }
    }

    @Test
    public void replayingAHostTimeRecordingInVirtualTimeIsADivergence() throws Exception {
        Path file = folder.getRoot().toPath().resolve("session.log");
        recordSession(file);
        InputLog log = InputLog.read(file);
        GuestConsole console = new GuestConsole();
        try (VirtBoard board = VirtBoard.create(uBootInHostTime().withHostTime(false), console::write)) {
            console.attach(board);
            StopEvent e = replay(board, log);
            assertEquals(StopReason.HALTED, e.reason());
            assertEquals("the recording was made in host time; this machine's time is virtual", board.replayDivergence());
            assertTrue(e.detail(), e.detail().startsWith("the replay diverged from the recording: "));
            assertEquals("no guest instruction ran", 0, board.machine().steps());
        }
    }
}
