package io.guestlab.emulator.board;

import io.guestlab.emulator.devices.HostTime;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The host's clock as a recording saw it ({@link RecordingHostTime}): at the step of each logged
 * reading the time becomes the logged value, and stays there until the next one. The run loop
 * does not sleep, so a replay runs as fast as the machine can. A logged reading at a step this
 * run never read the clock at means the run has gone another way: that divergence is reported
 * once, and time stays where it was.
 */
final class ReplayedHostTime implements HostTime {

    private final List<InputLog.ClockReading> readings;
    private final LongSupplier position;
    private final Consumer<String> divergence;
    private int next;
    private boolean read;
    private long readStep;
    private long value;
    private boolean diverged;

    /** @param divergence told, once, what went differently from the recording */
    ReplayedHostTime(List<InputLog.ClockReading> readings, LongSupplier position, Consumer<String> divergence) {
        this.readings = List.copyOf(readings);
        this.position = position;
        this.divergence = divergence;
    }

    @Override
    public long ticks() {
        long step = position.getAsLong();
        if ((read && step == readStep) || diverged) {
            return value;
        }
        read = true;
        readStep = step;
        if (next < readings.size() && readings.get(next).step() < step) {
            diverge("the recording read the host clock at step " + readings.get(next).step()
                    + ", this run did not (its next reading is at step " + step + ")");
        } else if (next < readings.size() && readings.get(next).step() == step) {
            value = readings.get(next++).ticks();
        } else if (next == 0) {
            diverge("the recording has no host clock reading for step " + step
                    + (readings.isEmpty() ? " (it was made with virtual time: replay it without --time host)" : ""));
        }
        return value;
    }

    private void diverge(String what) {
        diverged = true;
        divergence.accept(what);
    }

    /** Time passes by the recording alone: nothing to wait for. */
    @Override
    public void idle(long ticks) {
    }
}
