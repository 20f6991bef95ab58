package io.guestlab.emulator.devices;

/**
 * The devices' logger, looked up when a device first has something to say: finding a
 * {@link System.Logger} loads the JDK's logging (tens of milliseconds at start-up) that a run
 * whose devices never complain does not need.
 */
final class DeviceLog {

    private DeviceLog() {
    }

    static System.Logger get() {
        return Holder.LOG;
    }

    /** Initialized on first use of {@link #get()} (the JVM's lazy class initialization). */
    private static final class Holder {
        static final System.Logger LOG = System.getLogger("io.guestlab.emulator.devices");
    }
}
