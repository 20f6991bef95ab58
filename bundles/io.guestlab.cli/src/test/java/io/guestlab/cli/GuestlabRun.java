package io.guestlab.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Assert;

/**
 * Runs {@code guestlab run} in-process the way the tests need: no console input (never System.in,
 * which in a surefire fork is surefire's own channel) and no terminal, keeping what each run
 * printed. Output is kept byte for byte (ISO-8859-1), so guest consoles compare exactly.
 */
final class GuestlabRun {

    private static final Pattern STATE = Pattern.compile("stats: state=(sha256:[0-9a-f]{64}) steps=(\\d+)");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code guestlab ARGS...} (ARGS starting with "run", "qemu" or "machine"); returns its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Main(List.of(new RunCommand(InputStream.nullInputStream(), false),
                new QemuCommand(InputStream.nullInputStream(), false), new MachineCommand())).execute(List.of(args),
                new PrintStream(out, true, StandardCharsets.ISO_8859_1),
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

    /** The state hash in a run's {@code --stats} output (fails the test if there is none). */
    static String stateHash(String stderr) {
        Matcher m = STATE.matcher(stderr);
        Assert.assertTrue("no 'stats: state=' line in:\n" + stderr, m.find());
        return m.group(1);
    }
}
