package io.guestlab.ide.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a build's output line by line, as GCC, GNU as, GNU ld and GNU make print it with
 * {@code LC_ALL=C}, and recognizes the problems in it: {@code file:line:col: error: ...} (GCC),
 * {@code file:line: Error: ...} (as), {@code file:line: undefined reference to `f'} after
 * {@code ld: x.o: in function `main':} (ld, which names the function on its own line), and
 * {@code Makefile:3: *** missing separator.  Stop.} (make). Relative paths are resolved against the
 * folder make is in, followed through {@code make: Entering directory}. Not thread-safe: one per build.
 */
public final class CompilerOutputParser {

    private static final String FILE = "(?<file>[^:\\s][^:]*)";
    private static final Pattern WITH_COLUMN = Pattern.compile(
            "^" + FILE + ":(?<line>\\d+):(?<column>\\d+): (?<severity>fatal error|error|warning|note): (?<text>.*)$");
    private static final Pattern WITHOUT_COLUMN = Pattern.compile(
            "^" + FILE + ":(?<line>\\d+): (?<severity>fatal error|[Ee]rror|[Ww]arning|note): (?<text>.*)$");
    private static final Pattern LINKER_FUNCTION = Pattern.compile(
            "^\\S*ld(?:\\.bfd)?: .*: in function [`'\u2018](?<function>[^'\u2019]+)['\u2019]:$");
    /** ld under a function line: "main.c:21: undefined reference to `f'", with "(.text+0x1c):" after the line in older binutils. */
    private static final Pattern LINKER_AT_LINE = Pattern.compile(
            "^" + FILE + ":(?<line>\\d+):(?<section>\\([^)]*\\):)? (?<text>.*)$");
    private static final Pattern LINKER = Pattern.compile("^\\S*ld(?:\\.bfd)?: (?<text>.*)$");
    private static final Pattern TOOL = Pattern.compile(
            "^\\S*(?:gcc|cc1|as|cpp|collect2): (?<severity>fatal error|error|warning): (?<text>.*)$");
    private static final Pattern MAKE_AT_LINE = Pattern.compile("^" + FILE + ":(?<line>\\d+): \\*\\*\\* (?<text>.*?)\\.?(?:  Stop\\.)?$");
    private static final Pattern MAKE = Pattern.compile("^\\S*make(?:\\[\\d+\\])?: \\*\\*\\* (?<text>.*?)\\.?(?:  Stop\\.)?$");
    private static final Pattern MAKE_DIRECTORY = Pattern.compile(
            "^\\S*make(?:\\[\\d+\\])?: (?<action>Entering|Leaving) directory [`'\u2018](?<dir>.*)['\u2019]$");
    /** make's "[Makefile:7: build/x.elf] Error 1": only repeats that a command above failed. */
    private static final Pattern MAKE_FAILED_COMMAND = Pattern.compile("^\\[.*\\] Error \\d+$");

    private final Deque<Path> directories = new ArrayDeque<>();
    private String linkerFunction;

    /** @param directory where the build runs (relative paths in its output start here) */
    public CompilerOutputParser(Path directory) {
        directories.push(directory.toAbsolutePath().normalize());
    }

    /** The problem {@code line} reports, if it reports one. */
    public Optional<CompilerMessage> parse(String line) {
        Matcher m;
        if ((m = MAKE_DIRECTORY.matcher(line)).matches()) {
            if (m.group("action").equals("Entering")) {
                directories.push(directories.peek().resolve(m.group("dir")).normalize());
            } else if (directories.size() > 1) {
                directories.pop();
            }
            return Optional.empty();
        }
        if ((m = WITH_COLUMN.matcher(line)).matches()) {
            return message(m, Integer.parseInt(m.group("column")));
        }
        if ((m = WITHOUT_COLUMN.matcher(line)).matches()) {
            return message(m, 0);
        }
        if ((m = MAKE_AT_LINE.matcher(line)).matches()) {
            return Optional.of(new CompilerMessage(path(m.group("file")), Integer.parseInt(m.group("line")), 0,
                    CompilerMessage.Severity.ERROR, m.group("text")));
        }
        if ((m = LINKER_FUNCTION.matcher(line)).matches()) {
            linkerFunction = m.group("function");
            return Optional.empty();
        }
        if ((m = LINKER_AT_LINE.matcher(line)).matches() && (linkerFunction != null || m.group("section") != null)) {
            return Optional.of(new CompilerMessage(path(m.group("file")), Integer.parseInt(m.group("line")), 0,
                    CompilerMessage.Severity.ERROR, inFunction(m.group("text"))));
        }
        if ((m = LINKER.matcher(line)).matches()) {
            return linker(m.group("text"));
        }
        if ((m = TOOL.matcher(line)).matches()) {
            if (m.group("text").startsWith("ld returned")) {
                return Optional.empty(); // collect2's summary of the ld errors above
            }
            return Optional.of(new CompilerMessage(null, 0, 0, severity(m.group("severity")), m.group("text")));
        }
        if ((m = MAKE.matcher(line)).matches() && !MAKE_FAILED_COMMAND.matcher(m.group("text")).matches()) {
            return Optional.of(new CompilerMessage(null, 0, 0, CompilerMessage.Severity.ERROR, m.group("text")));
        }
        return Optional.empty();
    }

    private Optional<CompilerMessage> message(Matcher m, int column) {
        return Optional.of(new CompilerMessage(path(m.group("file")), Integer.parseInt(m.group("line")), column,
                severity(m.group("severity")), m.group("text")));
    }

    /** ld's own lines: "x.o:(.text+0x8): undefined reference to `f'" (no debug line), "cannot find -lc", "warning: ...". */
    private Optional<CompilerMessage> linker(String text) {
        if (text.startsWith("warning: ")) {
            return Optional.of(new CompilerMessage(null, 0, 0, CompilerMessage.Severity.WARNING, text.substring(9)));
        }
        int reference = text.indexOf(": undefined reference to ");
        String what = reference >= 0 ? text.substring(reference + 2) : text;
        return Optional.of(new CompilerMessage(null, 0, 0, CompilerMessage.Severity.ERROR, inFunction(what)));
    }

    private String inFunction(String text) {
        return linkerFunction == null ? text : text + " (in function " + linkerFunction + ")";
    }

    private Path path(String file) {
        return directories.peek().resolve(file).normalize();
    }

    private static CompilerMessage.Severity severity(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "warning" -> CompilerMessage.Severity.WARNING;
            case "note" -> CompilerMessage.Severity.INFO;
            default -> CompilerMessage.Severity.ERROR;
        };
    }
}
