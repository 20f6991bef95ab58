package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.DiskMode;

import java.nio.file.Path;

/** A disk image attached to the board as a virtio-blk device, like QEMU's {@code -drive if=virtio}. */
public record Drive(Path file, DiskMode mode) {

    public Drive {
        if (file == null || mode == null) {
            throw new IllegalArgumentException("a drive needs a file and a mode");
        }
    }
}
