package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.BusErrorException;
import io.guestlab.emulator.bus.PhysicalMemory;

/** Guest RAM for device tests: a byte array at a base address; anything else is a bus error. */
final class ByteArrayMemory implements PhysicalMemory {

    final long base;
    final byte[] bytes;

    ByteArrayMemory(long base, int size) {
        this.base = base;
        this.bytes = new byte[size];
    }

    private int index(long address, int length) {
        if (address < base || address + length > base + bytes.length || length < 0) {
            throw new BusErrorException(address);
        }
        return (int) (address - base);
    }

    @Override
    public void read(long address, byte[] destination, int offset, int length) {
        System.arraycopy(bytes, index(address, length), destination, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        System.arraycopy(source, offset, bytes, index(address, length), length);
    }

    @Override
    public long readLong(long address, int size) {
        int at = index(address, size);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[at + i] & 0xFF);
        }
        return value;
    }

    @Override
    public void writeLong(long address, int size, long value) {
        int at = index(address, size);
        for (int i = 0; i < size; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
