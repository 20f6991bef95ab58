package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.snapshot.DiskOverlay;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Copy-on-write forks of a disk: frozen overlays shared, never written, each side isolated. */
public class DiskImageForkTest {

    private static final int SECTORS = 8;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path file;

    @Before
    public void setUp() throws IOException {
        byte[] image = new byte[SECTORS * DiskImage.SECTOR_SIZE];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i / DiskImage.SECTOR_SIZE + 1);
        }
        file = folder.newFile("base.img").toPath();
        Files.write(file, image);
    }

    private static byte[] filled(int fill) {
        byte[] sector = new byte[DiskImage.SECTOR_SIZE];
        Arrays.fill(sector, (byte) fill);
        return sector;
    }

    private static byte[] read(DiskImage disk, long sector) throws IOException {
        byte[] bytes = new byte[DiskImage.SECTOR_SIZE];
        disk.read(sector, bytes, 0, bytes.length);
        return bytes;
    }

    @Test
    public void forkSeesTheWritesBeforeTheFreezeAndNeitherSideSeesTheOthersLaterWrites() throws IOException {
        try (DiskImage parent = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            parent.write(2, filled(0x22), 0, DiskImage.SECTOR_SIZE);
            DiskOverlay frozen = parent.freeze();
            assertEquals(1, frozen.sectors().size());
            try (DiskImage child = DiskImage.open(file, DiskMode.COPY_ON_WRITE, frozen);
                 DiskImage sibling = DiskImage.open(file, DiskMode.COPY_ON_WRITE, frozen)) {
                assertArrayEquals(filled(0x22), read(child, 2));

                parent.write(3, filled(0x33), 0, DiskImage.SECTOR_SIZE);
                parent.write(2, filled(0x44), 0, DiskImage.SECTOR_SIZE); // rewrites a shared sector
                child.write(5, filled(0x55), 0, DiskImage.SECTOR_SIZE);
                child.write(2, filled(0x66), 0, DiskImage.SECTOR_SIZE);

                assertArrayEquals("the parent's later write stays out of the child", filled(4), read(child, 3));
                assertArrayEquals(filled(0x66), read(child, 2));
                assertArrayEquals("the child's write stays out of the parent", filled(6), read(parent, 5));
                assertArrayEquals(filled(0x44), read(parent, 2));
                assertArrayEquals("a second fork still sees the frozen sector", filled(0x22), read(sibling, 2));
                assertArrayEquals(filled(6), read(sibling, 5));
                assertArrayEquals("the frozen overlay itself never changes", filled(0x22), frozen.sectors().get(2L));
                assertEquals(1, frozen.sectors().size());
            }
        }
        byte[] base = Files.readAllBytes(file);
        assertEquals("the base file was never written", 3, base[2 * DiskImage.SECTOR_SIZE]);
    }

    @Test
    public void freezeRecordsTheBaseFile() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.READ_ONLY)) {
            DiskOverlay overlay = disk.freeze();
            assertEquals(file, overlay.file());
            assertEquals(SECTORS * DiskImage.SECTOR_SIZE, overlay.sizeBytes());
            assertEquals(Files.getLastModifiedTime(file).toMillis(), overlay.lastModified());
            assertTrue(overlay.sectors().isEmpty());
            try (DiskImage again = DiskImage.open(file, DiskMode.READ_ONLY, overlay)) {
                assertTrue(again.isReadOnly());
            }
        }
    }

    @Test
    public void changedBaseFileIsRefusedNamingIt() throws IOException {
        DiskOverlay overlay;
        try (DiskImage disk = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            disk.write(1, filled(9), 0, DiskImage.SECTOR_SIZE);
            overlay = disk.freeze();
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(overlay.lastModified() + 60_000));
        expectRefusal(overlay, "changed since the snapshot");

        Files.write(file, new byte[2 * SECTORS * DiskImage.SECTOR_SIZE]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(overlay.lastModified()));
        expectRefusal(overlay, "changed since the snapshot");
    }

    @Test
    public void overlayThatDoesNotFitIsRefused() throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        long size = SECTORS * DiskImage.SECTOR_SIZE;
        expectRefusal(new DiskOverlay(file, size, modified, Map.of(8L, filled(1))), "sector 8");
        expectRefusal(new DiskOverlay(file, size, modified, Map.of(0L, new byte[12])), "sector 0");
        try {
            DiskImage.open(file, DiskMode.READ_ONLY, new DiskOverlay(file, size, modified, Map.of(0L, filled(1))));
            fail("a read-only disk cannot start from written sectors");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("read-only"));
        }
    }

    @Test
    public void persistentDisksHaveNoOverlayToFreeze() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.PERSISTENT)) {
            disk.freeze();
            fail("a persistent disk cannot be frozen");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(file.toString()));
        }
    }

    private void expectRefusal(DiskOverlay overlay, String why) {
        try (DiskImage disk = DiskImage.open(file, DiskMode.COPY_ON_WRITE, overlay)) {
            fail("opened over a base that does not fit the overlay: " + disk.file());
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(file.toString()) && e.getMessage().contains(why));
        }
    }
}
