package io.guestlab.emulator.history;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineSnapshot;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.util.function.Consumer;

/**
 * How a debugger freezes the machine it serves and puts it back: what {@link History}'s reverse
 * execution, reset and named snapshots stand on. A bare {@link Machine} uses {@link
 * #of(Machine)}; a board uses {@link #of(VirtBoard, Consumer)}, whose snapshots hold its
 * devices and disks too.
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

    /**
     * The whole board's snapshots (devices and disks too); {@code replaying} hears
     * {@link #replaying(boolean)} (a console keeps quiet while the board re-executes). A board
     * whose runs do not repeat ({@link VirtBoard#nonRepeatableReason}: host time, a semihosting
     * shared folder) refuses; so does one that cannot be snapshotted (persistent drives, a
     * semihosting host file held open), saying why.
     */
    static CheckpointProvider<BoardSnapshot> of(VirtBoard board, Consumer<Boolean> replaying) {
        return new CheckpointProvider<>() {
            @Override
            public BoardSnapshot take() throws SnapshotException {
                String reason = board.nonRepeatableReason();
                if (reason != null) {
                    throw new SnapshotException(reason);
                }
                return board.snapshot();
            }

            @Override
            public void restore(BoardSnapshot checkpoint) throws SnapshotException {
                board.restore(checkpoint);
            }

            @Override
            public void replaying(boolean on) {
                replaying.accept(on);
            }
        };
    }
}
