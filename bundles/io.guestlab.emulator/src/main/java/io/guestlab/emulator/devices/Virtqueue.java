package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.PhysicalMemory;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.util.Arrays;

/**
 * A split virtqueue (virtio 1.2, 2.7): the descriptor table, the driver (available) ring and the
 * device (used) ring in guest memory. The transport sets its addresses; a device takes requests
 * with {@link #pop()} and returns them with {@link #pushUsed}; the transport then asks
 * {@link #takeInterrupt()} whether the driver wants to hear about them (2.7.7, 2.7.10). Guest-memory
 * faults surface as {@link io.guestlab.emulator.bus.BusErrorException}, malformed rings as
 * {@link VirtqueueException}.
 */
public final class Virtqueue implements Stateful {

    static final int DESC_F_NEXT = 1;
    static final int DESC_F_WRITE = 2;
    static final int DESC_F_INDIRECT = 4;
    static final int DESCRIPTOR_SIZE = 16;
    /** Driver ring flag: the driver does not want used-buffer interrupts (2.7.7, without EVENT_IDX). */
    static final int AVAIL_F_NO_INTERRUPT = 1;

    private final PhysicalMemory memory;
    private final int maxSize;
    private final int initialSize;
    private int size;
    private long descriptorTable;
    private long availableRing;
    private long usedRing;
    private boolean ready;
    private int lastAvailableIndex;
    private int usedIndex;
    /** VIRTIO_RING_F_EVENT_IDX negotiated: used_event and avail_event replace the ring flags (2.7.7.1, 2.7.10). */
    private boolean eventIndex;
    /** VIRTIO_F_NOTIFY_ON_EMPTY negotiated (legacy, 6.3): interrupt whenever the driver ring runs empty. */
    private boolean notifyOnEmpty;
    /** Used buffers were returned since the last {@link #takeInterrupt()}; never set between two guest accesses. */
    private boolean pushed;
    /** The used index the driver was last told about, QEMU's signalled_used; valid once one was. */
    private int signalledUsed;
    private boolean signalledUsedValid;

    Virtqueue(PhysicalMemory memory, int maxSize) {
        this(memory, maxSize, maxSize);
    }

    /** @param initialSize the size until the driver writes one (QEMU: the device's queue size) */
    Virtqueue(PhysicalMemory memory, int maxSize, int initialSize) {
        this.memory = memory;
        this.maxSize = maxSize;
        this.initialSize = initialSize;
        reset();
    }

    void reset() {
        size = initialSize;
        descriptorTable = 0;
        availableRing = 0;
        usedRing = 0;
        ready = false;
        lastAvailableIndex = 0;
        usedIndex = 0;
        eventIndex = false;
        notifyOnEmpty = false;
        pushed = false;
        signalledUsed = 0;
        signalledUsedValid = false;
    }

    /** The ring features the driver accepted; the transport calls this whenever they change. */
    void useFeatures(boolean eventIndex, boolean notifyOnEmpty) {
        this.eventIndex = eventIndex;
        this.notifyOnEmpty = notifyOnEmpty;
    }

    int maxSize() {
        return maxSize;
    }

    int size() {
        return size;
    }

    void setSize(int size) {
        this.size = size;
    }

    long descriptorTable() {
        return descriptorTable;
    }

    long availableRing() {
        return availableRing;
    }

    long usedRing() {
        return usedRing;
    }

    void setAddresses(long descriptorTable, long availableRing, long usedRing) {
        this.descriptorTable = descriptorTable;
        this.availableRing = availableRing;
        this.usedRing = usedRing;
    }

    /** Makes the queue live; the ring indices start at 0 (virtio 1.2, 2.7.6 and 2.7.8). */
    void setReady(boolean ready) {
        if (ready && !this.ready) {
            lastAvailableIndex = 0;
            usedIndex = 0;
            signalledUsedValid = false;
        }
        this.ready = ready;
    }

    public boolean isReady() {
        return ready;
    }

    /** Whether the size is a power of two within the maximum, as the spec demands (2.7). */
    boolean hasValidSize() {
        return size > 0 && size <= maxSize && Integer.bitCount(size) == 1;
    }

