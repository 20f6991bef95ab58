package io.guestlab.emulator.bus;

/**
 * Told about stores to RAM lines that someone asked to observe ({@link Bus#observe}: code that
 * was decoded, a reserved LR/SC granule, the HTIF {@code tohost} word). Stores elsewhere are not
 * reported: that is what keeps ordinary stores on the fast path. DMA writes are always reported.
 */
public interface StoreObserver {

    /** {@code size} bytes at physical {@code address} were written by hart {@code hartId} (-1 for DMA or a debugger). */
    void stored(long address, int size, int hartId);
}
