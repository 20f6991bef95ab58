package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Reverse execution, monitor snapshots and the device list through {@code guestlab run --gdb},
 * driven by gdb-multiarch on the examples/gdb guest: the board's own snapshots are the server's
 * checkpoints, so going back re-executes the whole board.
 */
public class ReverseDebuggingWithGdbTest {

    private static final List<String> BARE = List.of("--bios", "none", "--kernel");

    private static GdbOnGuestlabRun gdb(int harts, List<String> commands) throws Exception {
        Path elf = GuestElfs.example("gdb/build/debuggee-O0.elf");
        List<String> args = new ArrayList<>(BARE);
        args.add(elf.toString());
        args.addAll(List.of("--harts", Integer.toString(harts)));
        return GdbOnGuestlabRun.run(elf, args, commands);
    }

    private static void expect(GdbOnGuestlabRun run, String regex) {
        assertTrue("expected /" + regex + "/ in\n" + run, Pattern.compile(regex, Pattern.MULTILINE).matcher(run.output).find());
    }

    /** The general registers gdb listed, without pc: what an instruction may have written. */
    private static String gprs(String infoRegisters) {
        return infoRegisters.lines().filter(l -> !l.startsWith("pc ")).reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    public void reverseStepiReturnsToThePreviousInstructionAndItsRegisters() throws Exception {
        // square(3): ld a5; mul a5,a5,a5; then the third stepi, mv a0,a5, turns a0 from 3 into 9
        GdbOnGuestlabRun run = gdb(1, List.of("break square", "continue", "continue", "continue", "continue", "stepi", "stepi",
                "echo =before\\n", "info registers", "echo =after\\n", "stepi", "info registers",
                "echo =back\\n", "reverse-stepi", "info registers", "echo =end\\n", "kill"));
        String before = run.between("=before", "=after");
        String after = run.between("=after", "=back");
        String back = run.between("=back", "=end");
        String pcBefore = before.lines().filter(l -> l.startsWith("pc ")).findFirst().orElse("no pc");
        assertTrue(run.toString(), back.contains(pcBefore));
        assertTrue(run.toString(), before.contains("\na0             0x3\t3\n"));
        assertTrue(run.toString(), after.contains("\na0             0x9\t9\n"));
        assertNotEquals("the third stepi wrote a register: " + run, gprs(before), gprs(after.substring(after.indexOf("ra "))));
        assertEquals("every register is back: " + run, gprs(before), gprs(back.substring(back.indexOf("ra "))));
    }

    @Test
    public void reverseContinueLandsOnEarlierHitsThenAtTheStart() throws Exception {
        GdbOnGuestlabRun run = gdb(1, List.of("break bump", "continue", "continue", "finish", "p counter",
                "reverse-continue", "p by", "p counter", "reverse-continue", "p by", "reverse-continue", "p $pc", "kill"));
        expect(run, "^Breakpoint 1, bump \\(by=1\\) at .*debuggee.c");
        expect(run, "^\\$1 = 1$"); // after the second bump
        expect(run, "^\\$2 = 1$"); // back at the second hit: by = 1
        expect(run, "^\\$3 = 0$"); // ... before its store
        expect(run, "^\\$4 = 0$"); // the first hit: by = 0
        expect(run, "No more reverse-execution history\\.");
        expect(run, "^\\$5 = \\(void \\(\\*\\)\\(\\)\\) 0x1000$"); // the reset ROM: where the board started
        expect(run, "\\[Inferior 1 \\(Remote target\\) killed\\]");
    }

    @Test
    public void reverseStepiAtTheStartOfHistorySaysSo() throws Exception {
        GdbOnGuestlabRun run = gdb(1, List.of("reverse-stepi", "p $pc", "kill"));
        expect(run, "No more reverse-execution history\\.");
        expect(run, "^\\$1 = \\(void \\(\\*\\)\\(\\)\\) 0x1000$");
        expect(run, "\\[Inferior 1 \\(Remote target\\) killed\\]");
    }

    @Test
    public void reverseStepiOnTheSecondHartOfTwo() throws Exception {
        int beat = lineOf("secondary-beat");
        GdbOnGuestlabRun run = gdb(2, List.of("break main", "continue", "set var wait_for_secondary = 1",
                "break debuggee.c:" + beat, "continue", "continue", "thread 2", "p secondary_beats", "stepi", "stepi",
                "reverse-stepi", "reverse-stepi", "p secondary_beats", "reverse-continue", "p secondary_beats", "kill"));
        expect(run, "Thread 2 hit Breakpoint 2, secondary_main \\(\\) at .*debuggee.c:" + beat);
        expect(run, "^\\$1 = 1$"); // at the second hit
        expect(run, "^\\$2 = 1$"); // two steps forward and back
        expect(run, "^\\$3 = 0$"); // the first hit
    }

    @Test
    public void monitorInfoDevicesAndSnapshots() throws Exception {
        GdbOnGuestlabRun run = gdb(1, List.of("monitor info devices", "monitor snapshot save start", "break bump",
                "continue", "continue", "p counter", "monitor snapshot list", "monitor snapshot restore start",
                "maintenance flush register-cache", "p $pc", "p counter", "monitor snapshot restore nothing",
                "continue", "p by", "kill"));
        expect(run, "^uart +0x0000000010000000 0x00000000100000ff 0x100$");
        expect(run, "^clint +0x0000000002000000 ");
        expect(run, "^ram +0x0000000080000000 ");
        expect(run, "^saved snapshot 'start' at step 0$");
        expect(run, "^\\$1 = 0$");
        expect(run, "^snapshots: start$");
        expect(run, "^restored snapshot 'start' \\(step 0\\)$");
        expect(run, "^\\$2 = \\(void \\(\\*\\)\\(\\)\\) 0x1000$");
        expect(run, "^no snapshot named 'nothing' \\(saved: start\\)$");
        expect(run, "^\\$4 = 0$"); // the first hit again after the restore
    }

    @Test
    public void aBoardThatCannotBeSnapshottedIsServedWithoutAndSaysWhy() throws Exception {
        Path elf = GuestElfs.example("gdb/build/debuggee-O0.elf");
        Path disk = Files.createTempFile("guestlab-disk", ".img");
        try {
            Files.write(disk, new byte[1 << 16]);
            GdbOnGuestlabRun run = GdbOnGuestlabRun.run(elf, List.of("--bios", "none", "--kernel", elf.toString(),
                    "--drive", "file=" + disk + ",persistent"), List.of("monitor reset", "reverse-stepi", "kill"));
            assertTrue(run.toString(), run.runLog.contains("gdb: no reverse execution, reset or snapshots: drive 0 ("
                    + disk + ") is persistent"));
            expect(run, "^monitor reset needs checkpoints of the machine, which it cannot take: drive 0");
            expect(run, "Target remote does not support this command\\.");
        } finally {
            Files.deleteIfExists(disk);
        }
    }

    /** The line number of the "line: NAME" marker in examples/gdb/debuggee.c. */
    private static int lineOf(String marker) throws Exception {
        Path source = GuestElfs.example("gdb/debuggee.c");
        List<String> lines = Files.readAllLines(source);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("/* line: " + marker + " */")) {
                return i + 1;
            }
        }
        throw new AssertionError("no marker 'line: " + marker + "' in " + source);
    }
}
