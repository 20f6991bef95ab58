package io.guestlab.emulator.snapshot;

import java.nio.file.Path;
import java.util.Map;

/**
 * A frozen copy of what a copy-on-write disk's guest wrote: sector number to 512 bytes, over
 * the unchanged base image {@code file}. The sector arrays are shared and never written.
 *
 * @param file         the base image
 * @param sizeBytes    the base image's size when the snapshot was taken
 * @param lastModified the base image's modification time then (milliseconds), to detect a
 *                     base image changed under a snapshot file
 * @param sectors      written sectors, read-only
 */
public record DiskOverlay(Path file, long sizeBytes, long lastModified, Map<Long, byte[]> sectors) {

    public DiskOverlay {
        sectors = Map.copyOf(sectors);
    }
}
