package io.guestlab.testing.ui.session;

import io.guestlab.testing.TestRun;

import java.time.Duration;

/** Hears a {@link TestSession}: from the runner's threads, one call at a time, in order. */
public interface TestSessionListener {

    /** {@code total} tests will run. */
    void started(int total);

    /** The test named {@code test} starts on its machine. */
    void starting(String test);

    /** A test ended. */
    void finished(TestRun run);

    /**
     * The run ended: every test finished, it was cancelled ({@code cancelled}: what finished
     * before was reported), or it could not run ({@code failure}, else null).
     */
    void ended(Duration duration, boolean cancelled, String failure);
}
