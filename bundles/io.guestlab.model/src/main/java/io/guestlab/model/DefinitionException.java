package io.guestlab.model;

import java.nio.file.Path;

/**
 * A definition file that cannot be read or written. The message is complete and meant for the
 * user as is: it names the file and, when known, the line ("board.machine:12: unknown attribute
 * 'hartz' on Machine").
 */
public final class DefinitionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public DefinitionException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file that has the problem. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when it is not tied to a line. */
    public int line() {
        return line;
    }
}
