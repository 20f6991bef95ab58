package io.guestlab.cli;

import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs `guestlab run` on a background thread with a terminal the test controls: it waits for the
 * guest's console to show a text, then types, like a person (or expect(1)) at the keyboard.
 * Waits are bounded in wall time; a failure shows the console so far.
 */
final class ScriptedTerminal implements AutoCloseable {

    private static final long WAIT_SECONDS = 120;

    private final StringBuffer console = new StringBuffer();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Integer> exitCode;
    private int mark;

    ScriptedTerminal(String... args) throws IOException {
        PipedInputStream input = new PipedInputStream(keyboard, 4096);
        PrintStream out = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                console.append((char) (b & 0xff));
            }
        }, true, StandardCharsets.ISO_8859_1);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        Main main = new Main(List.of(new RunCommand(input, false), new QemuCommand(input, false)));
        exitCode = thread.submit(() -> main.execute(List.of(args), out, errStream));
    }

    /** Waits until {@code text} appears after what was already consumed; returns the output up to it. */
    String expect(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            int at = console.indexOf(text, mark);
            if (at >= 0) {
                String seen = console.substring(mark, at + text.length());
                mark = at + text.length();
                return seen;
            }
            if (exitCode.isDone()) {
                fail("guestlab run ended before '" + text + "' appeared; console:\n" + console + "\nstderr:\n" + err());
            }
            Thread.sleep(20);
        }
        fail("'" + text + "' did not appear within " + WAIT_SECONDS + " s; console:\n" + console);
        return null;
    }

    /** Types {@code text} (no Enter added). */
    void type(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.ISO_8859_1));
        keyboard.flush();
    }

    /** The command's exit code, waiting for it to finish. */
    int exitCode() throws InterruptedException, ExecutionException {
        try {
            return exitCode.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("guestlab run did not finish within " + WAIT_SECONDS + " s; console:\n" + console);
            return -1;
        }
    }

    String console() {
        return console.toString();
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        keyboard.close(); // end of input: an idle guest then ends the run
        thread.shutdownNow();
    }
}
