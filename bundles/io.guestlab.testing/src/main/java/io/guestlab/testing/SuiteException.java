package io.guestlab.testing;

/**
 * A suite that cannot run as written. The message is for the user as it is: one line per
 * problem, each naming the file and the element.
 */
public final class SuiteException extends Exception {
    private static final long serialVersionUID = 1L;

    public SuiteException(String message) {
        super(message);
    }
}
