package io.guestlab.emulator.devices;

/** How a disk image file is attached to a machine. */
public enum DiskMode {
    /** The guest sees a read-only disk (virtio-blk VIRTIO_BLK_F_RO); writes fail. */
    READ_ONLY,
    /** The guest may write; writes stay in host memory and the file is never modified (the default). */
    COPY_ON_WRITE,
    /** Writes go to the file itself; the user asked for it explicitly. */
    PERSISTENT
}
