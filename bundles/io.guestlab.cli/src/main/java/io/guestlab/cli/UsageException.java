package io.guestlab.cli;

/** Bad command-line input: its message is printed as one line, then the process exits with 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
