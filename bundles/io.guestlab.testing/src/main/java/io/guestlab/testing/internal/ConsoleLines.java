package io.guestlab.testing.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Splits console bytes into lines (LF ends one; a CR before it is dropped), however long the output. */
final class ConsoleLines {

    /** Told each line, without its end, and its position: the console bytes written up to its end. */
    interface Listener {
        void line(String line, long position);
    }

    /** A line longer than this is cut (the rest still counts for the transcript). */
    private static final int MAX_LINE = 16 * 1024;

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Listener listener;

    ConsoleLines(Listener listener) {
        this.listener = listener;
    }

    void write(int b, long position) {
        if (b == '\n') {
            flush(position);
        } else if (line.size() < MAX_LINE) {
            line.write(b);
        }
    }

    /** The line so far, as text. */
    String partial() {
        return decode();
    }

    /** Ends the last line, if any text is pending (the machine stopped mid-line). */
    void flush(long position) {
        String text = decode();
        line.reset();
        listener.line(text, position);
    }

    boolean pending() {
        return line.size() > 0;
    }

    private String decode() {
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }
}