    /**
     * Writes the queue's fields; the transport opens the section ({@code virtioN.queueM}). The
     * rings themselves are guest RAM, saved with it.
     */
    @Override
    public void saveState(StateWriter out) {
        out.putInt("maxSize", maxSize);
        out.putInt("size", size);
        out.putLong("descriptorTable", descriptorTable);
        out.putLong("availableRing", availableRing);
        out.putLong("usedRing", usedRing);
        out.putBoolean("ready", ready);
        out.putInt("lastAvailableIndex", lastAvailableIndex);
        out.putInt("usedIndex", usedIndex);
        out.putInt("signalledUsed", signalledUsed);
        out.putBoolean("signalledUsedValid", signalledUsedValid);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        int max = in.getInt("maxSize");
        if (max != maxSize) {
            throw StateArrays.invalid("virtqueue", "maxSize", "is " + max + " but this queue holds at most " + maxSize);
        }
        int newSize = in.getInt("size");
        long descriptors = in.getLong("descriptorTable");
        long available = in.getLong("availableRing");
        long used = in.getLong("usedRing");
        boolean live = in.getBoolean("ready");
        int lastAvailable = ringIndex(in, "lastAvailableIndex");
        int nextUsed = ringIndex(in, "usedIndex");
        int signalled = ringIndex(in, "signalledUsed");
        boolean signalledValid = in.getBoolean("signalledUsedValid");
        if (live && !(newSize > 0 && newSize <= maxSize && Integer.bitCount(newSize) == 1)) {
            throw StateArrays.invalid("virtqueue", "size", "is " + newSize + ", not a valid size for a ready queue");
        }
        size = newSize;
        descriptorTable = descriptors;
        availableRing = available;
        usedRing = used;
        ready = live;
        lastAvailableIndex = lastAvailable;
        usedIndex = nextUsed;
        pushed = false;
        signalledUsed = signalled;
        signalledUsedValid = signalledValid;
    }

    /** Ring indices are free-running 16-bit counters (2.7.6, 2.7.8). */
    private static int ringIndex(StateReader in, String name) throws SnapshotException {
        int value = in.getInt(name);
        if ((value & ~0xFFFF) != 0) {
            throw StateArrays.invalid("virtqueue", name, "is " + value + ", not a 16-bit ring index");
        }
        return value;
    }

    /** The next request the driver made available, or {@code null} if there is none. */
    public DescriptorChain pop() {
        if (!ready) {
            return null;
        }
        int availableIndex = availableIndex();
        if (availableIndex == lastAvailableIndex) {
            publishAvailableEvent(); // notify me when the next buffer comes (QEMU re-enables notifications)
            return null;
        }
        if (((availableIndex - lastAvailableIndex) & 0xFFFF) > size) {
            throw new VirtqueueException("available ring index jumped by more than the queue size " + size);
        }
        int head = (int) memory.readLong(availableRing + 4 + 2L * (lastAvailableIndex % size), 2);
        lastAvailableIndex = (lastAvailableIndex + 1) & 0xFFFF;
        publishAvailableEvent();
        return walk(head);
    }

    private int availableIndex() {
        return (int) memory.readLong(availableRing + 2, 2);
    }

    /** With EVENT_IDX the device asks to be notified once the driver goes past what it took (2.7.10). */
    private void publishAvailableEvent() {
        if (eventIndex) {
            memory.writeLong(usedRing + 4 + 8L * size, 2, lastAvailableIndex);
        }
    }

    /** Returns request {@code chain} to the driver with {@code written} bytes written into it. */
    public void pushUsed(DescriptorChain chain, int written) {
        long element = usedRing + 4 + 8L * (usedIndex % size);
        memory.writeLong(element, 4, chain.head());
        memory.writeLong(element + 4, 4, written);
        usedIndex = (usedIndex + 1) & 0xFFFF;
        // The element must be visible before the index (2.7.8.2); our stores are in program order.
        memory.writeLong(usedRing + 2, 2, usedIndex);
        pushed = true;
    }

