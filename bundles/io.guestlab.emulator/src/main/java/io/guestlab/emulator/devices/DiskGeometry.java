package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Ram;

import java.io.IOException;

/**
 * A disk's cylinders, heads and sectors per track, as virtio-blk reports them (virtio 1.2, 5.2.4,
 * VIRTIO_BLK_F_GEOMETRY). Raw images have none, so it is guessed the way QEMU 7.2 guesses it
 * (hw/block/hd-geometry.c): from the first MBR partition whose end head and end sector describe a
 * plausible geometry, else 16 heads of 63 sectors with as many cylinders as fit (2 to 16383).
 */
public record DiskGeometry(int cylinders, int heads, int sectors) {

    private static final int STANDARD_HEADS = 16;
    private static final int STANDARD_SECTORS = 63;
    private static final int MAX_CYLINDERS = 16383;
    private static final int PARTITION_TABLE = 0x1BE;
    private static final int PARTITION_ENTRY = 16;
    private static final int PARTITIONS = 4;

    /** The geometry QEMU would give {@code disk}; a first sector that cannot be read counts as no partition table. */
    public static DiskGeometry guess(DiskImage disk) {
        long sectors = disk.sectors();
        if (sectors > 0) {
            byte[] mbr = new byte[DiskImage.SECTOR_SIZE];
            try {
                disk.read(0, mbr, 0, mbr.length);
                DiskGeometry logical = fromPartitionTable(mbr, sectors);
                // A partition ending on a head above 16 was laid out under a BIOS LBA translation:
                // the physical geometry is then the standard one.
                if (logical != null && logical.heads <= STANDARD_HEADS) {
                    return logical;
                }
            } catch (IOException e) {
                // as QEMU: an unreadable first sector means no partition table to guess from
            }
        }
        return standard(sectors);
    }

    /** 16 heads, 63 sectors per track, and the cylinders that fit in {@code sectors}, clamped to 2..16383. */
    static DiskGeometry standard(long sectors) {
        int cylinders = (int) Math.clamp(sectors / (STANDARD_HEADS * STANDARD_SECTORS), 2L, MAX_CYLINDERS);
        return new DiskGeometry(cylinders, STANDARD_HEADS, STANDARD_SECTORS);
    }

    /**
     * The logical geometry implied by the first used MBR partition (one with sectors and a nonzero
     * end head), assuming it ends on a cylinder boundary; {@code null} without the 0x55AA signature
     * or such a partition.
     */
    static DiskGeometry fromPartitionTable(byte[] mbr, long sectors) {
        if ((mbr[510] & 0xFF) != 0x55 || (mbr[511] & 0xFF) != 0xAA) {
            return null;
        }
        for (int i = 0; i < PARTITIONS; i++) {
            int entry = PARTITION_TABLE + i * PARTITION_ENTRY;
            int endHead = mbr[entry + 5] & 0xFF;
            int endSector = mbr[entry + 6] & 0x3F; // the top two bits belong to the cylinder
            long length = Ram.load(mbr, entry + 12, 4);
            if (length == 0 || endHead == 0 || endSector == 0) {
                continue;
            }
            int heads = endHead + 1;
            long cylinders = sectors / ((long) heads * endSector);
            if (cylinders >= 1 && cylinders <= MAX_CYLINDERS) {
                return new DiskGeometry((int) cylinders, heads, endSector);
            }
        }
        return null;
    }
}
