package io.guestlab.cli;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test support: {@code guestlab run ... --gdb unix:SOCKET --wait-gdb} in-process, driven by
 * Debian's gdb-multiarch in batch mode ({@code -nx -batch -x script}) as a user would.
 * Gives what gdb printed, the run's exit code and what the run wrote to stderr.
 */
final class GdbOnGuestlabRun {

    private static final long TIMEOUT_SECONDS = 60;

    final String output;
    final Integer exitCode;
    final String runLog;

    private GdbOnGuestlabRun(String output, Integer exitCode, String runLog) {
        this.output = output;
        this.exitCode = exitCode;
        this.runLog = runLog;
    }

    /**
     * Runs {@code guestlab run} with {@code runArgs} (the --gdb options are added) and gdb on
     * {@code elf} with {@code commands} after "target remote". gdb should end the machine
     * (kill, or a continue to the guest's exit); the run is given a few seconds to end after it.
     */
    static GdbOnGuestlabRun run(Path elf, List<String> runArgs, List<String> commands) throws Exception {
        Path gdb = GuestElfs.tool("gdb-multiarch");
        Path dir = Files.createTempDirectory("guestlab-gdb");
        Path socket = dir.resolve("gdb.sock");
        Path script = dir.resolve("commands.gdb");
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(runArgs);
        args.addAll(List.of("--gdb", "unix:" + socket, "--wait-gdb"));
        GuestlabRun guestlab = new GuestlabRun();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> guestlab.run(args.toArray(String[]::new)));
        try {
            for (int i = 0; i < 400 && !Files.exists(socket) && !run.isDone(); i++) {
                Thread.sleep(25);
            }
            assertTrue("the server listens on " + socket + ": " + guestlab.err(), Files.exists(socket));
            StringBuilder s = new StringBuilder("set pagination off\nset confirm off\nset width 0\ntarget remote ")
                    .append(socket).append('\n');
            for (String c : commands) {
                s.append(c).append('\n');
            }
            Files.writeString(script, s);
            Process p = new ProcessBuilder(gdb.toString(), "-nx", "-batch", "-x", script.toString(), elf.toString())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> printed = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return new byte[0];
                }
            });
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("gdb did not finish within " + TIMEOUT_SECONDS + " s:\n" + new String(printed.get(5, TimeUnit.SECONDS),
                        StandardCharsets.UTF_8));
            }
            String output = new String(printed.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            Integer code = null;
            try {
                code = run.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // gdb left the machine running: the caller's assertions say whether that was expected
            }
            return new GdbOnGuestlabRun(output, code, guestlab.err());
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(script);
            Files.deleteIfExists(dir);
        }
    }

    /** The lines gdb printed between "echo MARK\n" commands {@code from} and {@code to}. */
    String between(String from, String to) {
        int start = output.indexOf(from + "\n");
        int end = output.indexOf(to + "\n", start + 1);
        if (start < 0 || end < 0) {
            fail("no '" + from + "' ... '" + to + "' in\n" + this);
        }
        return output.substring(start + from.length() + 1, end);
    }

    @Override
    public String toString() {
        return "gdb output:\n" + output + "\nrun exit code: " + exitCode + "\nrun log:\n" + runLog;
    }
}
