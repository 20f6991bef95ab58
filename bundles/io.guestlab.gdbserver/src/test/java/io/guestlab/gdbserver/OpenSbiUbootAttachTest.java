package io.guestlab.gdbserver;

import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * gdb attaching to a machine that already runs (no --wait-gdb): Debian's OpenSBI and U-Boot on
 * the virt board. Attaching interrupts the machine; detaching lets it run on.
 */
public class OpenSbiUbootAttachTest {

    private static final Path UBOOT = Path.of("/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin");

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private VirtBoard uboot() throws Exception {
        if (!Files.isRegularFile(VirtBoardConfig.DEFAULT_BIOS)) {
            ExternalTools.missing("OpenSBI " + VirtBoardConfig.DEFAULT_BIOS + " (Debian: apt-get install opensbi)");
        }
        if (!Files.isRegularFile(UBOOT)) {
            ExternalTools.missing("U-Boot " + UBOOT + " (Debian: apt-get install u-boot-qemu)");
        }
        return VirtBoard.create(VirtBoardConfig.defaults().withKernel(UBOOT), b -> {
            synchronized (console) {
                console.write(b);
            }
        });
    }

    private void awaitUboot() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!consoleText(console).contains("U-Boot 20") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue("U-Boot did not start; console:\n" + consoleText(console), consoleText(console).contains("U-Boot 20"));
    }

    @Test
    public void attachMidRunInterruptsAndDetachResumes() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (VirtBoard board = uboot();
             GdbServer server = GdbServer.start(board.machine(), board::run, "tcp:127.0.0.1:0", false, new PrintStream(log, true))) {
            awaitUboot();
            String out = GdbSessionRun.gdb(null, "127.0.0.1:" + server.port(), List.of("info threads", "p $priv",
                    "p/x $satp", "x/2i $pc", "monitor info harts", "detach"), null);
            expect(out, "\\* 1 +Thread 1 \\(hart 0, S-mode, interrupted\\) 0x[0-9a-f]+ in \\?\\? \\(\\)");
            expect(out, "^\\$1 = 1$");
            expect(out, "^=> 0x[0-9a-f]+:\\s+\\S+");
            expect(out, "hart 0 \\(thread 1\\): pc 0x[0-9a-f]{16}  S-mode  interrupted");
            expect(out, "\\[Inferior 1 \\(Remote target\\) detached\\]");
            long after = board.machine().instructionsRetired();
            long until = System.nanoTime() + 10_000_000_000L;
            while (board.machine().instructionsRetired() == after && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertTrue("the machine runs on after the detach", board.machine().instructionsRetired() > after);
        }
    }

    @Test
    public void reverseStepiOnTheWholeBoardReturnsToTheSameRegisters() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (VirtBoard board = uboot();
             GdbServer server = GdbServer.start(board.machine(), board::run, new CheckpointProvider<BoardSnapshot>() {
                 @Override
                 public BoardSnapshot take() throws SnapshotException {
                     return board.snapshot();
                 }

                 @Override
                 public void restore(BoardSnapshot checkpoint) throws SnapshotException {
                     board.restore(checkpoint);
                 }
             }, "tcp:127.0.0.1:0", false, new PrintStream(log, true))) {
            awaitUboot();
            String out = GdbSessionRun.gdb(null, "127.0.0.1:" + server.port(), List.of("echo =attached\\n",
                    "info registers", "stepi", "stepi", "stepi", "stepi", "stepi", "reverse-stepi", "reverse-stepi",
                    "reverse-stepi", "reverse-stepi", "reverse-stepi", "echo =back\\n", "info registers", "echo =end\\n",
                    "detach"), null);
            int attached = out.indexOf("=attached\n");
            int back = out.indexOf("=back\n");
            int end = out.indexOf("=end\n");
            assertTrue(out + log, attached >= 0 && back > attached && end > back);
            String before = out.substring(attached + 10, out.indexOf("\n0x", attached) + 1); // up to the first stepi's line
            String after = out.substring(back + 6, end);
            assertTrue("five stepi forward and back leave every register as it was:\n" + out, after.equals(before));
            assertTrue(out, before.contains("\npc "));
        }
    }

    private static String consoleText(ByteArrayOutputStream console) {
        synchronized (console) {
            return console.toString();
        }
    }

    private static void expect(String output, String regex) {
        assertTrue("expected /" + regex + "/ in\n" + output, Pattern.compile(regex, Pattern.MULTILINE).matcher(output).find());
    }
}
