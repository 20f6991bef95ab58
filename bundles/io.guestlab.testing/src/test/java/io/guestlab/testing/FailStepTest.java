package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.board.VirtBoardConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * The step a failure is reported at is exact: the guest run again to that step stands right
 * before the failing instruction (the trap, the exit write, the store of the failing line's
 * last byte), and one more step does it.
 */
public class FailStepTest {

    /** The guest booted fresh and run to exactly {@code step}, its console so far in {@code console}. */
    private static VirtBoard runTo(VirtBoardConfig config, long step, ByteArrayOutputStream console) throws Exception {
        VirtBoard board = VirtBoard.create(config, console::write);
        board.machine().setStopWhenIdle(true);
        while (board.machine().steps() < step) {
            StopEvent e = board.run(step - board.machine().steps());
            assertEquals("the run reaches step " + step + ": " + e, StopReason.BUDGET_EXHAUSTED, e.reason());
        }
        return board;
    }

    private static TestResult failing(TestRun run) {
        return run.results().stream().filter(r -> r.verdict().isFailure()).findFirst().orElseThrow();
    }

    @Test
    public void aTrapStopsOnTheTrappingInstruction() throws Exception {
        VirtBoardConfig config = RunnerTest.bare("trap");
        TestResult r = RunnerTest.only(RunnerTest.runOne(RunnerTest.test("trap", config, Check.ANY_EXIT)));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (VirtBoard board = runTo(config, r.failStep(), console)) {
            byte[] insn = new byte[4];
            assertTrue(board.machine().readPhysical(board.machine().pc(0), insn));
            assertEquals("the pc is on the 'unimp' (0x0000) of trap.c", 0, insn[0] | insn[1]);
            // the message names that instruction, not the handler address (0) the hart then looped at
            String faulting = String.format("the guest trapped: illegal instruction at pc 0x%x in main (trap.c:%d) on hart 0;",
                    board.machine().pc(0), lineOf("examples/tests/trap.c", "__asm__ volatile(\"unimp\");"));
            assertTrue(r.message(), r.message().contains(faulting));
            assertEquals(0, board.machine().csr(0, 0x342).longValue()); // mcause: no trap taken yet
            board.machine().catchTrap(2, false, true);
            StopEvent e = board.run(1);
            assertEquals(StopReason.TRAP, e.reason());
            assertEquals("illegal instruction", 2, e.cause());
        }
    }

    @Test
    public void aFailingExitStopsOnTheExitWrite() throws Exception {
        VirtBoardConfig config = RunnerTest.bare("fail");
        TestResult r = RunnerTest.only(RunnerTest.runOne(RunnerTest.test("fail", config, Check.ANY_EXIT)));
        assertEquals(Verdict.FAIL, r.verdict());
        try (VirtBoard board = runTo(config, r.failStep(), new ByteArrayOutputStream())) {
            assertEquals(StopReason.EXIT, board.run(1).reason());
            assertEquals(3, board.stopRequest().exitCode());
        }
    }

    @Test
    public void aFailingConsoleLineStopsOnItsLastByte() throws Exception {
        VirtBoardConfig config = RunnerTest.bare("pass");
        TestResult r = RunnerTest.only(RunnerTest.runOne(RunnerTest.test("pattern", config,
                new Check.Console(List.of(), List.of(Pattern.compile("^pass: all good$"))))));
        assertEquals(Verdict.FAIL, r.verdict());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (VirtBoard board = runTo(config, r.failStep(), console)) {
            assertTrue(console.toString(StandardCharsets.UTF_8), console.toString(StandardCharsets.UTF_8).endsWith("pass: all good"));
            board.run(1);
            assertTrue(console.toString(StandardCharsets.UTF_8).endsWith("pass: all good\n"));
        }
    }

    @Test
    public void aFailingTapCaseStopsWhereItsResultLineEnds() throws Exception {
        VirtBoardConfig config = RunnerTest.bare("tap");
        TestResult r = failing(RunnerTest.runOne(RunnerTest.test("tap", config, new Check.Tap())));
        assertEquals("divides", r.name());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (VirtBoard board = runTo(config, r.failStep(), console)) {
            assertTrue(console.toString(StandardCharsets.UTF_8).endsWith("not ok 2 - divides # the divisor was zero"));
            board.run(1);
            assertTrue(console.toString(StandardCharsets.UTF_8).endsWith("the divisor was zero\n"));
        }
    }

    /** The 1-based line of the repository file {@code path} that contains {@code text}. */
    private static int lineOf(String path, String text) throws IOException {
        List<String> lines = Files.readAllLines(Requirements.repository().resolve(path));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no '" + text + "' in " + path);
    }
}
