package io.guestlab.emulator.devices;

/**
 * The machine's notion of time, in ticks of the 10 MHz timebase ({@code mtime}).
 * Devices read time only through this, so that a run in virtual time is deterministic.
 */
public interface TimeSource {

    /** Ticks since the machine started; never decreases. */
    long ticks();
}
