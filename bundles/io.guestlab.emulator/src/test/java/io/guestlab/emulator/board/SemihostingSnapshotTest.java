package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.support.GuestTools;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Snapshots of a board with semihosting, on picolibc's semihosting client (examples/semihosting):
 * the console handles the guest holds open, its errno and its clock are part of the snapshot, so
 * a fork prints and exits exactly as its parent; a host file held open is refused by name, and a
 * shared folder makes the board's runs non-repeatable (re-execution would write its files twice).
 */
public class SemihostingSnapshotTest {

    private static final long BUDGET = 50_000_000;

    @Rule
    public final TemporaryFolder temporary = new TemporaryFolder();

    private static Path demo() {
        return GuestTools.elfs("semihosting").stream()
                .filter(p -> p.getFileName().toString().equals("semihost-demo.elf")).findFirst()
                .orElseThrow(() -> new AssertionError("examples/semihosting/build/semihost-demo.elf is missing"));
    }

    private static VirtBoardConfig config(Path root) {
        return VirtBoardConfig.defaults().withBios(null).withKernel(demo()).withMemory(16 << 20)
                .withSemihosting(new Semihosting(true, root)).withAppend("semihost-demo.elf 5");
    }

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static StopEvent runToExit(VirtBoard board) {
        StopEvent e = board.run(BUDGET);
        assertEquals(e.toString(), StopReason.EXIT, e.reason());
        return e;
    }

    @Test
    public void aForkTakenMidRunPrintsAndExitsAsItsParent() throws Exception {
        ByteArrayOutputStream parentOut = new ByteArrayOutputStream();
        VirtBoard parent = VirtBoard.create(config(null), parentOut::write);
        // run until the guest has written its first line through an open :tt handle
        while (!text(parentOut).contains("\n")) {
            StopEvent e = parent.run(1_000);
            assertEquals(text(parentOut), StopReason.BUDGET_EXHAUSTED, e.reason());
        }
        int printed = parentOut.size();
        ByteArrayOutputStream forkOut = new ByteArrayOutputStream();
        VirtBoard fork = parent.fork(forkOut::write);
        assertEquals(parent.stateHash(), fork.stateHash());

        StopEvent parentEnd = runToExit(parent);
        StopEvent forkEnd = runToExit(fork);
        String rest = text(parentOut).substring(printed);
        // without a shared folder the demo's file checks fail (EACCES), the same way on both sides
        assertTrue(rest, rest.endsWith("3 checks failed; exiting with 1\n"));
        assertEquals("the fork prints what the parent printed after the snapshot", rest, text(forkOut));
        assertEquals(parentEnd.cause(), forkEnd.cause());
        assertEquals(1, forkEnd.cause());
        assertEquals(parent.stateHash(), fork.stateHash());
    }

    @Test
    public void aRestoredBoardRepeatsTheRestOfTheRun() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VirtBoard board = VirtBoard.create(config(null), out::write);
        board.run(20_000);
        BoardSnapshot snapshot = board.snapshot();
        int mark = out.size();
        runToExit(board);
        String first = text(out).substring(mark);
        String end = board.stateHash();

        board.restore(snapshot);
        int again = out.size();
        runToExit(board);
        assertEquals(first, text(out).substring(again));
        assertEquals(end, board.stateHash());
    }

    @Test
    public void anOpenHostFileIsRefusedByName() throws Exception {
        Path root = temporary.newFolder("shared").toPath();
        Files.writeString(root.resolve("from-host.txt"), "hello from the host\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VirtBoard board = VirtBoard.create(config(root), out::write);
        assertNotNull(board.nonRepeatableReason());
        assertTrue(board.nonRepeatableReason(), board.nonRepeatableReason().contains(root.toString()));
        // the demo opens, writes and closes guest-wrote.txt, then reads from-host.txt: at some
        // point between two small runs one of them is open
        while (true) {
            StopEvent e = board.run(200);
            if (e.reason() == StopReason.EXIT) {
                fail("the guest ran to its end without a snapshot being refused while a host file was open: "
                        + text(out));
            }
            try {
                board.snapshot();
            } catch (SnapshotException refused) {
                String message = refused.getMessage();
                assertTrue(message, message.contains("host file 'guest-wrote.txt'")
                        || message.contains("host file 'from-host.txt'"));
                assertTrue(message, message.startsWith("semihosting handle "));
                break;
            }
        }
        runToExit(board); // the refused snapshot changed nothing
        assertTrue(text(out), text(out).endsWith("0 checks failed; exiting with 5\n"));
    }

    @Test
    public void withoutASharedFolderRunsRepeat() throws Exception {
        VirtBoard board = VirtBoard.create(config(null), b -> { });
        assertNull(board.nonRepeatableReason());
    }
}
