package io.guestlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the details of an unexpected failure go: a file, so that the terminal gets one line. */
final class FailureReport {

    private FailureReport() {
    }

    /** Writes the command line and the stack trace to a new file; returns where, for the one line. */
    static String write(String command, List<String> args, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = "guestlab " + command + " " + String.join(" ", args) + "\n" + trace;
        try {
            Path file = Files.createTempFile("guestlab-" + command + "-failure-", ".log");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return "details in " + file;
        } catch (IOException | RuntimeException e) {
            return "the details could not be saved: " + e.getMessage();
        }
    }
}
