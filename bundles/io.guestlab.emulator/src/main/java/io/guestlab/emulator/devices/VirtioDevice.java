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

    /**
     * The feature bits offered to the driver: {@code transport}'s (ring features, and
     * VIRTIO_F_VERSION_1 on a modern transport) with the device's own added, or some withdrawn,
     * as QEMU's get_features hook does.
     */
    long features(long transport);

    /** Number of virtqueues. */
    int queueCount();

    /** Bytes of configuration space; the transport answers reads beyond it with all ones, as QEMU does. */
    int configSize();

    /** Reads {@code size} bytes of the device configuration space at {@code offset}; 0 beyond it. */
    long readConfig(int offset, int size);

    /** Writes to the configuration space; read-only fields ignore it. */
    void writeConfig(int offset, int size, long value);

    /**
     * The driver notified queue {@code index}: consumes what it can. The transport then asks each
     * queue whether what was put in its used ring calls for an interrupt.
     */
    void queueNotified(int index, Virtqueue queue);

    /** Gives the device a chance to deliver host-side events (console input) into its queues. Called on the machine thread. */
    default void poll(Virtqueue[] queues) {
    }

    /** The driver set DRIVER_OK (again) having accepted {@code features} (QEMU's set_status hook). */
    default void driverOk(long features) {
    }

    /** Returns to the initial state after the driver wrote 0 to the status register. */
    void reset();
}
