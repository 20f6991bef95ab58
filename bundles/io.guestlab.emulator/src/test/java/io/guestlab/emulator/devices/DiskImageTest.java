package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DiskImageTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path file;
    private final byte[] original = new byte[8 * DiskImage.SECTOR_SIZE];

    @Before
    public void setUp() throws IOException {
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) (i / DiskImage.SECTOR_SIZE + 1);
        }
        file = folder.newFile("image.raw").toPath();
        Files.write(file, original);
    }

    private static byte[] sectors(int count, int fill) {
        byte[] bytes = new byte[count * DiskImage.SECTOR_SIZE];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    public void copyOnWriteOverlayShadowsOnlyWrittenSectors() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            assertEquals(8, disk.sectors());
            disk.write(3, sectors(2, 0x77), 0, 2 * DiskImage.SECTOR_SIZE);
            disk.write(4, sectors(1, 0x66), 0, DiskImage.SECTOR_SIZE); // rewrite one of them
            byte[] all = new byte[original.length];
            disk.read(0, all, 0, all.length);
            byte[] expected = original.clone();
            Arrays.fill(expected, 3 * 512, 4 * 512, (byte) 0x77);
            Arrays.fill(expected, 4 * 512, 5 * 512, (byte) 0x66);
            assertArrayEquals(expected, all);
            assertEquals(2, disk.overlaySectors());
            disk.flush();
        }
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    public void persistentWritesLandInTheFile() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.PERSISTENT)) {
            disk.write(7, sectors(1, 0x55), 0, DiskImage.SECTOR_SIZE);
            disk.flush();
        }
        byte[] expected = original.clone();
        Arrays.fill(expected, 7 * 512, 8 * 512, (byte) 0x55);
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    public void readOnlyRefusesWritesNamingTheFile() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.READ_ONLY)) {
            assertTrue(disk.isReadOnly());
            disk.write(0, sectors(1, 0), 0, DiskImage.SECTOR_SIZE);
            fail("write accepted");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("image.raw") && e.getMessage().contains("read-only"));
        }
        assertArrayEquals(original, Files.readAllBytes(file));
    }

    @Test
    public void accessesOutsideTheImageAreRefused() throws IOException {
        try (DiskImage disk = DiskImage.open(file, DiskMode.COPY_ON_WRITE)) {
            byte[] buffer = new byte[2 * DiskImage.SECTOR_SIZE];
            for (long sector : new long[] {7, 8, -1, Long.MAX_VALUE}) {
                try {
                    disk.read(sector, buffer, 0, buffer.length);
                    fail("read at sector " + sector + " accepted");
                } catch (IOException e) {
                    assertTrue(e.getMessage(), e.getMessage().contains("outside disk image"));
                }
            }
        }
    }
}
