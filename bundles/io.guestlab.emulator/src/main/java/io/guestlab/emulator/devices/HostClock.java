package io.guestlab.emulator.devices;

import io.guestlab.emulator.board.VirtMemoryMap;

/** Wall-clock time for interactive use: the timebase follows the host's monotonic clock. */
public final class HostClock implements HostTime {

    private static final long NANOS_PER_TICK = 1_000_000_000L / VirtMemoryMap.TIMEBASE_HZ;
    private static final long TICKS_PER_MILLISECOND = VirtMemoryMap.TIMEBASE_HZ / 1000;

    private final long startNanos = System.nanoTime();

    @Override
    public long ticks() {
        return (System.nanoTime() - startNanos) / NANOS_PER_TICK;
    }

    /** Sleeps; at least a millisecond, the granularity of the host's sleep. */
    @Override
    public void idle(long ticks) throws InterruptedException {
        Thread.sleep(Math.max(ticks / TICKS_PER_MILLISECOND, 1));
    }
}
