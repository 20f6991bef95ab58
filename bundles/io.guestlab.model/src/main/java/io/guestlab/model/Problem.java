package io.guestlab.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One finding of {@link Definitions#validate}: which file, which element, what is wrong and how to
 * fix it.
 *
 * @param severity whether the definition can still be used
 * @param file the definition file holding the element, or null for a model never saved
 * @param element the element in the user's words, e.g. {@code machine 'hello'} or {@code disk ./root.img}
 * @param message what is wrong and the fix, e.g. {@code harts must be 1..8, got 12}
 */
public record Problem(Severity severity, Path file, String element, String message) {

    public enum Severity {
        /** The definition cannot be run as it is. */
        ERROR,
        /** The definition runs, but probably not as meant. */
        WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file: severity: element: message}, the form compilers use, so editors can link it. */
    @Override
    public String toString() {
        return (file != null ? file + ": " : "") + severity + ": " + element + ": " + message;
    }
}
