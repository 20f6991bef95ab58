package io.guestlab.emulator.semihosting;

/**
 * Where a replay's semihosting host answers come from: the recorded {@link HostAnswer}s, in the
 * order the recorded run received them. The source knows the run's position and checks that
 * each answer is asked for where it was recorded.
 */
public interface HostAnswers {

    /**
     * The next recorded answer, which must be to {@code call}; null when the recording has no
     * such answer here: the run has diverged from the recording, and the source has reported it
     * (the guest's request then fails with EIO).
     */
    HostAnswer next(String call);

    /** The guest's request does not fit the recorded answer ({@code what} says how): report a divergence. */
    void diverged(String what);
}
