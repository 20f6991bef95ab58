package io.guestlab.debug.core.launching;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.emulator.board.InputLog;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A launch that replays a recorded run instead of booting ({@link LaunchAttributes#REPLAY_SNAPSHOT},
 * {@link LaunchAttributes#REPLAY_FILE}, {@link LaunchAttributes#STOP_AT_STEP}): what "Debug this
 * test" launches on a failed guest test's replay files, as {@code guestlab run --load-snapshot S
 * --replay R --stop-at-step N} does on the command line.
 *
 * @param snapshot   the machine's start state
 * @param inputs     the recorded inputs, or null for none (the run needs no input)
 * @param stopAtStep where a debug launch stops first, or -1 to stop as the Debugger tab says
 */
public record ReplaySetup(Path snapshot, Path inputs, long stopAtStep) {

    /** The replay the attributes describe, or null when they name no snapshot. */
    static ReplaySetup read(Map<String, Object> attributes, UnaryOperator<String> expand) throws LaunchProblem {
        String snapshot = text(attributes, LaunchAttributes.REPLAY_SNAPSHOT);
        String inputs = text(attributes, LaunchAttributes.REPLAY_FILE);
        String step = text(attributes, LaunchAttributes.STOP_AT_STEP);
        if (snapshot.isEmpty()) {
            if (!inputs.isEmpty() || !step.isEmpty()) {
                throw new LaunchProblem("Replay: a recording or a stop step needs the snapshot it starts from");
            }
            return null;
        }
        long stop = -1;
        if (!step.isEmpty()) {
            try {
                stop = Long.parseLong(step);
            } catch (NumberFormatException e) {
                stop = -1;
            }
            if (stop < 0) {
                throw new LaunchProblem("Stop at step: '" + step + "' is not a step count (0 or more)");
            }
        }
        return new ReplaySetup(existing("Replay snapshot", expand.apply(snapshot)),
                inputs.isEmpty() ? null : existing("Replay recording", expand.apply(inputs)), stop);
    }

    private static String text(Map<String, Object> attributes, String key) {
        Object v = attributes.get(key);
        return v == null ? "" : v.toString().trim();
    }

    private static Path existing(String field, String file) throws LaunchProblem {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new LaunchProblem(field + ": " + file + " does not exist or is not a file");
        }
        return p.toAbsolutePath();
    }

    /** The machine in the snapshot's state, its recorded inputs queued; one sentence naming the file if not. */
    public VirtBoard open(ByteSink console) throws LaunchProblem {
        InputLog log = null;
        if (inputs != null) {
            try {
                log = InputLog.read(inputs);
            } catch (IOException | RuntimeException e) {
                throw new LaunchProblem("Replay recording: " + inputs + ": " + e.getMessage());
            }
        }
        VirtBoard board;
        try {
            board = VirtBoard.fromSnapshot(SnapshotFile.load(snapshot), console);
        } catch (SnapshotException | IOException e) {
            throw new LaunchProblem("Replay snapshot: " + snapshot + ": " + e.getMessage());
        }
        if (log != null) {
            String start = board.stateHash();
            if (!start.equals(log.startHash())) {
                try {
                    board.close();
                } catch (IOException e) {
                    // the launch fails either way
                }
                throw new LaunchProblem("Replay recording: " + inputs + " was recorded from another start state than "
                        + snapshot);
            }
            board.replayInput(log.inputs());
        }
        return board;
    }
}
