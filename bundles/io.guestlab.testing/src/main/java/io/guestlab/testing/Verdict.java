package io.guestlab.testing;

import java.util.Locale;

/** What one test came to. */
public enum Verdict {
    /** The guest reported success through the suite's result protocol. */
    PASS,
    /** The guest reported a failure, trapped, or printed a fail pattern. */
    FAIL,
    /** The machine could not run the test: a bad image, an engine fault, a case a crash never reached. */
    ERROR,
    /** The guest (TAP / KTAP {@code # SKIP}) said the test does not apply. */
    SKIP,
    /** A limit ended the test: instructions, wall time, or a hang (every hart waits, nothing can wake one). */
    TIMEOUT;

    /** Whether this verdict makes a run fail (exit code, CI status). */
    public boolean isFailure() {
        return this == FAIL || this == ERROR || this == TIMEOUT;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
