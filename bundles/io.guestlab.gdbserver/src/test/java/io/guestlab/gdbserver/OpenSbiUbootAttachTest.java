package io.guestlab.gdbserver;

import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;

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

    @Test
    public void attachMidRunInterruptsAndDetachResumes() throws Exception {
        if (!Files.isRegularFile(VirtBoardConfig.DEFAULT_BIOS)) {
            ExternalTools.missing("OpenSBI " + VirtBoardConfig.DEFAULT_BIOS + " (Debian: apt-get install opensbi)");
        }
        if (!Files.isRegularFile(UBOOT)) {
            ExternalTools.missing("U-Boot " + UBOOT + " (Debian: apt-get install u-boot-qemu)");
        }
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (VirtBoard board = VirtBoard.create(VirtBoardConfig.defaults().withKernel(UBOOT), b -> {
            synchronized (console) {
                console.write(b);
            }
        }); GdbServer server = GdbServer.start(board.machine(), board::run, "tcp:127.0.0.1:0", false, new PrintStream(log, true))) {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!consoleText(console).contains("U-Boot 20") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue("U-Boot did not start; console:\n" + consoleText(console), consoleText(console).contains("U-Boot 20"));
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

    private static String consoleText(ByteArrayOutputStream console) {
        synchronized (console) {
            return console.toString();
        }
    }

    private static void expect(String output, String regex) {
        assertTrue("expected /" + regex + "/ in\n" + output, Pattern.compile(regex, Pattern.MULTILINE).matcher(output).find());
    }
}
