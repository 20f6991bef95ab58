package io.guestlab.cli;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process whose console the test reads as it comes and can type into: the real
 * qemu-system-riscv64 (or anything run like it, such as make through the shim). Waits are
 * bounded in wall time; a failure shows the console so far.
 */
final class RealQemu implements AutoCloseable {

    static final long WAIT_SECONDS = 300;

    private final Process process;
    private final StringBuffer console = new StringBuffer();
    private final Thread reader;

    private RealQemu(List<String> command, Path directory) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.redirectError(ProcessBuilder.Redirect.DISCARD); // QEMU's own warnings are not the guest's
        process = builder.start();
        reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                int b;
                while ((b = in.read()) >= 0) {
                    console.append((char) (b & 0xff));
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "qemu console");
        reader.setDaemon(true);
        reader.start();
    }

    /** qemu-system-riscv64 ARGS, or skips (fails in CI) when QEMU is not installed. */
    static RealQemu start(List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(GuestElfs.tool("qemu-system-riscv64").toString()));
        command.addAll(args);
        return new RealQemu(command, null);
    }

    /** Any command in {@code directory}, e.g. make. */
    static RealQemu command(Path directory, List<String> command) throws IOException {
        return new RealQemu(command, directory);
    }

    /** Waits until {@code text} is on the console. */
    void expect(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (console.indexOf(text) < 0) {
            if (!process.isAlive() && !reader.isAlive()) {
                fail("the process ended before '" + text + "' appeared; console:\n" + console);
            }
            if (System.nanoTime() > deadline) {
                fail("'" + text + "' did not appear within " + WAIT_SECONDS + " s; console:\n" + console);
            }
            Thread.sleep(20);
        }
    }

    void type(String keys) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write(keys.getBytes(StandardCharsets.ISO_8859_1));
        in.flush();
    }

    /** Waits for the end (closing the input first); returns the exit code. */
    int exitCode() throws InterruptedException, IOException {
        process.getOutputStream().close();
        assertTrue("no exit within " + WAIT_SECONDS + " s; console:\n" + console,
                process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS));
        reader.join(5000);
        return process.exitValue();
    }

    String console() {
        return console.toString();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
