package io.guestlab.emulator.devices;

import io.guestlab.emulator.board.VirtMemoryMap;

/** Wall-clock time for interactive use: the timebase follows the host's monotonic clock. */
public final class HostClock implements TimeSource {

    private static final long NANOS_PER_TICK = 1_000_000_000L / VirtMemoryMap.TIMEBASE_HZ;

    private final long startNanos = System.nanoTime();

    @Override
    public long ticks() {
        return (System.nanoTime() - startNanos) / NANOS_PER_TICK;
    }
}
