package io.guestlab.debug.core.launching;

/** A launch configuration that cannot be launched: the message is one sentence naming the field. */
public final class LaunchProblem extends Exception {

    private static final long serialVersionUID = 1L;

    public LaunchProblem(String message) {
        super(message);
    }
}
