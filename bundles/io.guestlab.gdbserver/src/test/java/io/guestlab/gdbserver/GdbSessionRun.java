package io.guestlab.gdbserver;

import static org.junit.Assert.fail;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.loader.ElfFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One run of Debian's gdb-multiarch in batch mode ({@code -nx -batch -x script}) against a
 * GdbServer serving a fresh machine with a guest from examples/gdb, held at reset until gdb
 * attaches (--wait-gdb). Gives gdb's output and how the machine ended.
 */
final class GdbSessionRun {

    private static final long GDB_TIMEOUT_SECONDS = 60;

    final String output;
    final StopEvent end;
    final String serverLog;

    private GdbSessionRun(String output, StopEvent end, String serverLog) {
        this.output = output;
        this.end = end;
        this.serverLog = serverLog;
    }

    /** Runs {@code commands} (after "target remote") against {@code elf} on a machine of {@code harts} harts. */
    static GdbSessionRun run(String elfName, int harts, List<String> commands) throws Exception {
        return run(elfName, harts, commands, 0, false);
    }

    /**
     * Like {@link #run(String, int, List)}; with {@code interruptAfter} > 0, gdb gets a SIGINT
     * (Ctrl-C) once the guest has retired that many instructions, as a user would press it.
     */
    static GdbSessionRun run(String elfName, int harts, List<String> commands, long interruptAfter, boolean unixSocket)
            throws Exception {
        ExternalTools.tool("gdb-multiarch", "gdb-multiarch");
        Path elf = ExternalTools.guest("gdb", elfName);
        Machine machine = new Machine(MachineConfig.defaults().withHarts(harts));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        machine.load(ElfFile.read(elf), console);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Path socketDir = Files.createTempDirectory("guestlab-gdb");
        Path socket = socketDir.resolve("gdb.sock");
        String address = unixSocket ? "unix:" + socket : "tcp:127.0.0.1:0";
        try (GdbServer server = GdbServer.start(machine, address, true, new PrintStream(log, true))) {
            String target = unixSocket ? socket.toString() : "127.0.0.1:" + server.port();
            String output = gdb(elf, target, commands,
                    interruptAfter > 0 ? () -> machine.instructionsRetired() > interruptAfter : null);
            // after a detach, kill or exit the machine ends soon (runs to its exit, or is killed)
            boolean ending = output.contains("detached") || output.contains("killed") || output.contains("exited");
            StopEvent end = ending ? server.awaitEnd(Duration.ofSeconds(10)) : null;
            return new GdbSessionRun(output, end, log.toString());
        } finally {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(socketDir);
        }
    }

    /**
     * Runs gdb-multiarch in batch mode: "target remote {@code target}" then {@code commands}, on
     * {@code elf} (or none). Sends it a SIGINT once {@code interruptWhen} (if not null) is true.
     * Returns everything gdb printed.
     */
    static String gdb(Path elf, String target, List<String> commands, BooleanSupplier interruptWhen) throws Exception {
        Path gdb = ExternalTools.tool("gdb-multiarch", "gdb-multiarch");
        Path script = Files.createTempFile("guestlab-gdb", ".gdb");
        try {
            StringBuilder s = new StringBuilder("set pagination off\nset confirm off\nset width 0\n");
            if (elf == null) {
                s.append("set architecture riscv:rv64\n");
            }
            s.append("target remote ").append(target).append('\n');
            for (String c : commands) {
                s.append(c).append('\n');
            }
            Files.writeString(script, s);
            List<String> command = new ArrayList<>(List.of(gdb.toString(), "-nx", "-batch", "-x", script.toString()));
            if (elf != null) {
                command.add(elf.toString());
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (interruptWhen != null) {
                interruptWhen(p, interruptWhen);
            }
            byte[] out = readAll(p);
            if (p.isAlive()) {
                p.destroyForcibly();
                fail("gdb did not finish within " + GDB_TIMEOUT_SECONDS + " s; output so far:\n" + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void interruptWhen(Process gdb, BooleanSupplier condition) {
        Thread t = new Thread(() -> {
            try {
                while (gdb.isAlive() && !condition.getAsBoolean()) {
                    Thread.sleep(20);
                }
                new ProcessBuilder("kill", "-INT", Long.toString(gdb.pid())).inheritIO().start().waitFor();
            } catch (IOException | InterruptedException e) {
                // the run fails on its own when gdb is not interrupted
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static byte[] readAll(Process p) throws IOException, InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                p.getInputStream().transferTo(out);
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!p.waitFor(GDB_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        reader.join(5000);
        synchronized (out) {
            return out.toByteArray();
        }
    }

    /** The line number of the "line: NAME" marker in examples/gdb/debuggee.c. */
    static int line(String marker) throws IOException {
        List<String> lines = Files.readAllLines(ExternalTools.source("examples/gdb/debuggee.c"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("/* line: " + marker + " */")) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker 'line: " + marker + "' in examples/gdb/debuggee.c");
    }

    @Override
    public String toString() {
        return "gdb output:\n" + output + "\nserver log:\n" + serverLog + "\nmachine end: " + end;
    }
}
