package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.DiskMode;

import java.nio.file.Path;

/**
 * A disk image attached to the board as a virtio-blk device, like QEMU's
 * {@code -device virtio-blk-device,drive=ID[,bus=virtio-mmio-bus.N]}.
 *
 * @param bus the virtio-mmio transport (0..7, 0 at 0x10001000) the disk sits on, or null to let the
 *            board choose the highest free one, as QEMU does for a {@code -device} without {@code bus=}
 */
public record Drive(Path file, DiskMode mode, Integer bus) {

    public Drive {
        if (file == null || mode == null) {
            throw new IllegalArgumentException("a drive needs a file and a mode");
        }
        VirtioSlots.checkBus(bus, "drive " + file);
    }

    /** A drive on the highest free transport. */
    public Drive(Path file, DiskMode mode) {
        this(file, mode, null);
    }

    /** This drive on transport {@code n} (null: the board chooses). */
    public Drive onBus(Integer n) {
        return new Drive(file, mode, n);
    }

    /**
     * A drive as {@code guestlab run --drive} and launch configurations write it:
     * {@code file=IMG[,readonly|,persistent][,bus=N]}; QEMU's {@code format=raw}, {@code if=virtio}
     * and {@code bus=virtio-mmio-bus.N} are accepted too. The file is made absolute (snapshots name
     * it from anywhere).
     *
     * @throws IllegalArgumentException naming the part of {@code spec} that is wrong
     */
    public static Drive parse(String spec) {
        Path file = null;
        DiskMode mode = DiskMode.COPY_ON_WRITE;
        Integer bus = null;
        for (String part : spec.split(",")) {
            if (part.startsWith("bus=")) {
                bus = VirtioSlots.parseBus(part.substring(4));
            } else if (part.startsWith("file=") && part.length() > 5) {
                file = Path.of(part.substring(5)).toAbsolutePath();
            } else if (part.equals("readonly") || part.equals("readonly=on")) {
                mode = DiskMode.READ_ONLY;
            } else if (part.equals("persistent")) {
                mode = DiskMode.PERSISTENT;
            } else if (!part.equals("format=raw") && !part.equals("if=virtio")) {
                throw new IllegalArgumentException("unknown part '" + part + "' in '" + spec
                        + "' (expected file=IMG[,readonly|,persistent][,bus=N])");
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("'" + spec + "' names no file (expected file=IMG[,readonly|,persistent][,bus=N])");
        }
        return new Drive(file, mode, bus);
    }
}
