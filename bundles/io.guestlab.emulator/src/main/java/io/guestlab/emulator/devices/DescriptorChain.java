package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.PhysicalMemory;

/**
 * One request taken from a split virtqueue (virtio 1.2, 2.7.5): its device-readable buffers and
 * its device-writable buffers, each seen as one contiguous byte stream scattered over guest memory.
 */
public final class DescriptorChain {

    private final PhysicalMemory memory;
    private final int head;
    private final long[] readAddress;
    private final int[] readLength;
    private final int readCount;
    private final long[] writeAddress;
    private final int[] writeLength;
    private final int writeCount;

    DescriptorChain(PhysicalMemory memory, int head, long[] readAddress, int[] readLength, int readCount,
                    long[] writeAddress, int[] writeLength, int writeCount) {
        this.memory = memory;
        this.head = head;
        this.readAddress = readAddress;
        this.readLength = readLength;
        this.readCount = readCount;
        this.writeAddress = writeAddress;
        this.writeLength = writeLength;
        this.writeCount = writeCount;
    }

    /** Index of the chain's first descriptor: the id returned in the used ring. */
    public int head() {
        return head;
    }

    public long readableLength() {
        return total(readLength, readCount);
    }

    public long writableLength() {
        return total(writeLength, writeCount);
    }

    /** Number of descriptors in the chain (after following an indirect table). */
    public int segmentCount() {
        return readCount + writeCount;
    }

    /** Number of device-readable descriptors. */
    public int readableSegments() {
        return readCount;
    }

    /** Number of device-writable descriptors. */
    public int writableSegments() {
        return writeCount;
    }

    /** Where writable descriptor {@code segment} (0-based) starts in the writable stream. */
    public long writableSegmentPosition(int segment) {
        return total(writeLength, segment);
    }

    /** Copies {@code length} bytes from position {@code position} of the readable stream. */
    public void read(long position, byte[] destination, int offset, int length) {
        copy(readAddress, readLength, readCount, position, destination, offset, length, false);
    }

    /** Copies {@code length} bytes into the writable stream at {@code position}. */
    public void write(long position, byte[] source, int offset, int length) {
        copy(writeAddress, writeLength, writeCount, position, source, offset, length, true);
    }

    private void copy(long[] address, int[] length, int count, long position,
                      byte[] buffer, int offset, int remaining, boolean toGuest) {
        if (position < 0 || position + remaining > total(length, count)) {
            throw new IndexOutOfBoundsException("request of " + remaining + " bytes at " + position
                    + " exceeds the chain's " + (toGuest ? "writable" : "readable") + " buffers");
        }
        long skip = position;
        for (int i = 0; i < count && remaining > 0; i++) {
            if (skip >= length[i]) {
                skip -= length[i];
                continue;
            }
            int n = (int) Math.min(remaining, length[i] - skip);
            if (toGuest) {
                memory.write(address[i] + skip, buffer, offset, n);
            } else {
                memory.read(address[i] + skip, buffer, offset, n);
            }
            skip = 0;
            offset += n;
            remaining -= n;
        }
    }

    private static long total(int[] length, int count) {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += length[i] & 0xFFFF_FFFFL;
        }
        return sum;
    }
}
