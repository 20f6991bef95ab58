package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What the guest cannot see of the flash bank: the image is never written, a snapshot holds the
 * written pages and the command state, a wrong image is refused. What it can see is compared with
 * QEMU by examples/pflash (QemuCommandLinesMatchQemuTest).
 */
public class CfiFlashTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path image(byte first) throws IOException {
        byte[] bytes = new byte[(int) CfiFlash.SIZE];
        bytes[0] = first;
        return Files.write(folder.newFile().toPath(), bytes);
    }

    private static void program(CfiFlash flash, long offset, int value) {
        flash.write(offset, 4, CfiFlash.PROGRAM);
        flash.write(offset, 4, value & 0xffff_ffffL);
        flash.write(0, 4, CfiFlash.READ_ARRAY);
    }

    @Test
    public void programsAndErasesStayInMemoryAndTheImageIsNeverWritten() throws IOException {
        Path file = image((byte) 0x5a);
        byte[] before = Files.readAllBytes(file);
        try (CfiFlash flash = CfiFlash.open("flash1", file, false)) {
            assertEquals(0x5a, flash.read(0, 1));
            program(flash, 0x100, 0x12345678);
            flash.write(0, 4, CfiFlash.BLOCK_ERASE);
            flash.write(0, 4, CfiFlash.CONFIRM);
            flash.write(0, 4, CfiFlash.READ_ARRAY);
            assertEquals(0xffff_ffffL, flash.read(0x100, 4));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    public void aSnapshotHoldsTheWrittenPagesAndTheCommandState() throws IOException, SnapshotException {
        Path file = image((byte) 1);
        byte[] state;
        try (CfiFlash flash = CfiFlash.open("flash0", file, false)) {
            program(flash, 0x1_0000, 0xcafef00d);
            flash.write(0, 4, CfiFlash.READ_STATUS);
            StateWriter out = new StateWriter();
            flash.saveState(out);
            state = out.toByteArray();
        }
        try (CfiFlash copy = CfiFlash.open("flash0", file, false)) {
            copy.restoreState(new StateReader(state));
            assertEquals("still in read-status mode", 0x0080_0080L, copy.read(0x1_0000, 4));
            copy.write(0, 4, CfiFlash.READ_ARRAY);
            assertEquals(0xcafef00dL, copy.read(0x1_0000, 4));
            assertEquals("an unwritten page comes from the image", 1, copy.read(0, 1));
        }
    }

    @Test
    public void aSnapshotOverAChangedImageIsRefused() throws IOException {
        Path file = image((byte) 1);
        StateWriter out = new StateWriter();
        try (CfiFlash flash = CfiFlash.open("flash0", file, false)) {
            flash.saveState(out);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        try (CfiFlash changed = CfiFlash.open("flash0", file, false)) {
            changed.restoreState(new StateReader(out.toByteArray()));
            fail("restored over a changed image");
        } catch (SnapshotException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("the image changed since the snapshot was taken"));
        }
    }

    @Test
    public void anImageThatIsNot32MiBIsRefusedAsQemuRefusesIt() throws IOException {
        Path small = Files.write(folder.newFile().toPath(), new byte[1 << 20]);
        try {
            CfiFlash.open("flash0", small, false).close();
            fail("a 1 MiB image was taken");
        } catch (IOException e) {
            assertEquals("flash image " + small + " is 1048576 bytes; a virt flash bank needs exactly 33554432 (32 MiB):"
                    + " pad it with truncate -s 32M", e.getMessage());
        }
    }

    @Test
    public void aBlankBankReadsAsZeroesAndKeepsWhatIsProgrammed() throws IOException {
        try (CfiFlash flash = CfiFlash.blank("flash0")) {
            assertEquals(0, flash.read(CfiFlash.SIZE - 8, 8));
            program(flash, CfiFlash.SIZE - 4, 0x01020304);
            assertEquals(0x0102030400000000L, flash.read(CfiFlash.SIZE - 8, 8));
        }
    }
}
