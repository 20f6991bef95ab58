package io.guestlab.emulator.devices;

/**
 * A guest's request to stop the machine, e.g. through the SiFive test device.
 *
 * @param kind     what the guest asked for
 * @param exitCode the guest's exit status: 0 for power-off, the reported code for a failure
 */
public record MachineStop(Kind kind, int exitCode) {

    public enum Kind {
        /** Normal power-off; {@code guestlab run} exits 0. */
        POWER_OFF,
        /** Reset the machine and start over. */
        REBOOT,
        /** The guest reported a failure with an exit code. */
        FAIL
    }
}
