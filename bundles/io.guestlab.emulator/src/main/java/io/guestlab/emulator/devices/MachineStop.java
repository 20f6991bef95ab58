package io.guestlab.emulator.devices;

/**
 * A guest's request to stop the machine, e.g. through the SiFive test device.
 *
 * @param kind     what the guest asked for
 * @param exitCode the guest's exit status: 0 for power-off, the reported code for a failure
 * @param channel  the host interface the request came through (a test runner may insist on one)
 */
public record MachineStop(Kind kind, int exitCode, Channel channel) {

    /** A request through the syscon / test device, the board's own power-off path. */
    public MachineStop(Kind kind, int exitCode) {
        this(kind, exitCode, Channel.SYSCON);
    }

    public enum Kind {
        /** Normal power-off; {@code guestlab run} exits 0. */
        POWER_OFF,
        /** Reset the machine and start over. */
        REBOOT,
        /** The guest reported a failure with an exit code. */
        FAIL
    }

    /** Where an exit request came from. */
    public enum Channel {
        /** The SiFive test device (QEMU's syscon "test" at 0x100000). */
        SYSCON,
        /** HTIF's {@code tohost} (riscv-tests, Spike). */
        HTIF,
        /** Semihosting SYS_EXIT / SYS_EXIT_EXTENDED. */
        SEMIHOSTING
    }
}
