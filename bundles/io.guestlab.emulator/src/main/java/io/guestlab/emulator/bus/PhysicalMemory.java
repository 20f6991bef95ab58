package io.guestlab.emulator.bus;

/**
 * Guest physical memory as a bus master (a DMA-capable device such as virtio) sees it.
 * Accesses outside RAM throw {@link BusErrorException}; devices turn that into a device error
 * status for the guest, never into a host crash.
 */
public interface PhysicalMemory {

    void read(long address, byte[] destination, int offset, int length);

    void write(long address, byte[] source, int offset, int length);

    long readLong(long address, int size);

    void writeLong(long address, int size, long value);
}
