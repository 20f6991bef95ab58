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
}
