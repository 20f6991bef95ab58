package io.guestlab.emulator.bus;

/**
 * A memory-mapped device: the one interface every peripheral on the bus implements.
 * Offsets are relative to the device's base address; {@code size} is 1, 2, 4 or 8 bytes and
 * values are little endian, zero-extended to 64 bits on read.
 */
public interface Device {

    /** Reads {@code size} bytes at {@code offset}. Unimplemented registers read as zero. */
    long read(long offset, int size);

    /** Writes the low {@code size} bytes of {@code value} at {@code offset}. */
    void write(long offset, int size, long value);

    /** A short name used in error messages, the device tree and {@code info devices}. */
    String name();
}
