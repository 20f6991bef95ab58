package io.guestlab.emulator.board;

import io.guestlab.emulator.semihosting.HostAnswer;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * Writes an {@link InputLog} as the run goes, a line at a time and flushed, so that a run that
 * ends badly still leaves every input it took. A write error is kept, not thrown into the run
 * loop: {@link #error()} reports it.
 */
public final class InputLogWriter implements Closeable {

    private final Path file;
    private final BufferedWriter out;
    private IOException error;

    private InputLogWriter(Path file, BufferedWriter out) {
        this.file = file;
        this.out = out;
    }

    /** Creates (or replaces) {@code file} and writes the header with the run's start state hash. */
    public static InputLogWriter create(Path file, String startHash) throws IOException {
        InputLogWriter w = new InputLogWriter(file, Files.newBufferedWriter(file, StandardCharsets.US_ASCII));
        w.line(InputLog.MAGIC + " " + InputLog.VERSION);
        w.line("start " + startHash);
        if (w.error != null) {
            w.close();
            throw w.error;
        }
        return w;
    }

    void uart(long step, byte[] bytes) {
        line("uart " + step + " " + HexFormat.of().formatHex(bytes));
    }

    void clockReading(long step, long ticks) {
        line("clock " + step + " " + ticks);
    }

    void wallClock(long step, long epochNanos) {
        line("wallclock " + step + " " + epochNanos);
    }

    void semihostAnswer(long step, HostAnswer answer) {
        byte[] data = answer.data();
        line("semihost " + step + " " + answer.call() + " " + answer.result()
                + (data.length == 0 ? "" : " " + HexFormat.of().formatHex(data)));
    }

    public void end(long step, String hash) {
        line("end " + step + " " + hash);
    }

    /** The first write error, with the file named, or null. */
    public IOException error() {
        return error;
    }

    private void line(String text) {
        if (error != null) {
            return;
        }
        try {
            out.write(text);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            error = new IOException("cannot write the recording " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
