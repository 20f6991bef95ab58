package io.guestlab.emulator.devices;

/**
 * The driver put something into a virtqueue that breaks the virtio rules (a descriptor index out
 * of range, a loop, a nested indirect table ...). The transport answers by setting
 * DEVICE_NEEDS_RESET (virtio 1.2, 2.1.2), like for a DMA access outside guest memory.
 */
public final class VirtqueueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VirtqueueException(String message) {
        super(message, null, false, false);
    }
}
