package io.guestlab.emulator.fpu;

/**
 * The accrued exception flags an operation ORs into; one per hart, mirrored into {@code fflags}.
 * Operations only ever set bits (IEEE 754-2019 §7: flags are sticky); clearing is the hart's job.
 */
public final class FloatStatus {
    /** Accrued flags, a combination of the {@link FFlags} bits. */
    public int flags;

    @Override
    public String toString() {
        return "FloatStatus[" + FFlags.describe(flags) + "]";
    }
}
