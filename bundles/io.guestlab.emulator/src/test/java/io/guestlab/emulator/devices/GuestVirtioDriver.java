package io.guestlab.emulator.devices;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays the guest's virtio driver against a {@link VirtioMmio} transport in tests: the status
 * handshake, queue setup in a {@link ByteArrayMemory}, posting descriptor chains and reading
 * the used ring, all through register accesses as a real driver does.
 */
final class GuestVirtioDriver {

    static final int QUEUE_SIZE = 8;
    /** Layout of each queue's rings inside guest memory, 4 KiB per queue. */
    private static final long QUEUE_AREA = 0x1000;

    private final VirtioMmio transport;
    private final ByteArrayMemory memory;
    private final int[] nextDescriptor = new int[4];
    private final int[] availableIndex = new int[4];
    private final int[] usedSeen = new int[4];

    /** One buffer of a chain to post: guest address, length and whether the device writes it. */
    record Buffer(long address, int length, boolean deviceWritable) {
    }

    /** One used-ring element. */
    record Used(int head, int length) {
    }

    GuestVirtioDriver(VirtioMmio transport, ByteArrayMemory memory) {
        this.transport = transport;
        this.memory = memory;
    }

    VirtioMmio transport() {
        return transport;
    }

    int reg(int offset) {
        return (int) transport.read(offset, 4);
    }

    void set(int offset, long value) {
        transport.write(offset, 4, value);
    }

    /** The handshake of virtio 1.2, 3.1.1, accepting {@code features}; returns the final status. */
    int initialise(long features, int queues) {
        set(VirtioMmio.STATUS, 0);
        set(VirtioMmio.STATUS, VirtioMmio.STATUS_ACKNOWLEDGE);
        set(VirtioMmio.STATUS, VirtioMmio.STATUS_ACKNOWLEDGE | VirtioMmio.STATUS_DRIVER);
        set(VirtioMmio.DRIVER_FEATURES_SEL, 0);
        set(VirtioMmio.DRIVER_FEATURES, features & 0xFFFF_FFFFL);
        set(VirtioMmio.DRIVER_FEATURES_SEL, 1);
        set(VirtioMmio.DRIVER_FEATURES, features >>> 32);
        set(VirtioMmio.STATUS, VirtioMmio.STATUS_ACKNOWLEDGE | VirtioMmio.STATUS_DRIVER | VirtioMmio.STATUS_FEATURES_OK);
        if ((reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_FEATURES_OK) == 0) {
            return reg(VirtioMmio.STATUS);
        }
        for (int q = 0; q < queues; q++) {
            long base = queueBase(q);
            set(VirtioMmio.QUEUE_SEL, q);
            set(VirtioMmio.QUEUE_NUM, QUEUE_SIZE);
            set(VirtioMmio.QUEUE_DESC_LOW, base);
            set(VirtioMmio.QUEUE_DESC_HIGH, base >>> 32);
            set(VirtioMmio.QUEUE_DRIVER_LOW, base + 0x400);
            set(VirtioMmio.QUEUE_DRIVER_HIGH, (base + 0x400) >>> 32);
            set(VirtioMmio.QUEUE_DEVICE_LOW, base + 0x800);
            set(VirtioMmio.QUEUE_DEVICE_HIGH, (base + 0x800) >>> 32);
            set(VirtioMmio.QUEUE_READY, 1);
        }
        set(VirtioMmio.STATUS, VirtioMmio.STATUS_ACKNOWLEDGE | VirtioMmio.STATUS_DRIVER
                | VirtioMmio.STATUS_FEATURES_OK | VirtioMmio.STATUS_DRIVER_OK);
        return reg(VirtioMmio.STATUS);
    }

    long queueBase(int queue) {
        return memory.base + QUEUE_AREA * queue;
    }

    /** Writes a descriptor chain and makes it available without notifying; returns its head. */
    int post(int queue, Buffer... buffers) {
        int head = nextDescriptor[queue];
        for (int i = 0; i < buffers.length; i++) {
            int index = (head + i) % QUEUE_SIZE;
            long descriptor = queueBase(queue) + 16L * index;
            Buffer b = buffers[i];
            int flags = (b.deviceWritable() ? Virtqueue.DESC_F_WRITE : 0)
                    | (i + 1 < buffers.length ? Virtqueue.DESC_F_NEXT : 0);
            memory.writeLong(descriptor, 8, b.address());
            memory.writeLong(descriptor + 8, 4, b.length());
            memory.writeLong(descriptor + 12, 2, flags);
            memory.writeLong(descriptor + 14, 2, (index + 1) % QUEUE_SIZE);
        }
        nextDescriptor[queue] = (head + buffers.length) % QUEUE_SIZE;
        makeAvailable(queue, head);
        return head;
    }

    /** Puts {@code head} in the available ring and publishes the new index. */
    void makeAvailable(int queue, int head) {
        long ring = queueBase(queue) + 0x400;
        memory.writeLong(ring + 4 + 2L * (availableIndex[queue] % QUEUE_SIZE), 2, head);
        availableIndex[queue] = (availableIndex[queue] + 1) & 0xFFFF;
        memory.writeLong(ring + 2, 2, availableIndex[queue]);
    }

    void notify(int queue) {
        set(VirtioMmio.QUEUE_NOTIFY, queue);
    }

    /** Used-ring elements added since the last call. */
    List<Used> takeUsed(int queue) {
        long ring = queueBase(queue) + 0x800;
        int index = (int) memory.readLong(ring + 2, 2);
        List<Used> used = new ArrayList<>();
        while (usedSeen[queue] != index) {
            long element = ring + 4 + 8L * (usedSeen[queue] % QUEUE_SIZE);
            used.add(new Used((int) memory.readLong(element, 4), (int) memory.readLong(element + 4, 4)));
            usedSeen[queue] = (usedSeen[queue] + 1) & 0xFFFF;
        }
        return used;
    }

    /** Acknowledges all interrupt causes, checking which were pending. */
    void acknowledge(int expectedStatus) {
        assertEquals(expectedStatus, reg(VirtioMmio.INTERRUPT_STATUS));
        set(VirtioMmio.INTERRUPT_ACK, expectedStatus);
    }
}
