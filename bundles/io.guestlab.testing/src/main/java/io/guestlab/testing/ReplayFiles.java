package io.guestlab.testing;

import io.guestlab.testing.internal.Replays;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files that replay a failed test, in the results folder of its run: the snapshot its
 * machine started from (its own, or the ready machine's a fork started from) and the recording
 * of its inputs. What {@code guestlab run --load-snapshot S --replay R} and the IDE's "Debug this
 * test" take.
 */
public record ReplayFiles(Path snapshot, Path inputs) {

    /** The replay files of {@code run} in {@code results}, or null when it has none (it passed, or could not be recorded). */
    public static ReplayFiles of(Path results, TestRun run) {
        String base = Replays.fileName(run.index(), run.test());
        Path inputs = results.resolve(base + ".replay");
        Path own = results.resolve(base + ".snap");
        Path snapshot = Files.isRegularFile(own) ? own : results.resolve(Replays.READY_SNAPSHOT);
        return Files.isRegularFile(inputs) && Files.isRegularFile(snapshot) ? new ReplayFiles(snapshot, inputs) : null;
    }

    /** The transcript of {@code run} in {@code results} (every test has one). */
    public static Path transcript(Path results, TestRun run) {
        return results.resolve(Replays.fileName(run.index(), run.test()) + ".log");
    }
}
