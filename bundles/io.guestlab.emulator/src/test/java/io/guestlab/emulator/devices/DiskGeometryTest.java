package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.guestlab.emulator.bus.Ram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** QEMU 7.2's geometry guess (hw/block/hd-geometry.c); VirtioMatchesQemuTest checks two cases against QEMU itself. */
public class DiskGeometryTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** An MBR whose partition {@code index} ends on {@code endHead}/{@code endSector} and holds {@code length} sectors. */
    private static byte[] mbr(int index, int endHead, int endSector, long length) {
        byte[] mbr = new byte[512];
        int entry = 0x1BE + 16 * index;
        mbr[entry] = (byte) 0x80;
        mbr[entry + 4] = (byte) 0x83;
        mbr[entry + 5] = (byte) endHead;
        mbr[entry + 6] = (byte) endSector;
        Ram.store(mbr, entry + 8, 4, 2048);
        Ram.store(mbr, entry + 12, 4, length);
        mbr[510] = 0x55;
        mbr[511] = (byte) 0xAA;
        return mbr;
    }

    private DiskGeometry guess(byte[] firstSector, long bytes) throws IOException {
        Path file = folder.newFile().toPath();
        byte[] image = new byte[(int) bytes];
        System.arraycopy(firstSector, 0, image, 0, firstSector.length);
        Files.write(file, image);
        try (DiskImage disk = DiskImage.open(file, DiskMode.READ_ONLY)) {
            return DiskGeometry.guess(disk);
        }
    }

    @Test
    public void withoutAPartitionTableSixteenHeadsOfSixtyThreeSectors() throws IOException {
        assertEquals(new DiskGeometry(6, 16, 63), guess(new byte[0], 3 << 20));
        assertEquals("at least 2 cylinders", new DiskGeometry(2, 16, 63), DiskGeometry.standard(64));
        assertEquals("at most 16383", new DiskGeometry(16383, 16, 63), DiskGeometry.standard(1L << 40));
        assertEquals(new DiskGeometry(1040, 16, 63), DiskGeometry.standard(1040L * 16 * 63 + 1007));
    }

    @Test
    public void aPartitionEndingOnACylinderGivesItsGeometry() throws IOException {
        assertEquals(new DiskGeometry(48, 4, 32), guess(mbr(0, 3, 32, 100), 3 << 20));
        assertEquals("the end sector's top bits are the cylinder's", new DiskGeometry(48, 4, 32),
                DiskGeometry.fromPartitionTable(mbr(0, 3, 0xC0 | 32, 100), 6144));
        assertEquals("the first usable entry counts", new DiskGeometry(96, 2, 32),
                DiskGeometry.fromPartitionTable(mbr(2, 1, 32, 1), 6144));
    }

    @Test
    public void unusablePartitionsAreSkipped() {
        assertNull("empty", DiskGeometry.fromPartitionTable(mbr(0, 3, 32, 0), 6144));
        assertNull("end head 0", DiskGeometry.fromPartitionTable(mbr(0, 0, 32, 100), 6144));
        assertNull("end sector 0", DiskGeometry.fromPartitionTable(mbr(0, 3, 0xC0, 100), 6144));
        assertNull("too many cylinders", DiskGeometry.fromPartitionTable(mbr(0, 1, 1, 100), 2 * 16384));
        assertNull("too few cylinders", DiskGeometry.fromPartitionTable(mbr(0, 254, 63, 100), 100));
        byte[] unsigned = mbr(0, 3, 32, 100);
        unsigned[511] = 0;
        assertNull("no 0x55AA signature", DiskGeometry.fromPartitionTable(unsigned, 6144));
    }

    @Test
    public void aTranslatedLayoutWithMoreThanSixteenHeadsGetsTheStandardGeometry() throws IOException {
        assertEquals(new DiskGeometry(6, 16, 63), guess(mbr(0, 254, 63, 100), 3 << 20));
    }
}
