package io.guestlab.ide.build;

import java.nio.file.Path;

/**
 * One problem a build printed: where (a source file, 1-based line and column, 0 when unknown; no
 * file when the tool named none, as for {@code ld: cannot find -lc}) and what.
 */
public record CompilerMessage(Path file, int line, int column, Severity severity, String text) {

    public enum Severity {
        ERROR, WARNING, INFO
    }
}
