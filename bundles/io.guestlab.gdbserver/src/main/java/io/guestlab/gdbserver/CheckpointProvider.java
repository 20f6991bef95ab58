package io.guestlab.gdbserver;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineSnapshot;
import io.guestlab.emulator.snapshot.SnapshotException;

/**
 * How the server freezes the machine it serves and puts it back: what reverse execution, {@code
 * monitor reset} and {@code monitor snapshot} stand on. A bare {@link Machine} uses {@link
 * #of(Machine)}; a board passes its own snapshots, which hold its devices and disks too.
 * Called on the thread that runs the machine, between runs.
 *
 * @param <S> the checkpoint type
 */
public interface CheckpointProvider<S> {

    /** Freezes the machine as it is now (cheap: RAM is shared copy-on-write). */
    S take() throws SnapshotException;

    /** Puts the machine back in the state of {@code checkpoint}, taken by {@link #take()}. */
    void restore(S checkpoint) throws SnapshotException;

    /**
     * Told true while the machine re-executes a stretch it ran before (to go back in time), false
     * once it runs into new ground: what the guest prints while replaying was printed already.
     */
    default void replaying(boolean replaying) {
    }

    /** The checkpoints of a bare machine (harts, CLINT, RAM). */
    static CheckpointProvider<MachineSnapshot> of(Machine machine) {
        return new CheckpointProvider<>() {
            @Override
            public MachineSnapshot take() {
                return machine.snapshot();
            }

            @Override
            public void restore(MachineSnapshot checkpoint) throws SnapshotException {
                machine.restore(checkpoint);
            }
        };
    }
}
