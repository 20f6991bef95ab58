package io.guestlab.emulator.devices;

/**
 * Time that follows the host rather than the guest's instructions: the host's clock itself, or
 * a recording of the readings it gave, being replayed. The run loop lets it pass when every hart
 * waits for an interrupt.
 */
public interface HostTime extends TimeSource {

    /**
     * Every hart waits for an interrupt that is due in {@code ticks}: let about that much host
     * time pass. A replay returns at once, as its next readings come from the recording.
     */
    void idle(long ticks) throws InterruptedException;
}
