package io.guestlab.testing.internal;

import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.InputLogWriter;
import io.guestlab.emulator.board.SnapshotFile;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of {@code --results DIR}: every test's transcript, and for a failed test a replay
 * (its start snapshot plus the console input recorded at the steps it came) with the command
 * lines that repeat the run, alone or under the GDB server.
 */
public final class Replays {

    /** The ready machine's snapshot file in the results folder. */
    public static final String READY_SNAPSHOT = "ready.snap";

    private final Path folder;

    public Replays(Path folder) throws IOException {
        this.folder = folder;
        Files.createDirectories(folder);
    }

    /** A file name for test {@code index} named {@code name}: sortable, and safe on every file system. */
    public static String fileName(int index, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return String.format("%04d-%s", index, safe.length() > 60 ? safe.substring(0, 60) : safe);
    }

    public void transcript(String base, String text) throws IOException {
        Files.writeString(folder.resolve(base + ".log"), text, StandardCharsets.UTF_8);
    }

    /** The ready machine's snapshot, saved once and shared by the replays of its forks. */
    public Path saveReady(BoardSnapshot ready) throws IOException, SnapshotException {
        Path file = folder.resolve(READY_SNAPSHOT);
        SnapshotFile.save(ready, file);
        return file;
    }

    /** Recording of one test: start it before the test's input is typed. */
    public final class Recording {
        private final String base;
        private final InputLogWriter writer;
        private final BoardSnapshot start; // null when the start is the saved ready snapshot
        private final Path startFile;

        private Recording(String base, InputLogWriter writer, BoardSnapshot start, Path startFile) {
            this.base = base;
            this.writer = writer;
            this.start = start;
            this.startFile = startFile;
        }

        /**
         * After the run. For a failure: writes the snapshot and the recording's end and returns the
         * command lines; otherwise deletes the recording and returns "".
         */
        public String finish(VirtBoard board, boolean failed, long failStep) throws IOException, SnapshotException {
            Path log = folder.resolve(base + ".replay");
            if (!failed) {
                writer.close();
                Files.deleteIfExists(log);
                return "";
            }
            writer.end(board.machine().steps(), board.stateHash());
            writer.close();
            if (writer.error() != null) {
                throw writer.error();
            }
            Path snap = startFile;
            if (start != null) {
                snap = folder.resolve(base + ".snap");
                SnapshotFile.save(start, snap);
            }
            String run = "guestlab run --load-snapshot " + snap + " --replay " + log;
            String text = "replay:  " + run + " --stats\n"
                    + "debug:   " + run + " --stop-at-step " + failStep + " --gdb tcp::1234\n"
                    + "         (stopped at the failure, step " + failStep + "; the recording ends at step "
                    + board.machine().steps() + ")\n";
            Files.writeString(folder.resolve(base + ".replay.txt"), text, StandardCharsets.UTF_8);
            return text;
        }
    }

    /**
     * Starts recording a test's board. {@code readySnapshot} is the saved ready snapshot the
     * board was forked from, or null for a fresh board (whose start state is snapshotted now).
     *
     * @throws SnapshotException the board cannot be snapshotted (a persistent disk, a semihosting host file held open)
     */
    public Recording record(String base, VirtBoard board, Path readySnapshot) throws IOException, SnapshotException {
        BoardSnapshot start = readySnapshot == null ? board.snapshot() : null;
        InputLogWriter writer = InputLogWriter.create(folder.resolve(base + ".replay"), board.stateHash());
        board.recordInput(writer);
        return new Recording(base, writer, start, readySnapshot);
    }
}
