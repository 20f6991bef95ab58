package io.guestlab.emulator.snapshot;

/**
 * A part of a machine whose state a snapshot holds: harts, devices, the scheduler. {@link
 * #saveState} writes every field that influences what the guest sees next, in a fixed order;
 * {@link #restoreState} reads them back in the same order into an object built from the same
 * configuration. Host-side connections (files, terminals, listeners) are configuration, not state.
 */
public interface Stateful {

    void saveState(StateWriter out);

    void restoreState(StateReader in) throws SnapshotException;
}
