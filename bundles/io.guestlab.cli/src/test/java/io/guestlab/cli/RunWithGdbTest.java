package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** guestlab run --gdb unix:PATH --wait-gdb, driven by Debian's gdb-multiarch as a user would. */
public class RunWithGdbTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CompletableFuture<Integer> startRun(String... args) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        RunCommand run = new RunCommand(new ByteArrayInputStream(new byte[0]), false);
        return CompletableFuture.supplyAsync(() -> new Main(List.of(run)).execute(List.of(args), out, errStream));
    }

    @Test
    public void gdbAttachesStopsAtABreakpointAndTheGuestExitsWithItsCode() throws Exception {
        Path gdb = GuestElfs.tool("gdb-multiarch");
        Path elf = GuestElfs.example("gdb/build/debuggee-O0.elf");
        Path socket = folder.getRoot().toPath().resolve("gdb.sock");
        CompletableFuture<Integer> run = startRun("run", "--bios", "none", "--kernel", elf.toString(),
            "--gdb", "unix:" + socket, "--wait-gdb");
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(50);
        }
        assertTrue("the server listens on " + socket + " (" + err + ")", Files.exists(socket));

        Process p = new ProcessBuilder(gdb.toString(), "-nx", "-batch", "-ex", "set pagination off",
            "-ex", "target remote " + socket, "-ex", "break main", "-ex", "continue", "-ex", "continue", elf.toString())
            .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("gdb ends", p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output, output.contains("Breakpoint 1, main"));
        assertTrue(output, output.contains("exited normally"));
        assertEquals(err.toString(StandardCharsets.UTF_8), Integer.valueOf(0), run.get(30, TimeUnit.SECONDS));
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("gdb server on unix:" + socket));
    }

    @Test
    public void waitGdbWithoutGdbIsAUsageError() throws Exception {
        assertEquals(Integer.valueOf(Main.EXIT_USAGE), startRun("run", "--bios", "none", "--kernel", "x.elf", "--wait-gdb").get());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--wait-gdb needs --gdb ADDRESS"));
    }

    @Test
    public void aMalformedGdbAddressIsAUsageError() throws Exception {
        assertEquals(Integer.valueOf(Main.EXIT_USAGE), startRun("run", "--bios", "none", "--kernel", "x.elf", "--gdb", "udp:1").get());
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).startsWith("guestlab run: "));
    }
}
