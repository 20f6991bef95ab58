package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * Deterministic time: advances only with retired instructions (and with explicit skips when every
 * hart waits in {@code wfi}), so the same guest with the same input sees the same times on every
 * host. Driven by the run loop on the machine thread.
 */
public final class VirtualClock implements TimeSource, Stateful {

    private final long instructionsPerTick;
    private long ticks;
    private long pendingInstructions;

    /**
     * @param instructionsPerTick instructions that make up one 100 ns tick; 10 models a
     *                            100 MIPS hart against the 10 MHz timebase
     */
    public VirtualClock(long instructionsPerTick) {
        if (instructionsPerTick <= 0) {
            throw new IllegalArgumentException("instructions per tick must be positive, got " + instructionsPerTick);
        }
        this.instructionsPerTick = instructionsPerTick;
    }

    @Override
    public long ticks() {
        return ticks;
    }

    /** Accounts for {@code instructions} retired by the harts since the last call. */
    public void retire(long instructions) {
        if (instructions < 0) {
            throw new IllegalArgumentException("negative instruction count " + instructions);
        }
        pendingInstructions += instructions;
        if (pendingInstructions >= instructionsPerTick) {
            ticks += pendingInstructions / instructionsPerTick;
            pendingInstructions %= instructionsPerTick;
        }
    }

    /** Jumps forward to {@code tick} (for idle harts); does nothing if that is not in the future. */
    public void skipTo(long tick) {
        if (tick > ticks) {
            ticks = tick;
            pendingInstructions = 0;
        }
    }

    public long instructionsPerTick() {
        return instructionsPerTick;
    }

    /** The rate is configuration, written only so that a state from a differently clocked machine is refused. */
    @Override
    public void saveState(StateWriter out) {
        out.section("clock");
        out.putLong("instructionsPerTick", instructionsPerTick);
        out.putLong("ticks", ticks);
        out.putLong("pendingInstructions", pendingInstructions);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("clock");
        long rate = in.getLong("instructionsPerTick");
        if (rate != instructionsPerTick) {
            throw StateArrays.invalid("clock", "instructionsPerTick", "is " + rate + " but this machine's clock counts "
                    + instructionsPerTick + " instructions per tick");
        }
        long newTicks = in.getLong("ticks");
        long pending = in.getLong("pendingInstructions");
        if (newTicks < 0) {
            throw StateArrays.invalid("clock", "ticks", "is negative (" + newTicks + ")");
        }
        if (pending < 0 || pending >= instructionsPerTick) {
            throw StateArrays.invalid("clock", "pendingInstructions", "is " + pending + ", outside 0.."
                    + (instructionsPerTick - 1));
        }
        ticks = newTicks;
        pendingInstructions = pending;
    }
}
