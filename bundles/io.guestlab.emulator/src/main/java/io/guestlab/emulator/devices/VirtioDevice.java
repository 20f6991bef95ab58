package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.Stateful;

/**
 * The device-type half of a virtio device (virtio 1.2, chapter 5): its id, feature bits,
 * configuration space and what it does with its queues. The transport ({@link VirtioMmio}) owns
 * the status, feature negotiation, queue setup and interrupts.
 * <p>
 * Its {@link Stateful} half writes only the device's own fields: the transport opens the section
 * ({@code virtioN.device}) and saves the queues.
 */
public interface VirtioDevice extends Stateful {

    /** Device ID (virtio 1.2, 5): 2 block, 3 console, 4 entropy source. */
    int deviceId();

    /** Device-specific feature bits offered to the driver; the transport adds its own. */
    long features();

    /** Number of virtqueues. */
    int queueCount();

    /** Bytes of configuration space; the transport answers reads beyond it with all ones, as QEMU does. */
    int configSize();

    /** Reads {@code size} bytes of the device configuration space at {@code offset}; 0 beyond it. */
    long readConfig(int offset, int size);

    /** Writes to the configuration space; read-only fields ignore it. */
    void writeConfig(int offset, int size, long value);

    /**
     * The driver notified queue {@code index}. Consumes what it can and returns whether anything
     * was put in a used ring (the transport then interrupts the driver).
     */
    boolean queueNotified(int index, Virtqueue queue);

    /**
     * Gives the device a chance to deliver host-side events (console input) into its queues.
     * Returns whether anything was put in a used ring. Called on the machine thread.
     */
    default boolean poll(Virtqueue[] queues) {
        return false;
    }

    /** Returns to the initial state after the driver wrote 0 to the status register. */
    void reset();
}
