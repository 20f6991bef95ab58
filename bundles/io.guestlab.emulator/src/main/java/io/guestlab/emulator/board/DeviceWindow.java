package io.guestlab.emulator.board;

import io.guestlab.emulator.bus.Device;

/** A device and the physical address range it answers, for registration on the bus. */
public record DeviceWindow(long base, long size, Device device) {

    public boolean contains(long address) {
        return Long.compareUnsigned(address - base, size) < 0;
    }
}
