package io.guestlab.testing;

/** Hears a run as it goes; called from the runner's threads, one call at a time. */
public interface RunListener {

    /** The ready machine is booting (ready-phase suites only). */
    default void bootingReadyMachine(ReadyPoint ready) {
    }

    /** {@code total} tests are about to run. */
    default void started(int total) {
    }

    /** A test's machine starts ({@code test}: its name for this repetition); {@link #finished} follows unless the run is cancelled. */
    default void starting(String test) {
    }

    /** A test finished. */
    default void finished(TestRun run) {
    }

    /** Listens to nothing. */
    RunListener NONE = new RunListener() {
    };
}
