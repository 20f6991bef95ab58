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

    /**
     * A drive as {@code guestlab run --drive} and launch configurations write it:
     * {@code file=IMG[,readonly|,persistent]}; QEMU's {@code format=raw} and {@code if=virtio} are
     * accepted too. The file is made absolute (snapshots name it from anywhere).
     *
     * @throws IllegalArgumentException naming the part of {@code spec} that is wrong
     */
    public static Drive parse(String spec) {
        Path file = null;
        DiskMode mode = DiskMode.COPY_ON_WRITE;
        for (String part : spec.split(",")) {
            if (part.startsWith("file=") && part.length() > 5) {
                file = Path.of(part.substring(5)).toAbsolutePath();
            } else if (part.equals("readonly") || part.equals("readonly=on")) {
                mode = DiskMode.READ_ONLY;
            } else if (part.equals("persistent")) {
                mode = DiskMode.PERSISTENT;
            } else if (!part.equals("format=raw") && !part.equals("if=virtio")) {
                throw new IllegalArgumentException("unknown part '" + part + "' in '" + spec
                        + "' (expected file=IMG[,readonly|,persistent])");
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("'" + spec + "' names no file (expected file=IMG[,readonly|,persistent])");
        }
        return new Drive(file, mode);
    }
}
