package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.support.GuestTools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Snapshots, restores and forks of a whole board, on OpenSBI + U-Boot (2 harts, a copy-on-write
 * disk) stopped at U-Boot's prompt: a restored board repeats a run to the same state hash and
 * output, and a fork and its parent never see each other's RAM or disk writes.
 */
public class SnapshotTest {

    private static final long BUDGET = 1_000_000_000L;
    private static final long COMMAND = 200_000_000L;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path disk;

    private GuestConsole bootToPrompt(DiskMode mode) throws Exception {
        Path fw = GuestTools.file("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin", "opensbi");
        Path uBoot = GuestTools.file("/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin", "u-boot-qemu");
        byte[] image = new byte[1 << 20];
        byte[] mark = "ORIGINAL".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, image, 0, mark.length);
        disk = folder.getRoot().toPath().resolve("disk.img");
        Files.write(disk, image);
        VirtBoardConfig config = VirtBoardConfig.defaults().withBios(fw).withKernel(uBoot).withHarts(2)
                .withDrives(List.of(new Drive(disk, mode)));
        GuestConsole console = new GuestConsole();
        console.attach(VirtBoard.create(config, console::write));
        console.expect("Hit any key to stop autoboot", BUDGET);
        console.type("");
        console.expect("=> ", BUDGET);
        console.uBoot("virtio scan", COMMAND);
        return console;
    }

    /** Runs exactly {@code steps} machine steps (however the runs are cut, the result is the same). */
    private static void runExactly(VirtBoard board, long steps) {
        long end = board.machine().steps() + steps;
        while (board.machine().steps() < end) {
            StopEvent e = board.run(Math.min(end - board.machine().steps(), 777_777));
            assertEquals(e.toString(), StopReason.BUDGET_EXHAUSTED, e.reason());
        }
    }

    @Test
    public void restoredBoardRepeatsARunExactly() throws Exception {
        GuestConsole console = bootToPrompt(DiskMode.COPY_ON_WRITE);
        VirtBoard board = console.board();
        String atSnapshot = board.stateHash();
        BoardSnapshot snapshot = board.snapshot();
        assertEquals("taking a snapshot changes nothing", atSnapshot, board.stateHash());

        int mark = console.all().length();
        console.type("md.l 0x80200000 8; mw.l 0x81000000 0xfeedf00d; virtio write 0x81000000 0 1");
        runExactly(board, 50_000_000);
        String firstOutput = console.all().substring(mark);
        String first = board.stateHash();
        assertTrue(firstOutput, firstOutput.contains("80200000:"));
        assertNotEquals(atSnapshot, first);

        board.restore(snapshot);
        assertEquals(atSnapshot, board.stateHash());
        mark = console.all().length(); // the board types again what was typed after the snapshot
        runExactly(board, 50_000_000);
        assertEquals(firstOutput, console.all().substring(mark));
        assertEquals(first, board.stateHash());
    }

    @Test
    public void goingBackRepeatsTheInputThatCameLater() throws Exception {
        GuestConsole console = bootToPrompt(DiskMode.COPY_ON_WRITE);
        VirtBoard board = console.board();
        BoardSnapshot snapshot = board.snapshot();
        int mark = console.all().length();
        runExactly(board, 3_000_000);
        console.type("md.l 0x80200000 4");
        runExactly(board, 40_000_000);
        String output = console.all().substring(mark);
        String end = board.stateHash();
        assertTrue(output, output.contains("80200000:"));

        board.restore(snapshot); // no typing this time: the board types what came after the snapshot
        mark = console.all().length();
        runExactly(board, 43_000_000);
        assertEquals(output, console.all().substring(mark));
        assertEquals(end, board.stateHash());
    }

    @Test
    public void forkAndParentNeverSeeEachOthersWrites() throws Exception {
        GuestConsole parent = bootToPrompt(DiskMode.COPY_ON_WRITE);
        parent.uBoot("mw.l 0x81000000 0x11111111", COMMAND);
        GuestConsole child = new GuestConsole();
        child.attach(parent.board().fork(child::write));
        assertEquals(parent.board().stateHash(), child.board().stateHash());

        // the parent writes RAM and the disk...
        parent.uBoot("mw.l 0x81000000 0x22222222; virtio write 0x81000000 0 1", COMMAND);
        // ...the child does not see it, and writes its own
        child.type("");
        child.expect("=> ", COMMAND);
        String childView = child.uBoot("md.l 0x81000000 1; virtio read 0x82000000 0 1; md.b 0x82000000 8", COMMAND);
        assertTrue(childView, childView.contains("81000000: 11111111"));
        assertTrue(childView, childView.contains("82000000: 4f 52 49 47 49 4e 41 4c")); // ORIGINAL
        child.uBoot("mw.l 0x81000000 0x33333333; mw.l 0x83000000 0x44444444; virtio write 0x83000000 0 1", COMMAND);

        String parentView = parent.uBoot("md.l 0x81000000 1; virtio read 0x82000000 0 1; md.l 0x82000000 1", COMMAND);
        assertTrue(parentView, parentView.contains("81000000: 22222222"));
        assertTrue(parentView, parentView.contains("82000000: 22222222"));
        assertNotEquals(parent.board().stateHash(), child.board().stateHash());

        byte[] file = Files.readAllBytes(disk);
        assertArrayEquals("the base image is never written", "ORIGINAL".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOf(file, 8));
        child.board().close();
        parent.board().close();
    }

    @Test
    public void persistentDrivesRefuseSnapshots() throws Exception {
        GuestConsole console = bootToPrompt(DiskMode.PERSISTENT);
        try {
            console.board().snapshot();
            fail("a persistent drive cannot be snapshotted");
        } catch (SnapshotException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("persistent"));
        }
        console.board().close();
    }
}
