package io.guestlab.emulator.devices;

/**
 * A device whose interrupt depends on time (CLINT timers, RTC alarm). The run loop calls
 * {@link #timeAdvanced()} after it moves time past {@link #nextDeadline()}, and on {@code wfi}
 * skips virtual time straight to the earliest deadline of all such devices.
 */
public interface TimedDevice {

    /** Value returned by {@link #nextDeadline()} when no event is armed. */
    long NO_DEADLINE = Long.MAX_VALUE;

    /** The earliest tick at which this device's interrupt state will change, or {@link #NO_DEADLINE}. */
    long nextDeadline();

    /** Re-evaluates time-dependent interrupt lines against the current time. */
    void timeAdvanced();
}
