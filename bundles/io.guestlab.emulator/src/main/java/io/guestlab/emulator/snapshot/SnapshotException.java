package io.guestlab.emulator.snapshot;

/**
 * A snapshot that cannot be used: a file from another format version, corrupted or truncated, a
 * machine state that does not fit the machine it is restored into. The message says which file
 * or field and why, for the user.
 */
public final class SnapshotException extends Exception {

    private static final long serialVersionUID = 1L;

    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
