package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.BlockSettings;
import io.guestlab.emulator.devices.DiskMode;

import java.nio.file.Path;

/**
 * A disk image attached to the board as a virtio-blk device, like QEMU's
 * {@code -device virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]}.
 *
 * @param bus the virtio-mmio transport (0..7, 0 at 0x10001000) the disk sits on, or null to let the
 *            board choose the highest free one, as QEMU does for a {@code -device} without {@code bus=}
 * @param settings the device's serial, discard and write cache (QEMU's defaults unless given)
 */
public record Drive(Path file, DiskMode mode, Integer bus, BlockSettings settings) {

    private static final String SYNTAX = "file=IMG[,readonly|,persistent][,bus=N][,serial=S]"
            + "[,discard=ignore|unmap|unmap-clusters][,writethrough]";

    public Drive {
        if (file == null || mode == null || settings == null) {
            throw new IllegalArgumentException("a drive needs a file, a mode and settings");
        }
        VirtioSlots.checkBus(bus, "drive " + file);
    }

    /** A drive with QEMU's default device settings. */
    public Drive(Path file, DiskMode mode, Integer bus) {
        this(file, mode, bus, BlockSettings.DEFAULT);
    }

    /** A drive on the highest free transport. */
    public Drive(Path file, DiskMode mode) {
        this(file, mode, null);
    }

    /** This drive on transport {@code n} (null: the board chooses). */
    public Drive onBus(Integer n) {
        return new Drive(file, mode, n, settings);
    }

    /**
     * A drive as {@code guestlab run --drive} and launch configurations write it:
     * {@code file=IMG[,readonly|,persistent][,bus=N][,serial=S][,discard=ignore|unmap|unmap-clusters]
     * [,writethrough]}; QEMU's {@code format=raw}, {@code if=virtio}, {@code bus=virtio-mmio-bus.N} and
     * {@code cache=MODE} are accepted too. The file is made absolute (snapshots name it from anywhere).
     *
     * @throws IllegalArgumentException naming the part of {@code spec} that is wrong
     */
    public static Drive parse(String spec) {
        Path file = null;
        DiskMode mode = DiskMode.COPY_ON_WRITE;
        Integer bus = null;
        BlockSettings settings = BlockSettings.DEFAULT;
        for (String part : spec.split(",")) {
            if (part.startsWith("bus=")) {
                bus = VirtioSlots.parseBus(part.substring(4));
            } else if (part.startsWith("file=") && part.length() > 5) {
                file = Path.of(part.substring(5)).toAbsolutePath();
            } else if (part.equals("readonly") || part.equals("readonly=on")) {
                mode = DiskMode.READ_ONLY;
            } else if (part.equals("persistent")) {
                mode = DiskMode.PERSISTENT;
            } else if (part.startsWith("serial=")) {
                settings = settings.withSerial(serial(part.substring(7), spec));
            } else if (part.startsWith("discard=")) {
                settings = settings.withDiscard(discard(part.substring(8), spec));
            } else if (part.equals("writethrough")) {
                settings = settings.withWriteCache(false);
            } else if (part.startsWith("cache=")) {
                settings = settings.withWriteCache(writeCache(part.substring(6), spec));
            } else if (!part.equals("format=raw") && !part.equals("if=virtio")) {
                throw new IllegalArgumentException("unknown part '" + part + "' in '" + spec + "' (expected " + SYNTAX + ")");
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("'" + spec + "' names no file (expected " + SYNTAX + ")");
        }
        return new Drive(file, mode, bus, settings);
    }

    /** A serial as GET_ID answers it: printable ASCII (5.2.6 gives it as bytes of a string). */
    private static String serial(String serial, String spec) {
        if (!BlockSettings.isPrintable(serial)) {
            throw new IllegalArgumentException("serial '" + serial + "' in '" + spec + "' has a character that is"
                    + " not printable ASCII");
        }
        return serial;
    }

    /** QEMU's cache modes as the guest sees them: writethrough and directsync start the write cache off. */
    private static boolean writeCache(String mode, String spec) {
        try {
            return BlockSettings.writeCacheOf(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cache=" + mode + " in '" + spec + "' is not writeback, none,"
                    + " unsafe, writethrough or directsync");
        }
    }

    private static BlockSettings.Discard discard(String value, String spec) {
        if (value.equals("unmap-clusters")) {
            return BlockSettings.Discard.UNMAP_CLUSTERS;
        }
        try {
            return BlockSettings.unmaps(value) ? BlockSettings.Discard.UNMAP : BlockSettings.Discard.IGNORE;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("discard=" + value + " in '" + spec + "' is not ignore, unmap"
                    + " or unmap-clusters");
        }
    }
}
