package io.guestlab.emulator.devices;

/**
 * What a virtio-blk device answers beyond its image, as QEMU's drive and device properties set
 * it: the serial ({@code -device virtio-blk-device,serial=S}), what a discard does
 * ({@code -drive discard=}) and whether the write cache starts enabled ({@code -drive cache=}).
 *
 * @param serial     answered by GET_ID, at most 20 bytes used; QEMU's default is empty
 * @param discard    what a DISCARD request does to the data
 * @param writeCache the configuration's writeback byte before the driver changes it: QEMU's
 *                   {@code cache=writeback|none|unsafe} (the default) enable it,
 *                   {@code cache=writethrough|directsync} do not
 */
public record BlockSettings(String serial, Discard discard, boolean writeCache) {

    /** QEMU 7.2's defaults: no serial, {@code discard=ignore}, {@code cache=writeback}. */
    public static final BlockSettings DEFAULT = new BlockSettings("", Discard.IGNORE, true);

    /** QEMU's temporary qcow2 overlay ({@code snapshot=on}) maps disks in clusters of 64 KiB. */
    public static final int SNAPSHOT_CLUSTER_SECTORS = 64 * 1024 / DiskImage.SECTOR_SIZE;

    /** What a DISCARD request does (virtio 1.2, 5.2.6: later reads return the old data or zeroes). */
    public enum Discard {
        /** The data stays: QEMU's {@code discard=ignore}. */
        IGNORE,
        /** The sectors read as zeroes: QEMU's {@code discard=unmap} on a raw image, which punches a hole. */
        UNMAP,
        /**
         * Only whole 64 KiB clusters read as zeroes (and a last partial one reaching the disk's end):
         * QEMU's {@code discard=unmap} under {@code snapshot=on}, whose qcow2 overlay ignores the rest.
         */
        UNMAP_CLUSTERS
    }

    public BlockSettings {
        if (serial == null || discard == null) {
            throw new IllegalArgumentException("block settings need a serial (may be empty) and a discard mode");
        }
    }

    /**
     * QEMU's {@code cache=} modes as the guest sees them: writeback, none and unsafe start the write
     * cache enabled (the configuration's writeback byte), writethrough and directsync disabled.
     */
    public static boolean writeCacheOf(String cacheMode) {
        return switch (cacheMode) {
            case "writeback", "none", "unsafe" -> true;
            case "writethrough", "directsync" -> false;
            default -> throw new IllegalArgumentException("cache=" + cacheMode
                    + " is not writeback, none, unsafe, writethrough or directsync");
        };
    }

    /** QEMU's {@code discard=} values: whether discarded sectors are unmapped ({@code unmap}, {@code on}) or kept. */
    public static boolean unmaps(String discard) {
        return switch (discard) {
            case "ignore", "off" -> false;
            case "unmap", "on" -> true;
            default -> throw new IllegalArgumentException("discard=" + discard + " is not ignore or unmap");
        };
    }

    /** Whether GET_ID can answer {@code serial}: printable ASCII, as QEMU's serial property takes it (virtio 1.2, 5.2.6). */
    public static boolean isPrintable(String serial) {
        return serial.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    public BlockSettings withSerial(String s) {
        return new BlockSettings(s, discard, writeCache);
    }

    public BlockSettings withDiscard(Discard d) {
        return new BlockSettings(serial, d, writeCache);
    }

    public BlockSettings withWriteCache(boolean on) {
        return new BlockSettings(serial, discard, on);
    }
}
