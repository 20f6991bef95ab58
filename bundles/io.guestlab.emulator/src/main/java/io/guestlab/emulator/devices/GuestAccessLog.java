package io.guestlab.emulator.devices;

import java.lang.System.Logger.Level;

/**
 * Reports guest accesses a device does not implement: once per device, so that a guest probing
 * or hammering an unknown register cannot flood the log. The access itself is always harmless
 * (reads return 0, writes are dropped).
 */
final class GuestAccessLog {

    private final String device;
    private boolean reported;

    GuestAccessLog(String device) {
        this.device = device;
    }

    void unimplemented(String kind, long offset, int size) {
        if (!reported) {
            reported = true;
            DeviceLog.get().log(Level.DEBUG, () -> String.format(
                    "%s: guest %s of %d bytes at unimplemented offset 0x%x ignored (reported once)",
                    device, kind, size, offset));
        }
    }
}
