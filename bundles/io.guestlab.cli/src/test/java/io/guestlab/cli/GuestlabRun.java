package io.guestlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs {@code guestlab run} in-process the way the tests need: no console input (never System.in,
 * which in a surefire fork is surefire's own channel) and no terminal, keeping what each run
 * printed. Output is kept byte for byte (ISO-8859-1), so guest consoles compare exactly.
 */
final class GuestlabRun {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code guestlab ARGS...} (ARGS starting with "run"); returns its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Main(List.of(new RunCommand(InputStream.nullInputStream(), false))).execute(List.of(args), new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** What the last run printed on standard output. */
    String out() {
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** What the last run printed on standard error. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
