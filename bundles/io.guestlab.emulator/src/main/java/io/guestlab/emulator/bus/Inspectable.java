package io.guestlab.emulator.bus;

/**
 * A device whose registers a debugger may read without the side effects a guest's read has
 * (popping a receive FIFO, clearing a pending interrupt or error bit, claiming an interrupt).
 */
public interface Inspectable {

    /** What a read of {@code size} bytes at {@code offset} would return now, changing nothing. */
    long peek(long offset, int size);
}
