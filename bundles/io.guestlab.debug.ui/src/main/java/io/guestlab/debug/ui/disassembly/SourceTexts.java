package io.guestlab.debug.ui.disassembly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of source lines the disassembly interleaves, read from the files the line table
 * names (off the UI thread, once per file); a file that cannot be read shows no text.
 */
final class SourceTexts {

    private final Map<String, List<String>> files = new ConcurrentHashMap<>();

    /** Reads {@code file} now if it was not read yet (call from a job). */
    void load(String file) {
        files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of(); // moved or unreadable source: the file name and line still show
            }
        });
    }

    /** Line {@code line} (1-based) of a loaded file, tabs expanded; empty when unknown. */
    String line(String file, int line) {
        List<String> lines = files.get(file);
        if (lines == null || line < 1 || line > lines.size()) {
            return "";
        }
        return lines.get(line - 1).replace("\t", "    ");
    }
}