    /**
     * Whether the used buffers returned since the last call call for an interrupt, deciding as
     * QEMU 7.2's virtio_split_should_notify does: always when NOTIFY_ON_EMPTY was negotiated and
     * the driver ring is empty; else, without EVENT_IDX, unless the driver set NO_INTERRUPT
     * (2.7.7); with EVENT_IDX, when the used index went past the driver's used_event (2.7.10).
     */
    boolean takeInterrupt() {
        if (!pushed) {
            return false;
        }
        pushed = false;
        if (notifyOnEmpty && availableIndex() == lastAvailableIndex) {
            return true;
        }
        if (!eventIndex) {
            return (memory.readLong(availableRing, 2) & AVAIL_F_NO_INTERRUPT) == 0;
        }
        boolean valid = signalledUsedValid;
        int old = signalledUsed;
        signalledUsedValid = true;
        signalledUsed = usedIndex;
        int usedEvent = (int) memory.readLong(availableRing + 4 + 2L * size, 2);
        return !valid || needsEvent(usedEvent, usedIndex, old);
    }

    /** The spec's vring_need_event: did the index move from {@code old} to {@code now} past {@code event}? */
    static boolean needsEvent(int event, int now, int old) {
        return ((now - event - 1) & 0xFFFF) < ((now - old) & 0xFFFF);
    }

    private DescriptorChain walk(int head) {
        if (head >= size) {
            throw new VirtqueueException("descriptor index " + head + " out of range (queue size " + size + ")");
        }
        long[] readAddress = new long[4];
        int[] readLength = new int[4];
        long[] writeAddress = new long[4];
        int[] writeLength = new int[4];
        int reads = 0;
        int writes = 0;

        long table = descriptorTable;
        int tableSize = size;
        int index = head;
        boolean indirect = false;
        int visited = 0;
        while (true) {
            long descriptor = table + (long) DESCRIPTOR_SIZE * index;
            long address = memory.readLong(descriptor, 8);
            int length = (int) memory.readLong(descriptor + 8, 4);
            int flags = (int) memory.readLong(descriptor + 12, 2);
            int next = (int) memory.readLong(descriptor + 14, 2);
            if (length < 0) {
                throw new VirtqueueException("descriptor " + index + " has an implausible length of "
                        + Integer.toUnsignedString(length) + " bytes");
            }
            if (++visited > tableSize) {
                throw new VirtqueueException("descriptor chain starting at " + head + " loops");
            }
            if ((flags & DESC_F_INDIRECT) != 0) {
                // 2.7.5.3: an indirect table replaces the chain; it may not nest or be chained on.
                if (indirect || (flags & DESC_F_NEXT) != 0) {
                    throw new VirtqueueException("misplaced indirect descriptor in chain " + head);
                }
                if (length == 0 || length % DESCRIPTOR_SIZE != 0) {
                    throw new VirtqueueException("indirect table of " + Integer.toUnsignedString(length)
                            + " bytes is not a whole number of descriptors");
                }
                indirect = true;
                table = address;
                tableSize = Integer.divideUnsigned(length, DESCRIPTOR_SIZE);
                index = 0;
                visited = 0;
                continue;
            }
            if ((flags & DESC_F_WRITE) != 0) {
                if (writes == writeAddress.length) {
                    writeAddress = Arrays.copyOf(writeAddress, writes * 2);
                    writeLength = Arrays.copyOf(writeLength, writes * 2);
                }
                writeAddress[writes] = address;
                writeLength[writes++] = length;
            } else {
                if (writes > 0) {
                    throw new VirtqueueException("readable descriptor after a writable one in chain " + head);
                }
                if (reads == readAddress.length) {
                    readAddress = Arrays.copyOf(readAddress, reads * 2);
                    readLength = Arrays.copyOf(readLength, reads * 2);
                }
                readAddress[reads] = address;
                readLength[reads++] = length;
            }
            if ((flags & DESC_F_NEXT) == 0) {
                break;
            }
            if (next >= tableSize) {
                throw new VirtqueueException("descriptor index " + next + " out of range in chain " + head);
            }
            index = next;
        }
        return new DescriptorChain(memory, head, readAddress, readLength, reads, writeAddress, writeLength, writes);
    }
}
