package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.HostTime;

import java.util.function.LongSupplier;

/**
 * The host's clock while a run is recorded. It is read once per machine step (the run loop's
 * position, which moves a hart's quantum at a time), so the guest sees host time advance in
 * steps of a quantum, and every reading that differs from the one before is logged with its
 * step: Linux reads the time thousands of times per quantum, the log gets one line.
 */
final class RecordingHostTime implements HostTime {

    /** Told each new reading: the step it was taken at and the ticks. */
    interface Listener {
        void reading(long step, long ticks);
    }

    private final HostTime host;
    private final LongSupplier position;
    private final Listener listener;
    private boolean sampled;
    private long sampledStep;
    private long value;

    RecordingHostTime(HostTime host, LongSupplier position, Listener listener) {
        this.host = host;
        this.position = position;
        this.listener = listener;
    }

    @Override
    public long ticks() {
        long step = position.getAsLong();
        if (sampled && step == sampledStep) {
            return value;
        }
        long now = Math.max(host.ticks(), value); // never backwards, whatever the host does
        if (!sampled || now != value) {
            listener.reading(step, now);
        }
        sampled = true;
        sampledStep = step;
        value = now;
        return now;
    }

    @Override
    public void idle(long ticks) throws InterruptedException {
        host.idle(ticks);
    }
}
