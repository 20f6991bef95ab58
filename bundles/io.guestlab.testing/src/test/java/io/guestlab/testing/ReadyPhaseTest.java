package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.loader.ElfFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * A shell-like guest booted once to its prompt, snapshotted there, and one forked machine per
 * typed command: every test sees the booted state and none sees another's.
 */
public class ReadyPhaseTest {

    static Check console(String pass, String fail) {
        return new Check.Console(List.of(Pattern.compile(pass)), fail == null ? List.of() : List.of(Pattern.compile(fail)));
    }

    static TestSpec typed(String name, String command, Check check) {
        return new TestSpec(name, null, command + "\n", check, 20_000_000, 60);
    }

    /** The shell suite: what each command should come to. */
    static SuitePlan shellSuite(ReadyPoint ready) {
        return shellSuite(ready, VirtBoardConfig.defaults().withBios(null).withKernel(Requirements.guest("shell")));
    }

    static SuitePlan shellSuite(ReadyPoint ready, VirtBoardConfig shell) {
        return new SuitePlan("shell", shell, ready, List.of(
                typed("echo", "echo hello", console("^hello$", null)),
                typed("count is 1 in every fork", "count", console("^count=1$", "^count=(?!1$)")),
                typed("count again", "count", console("^count=1$", "^count=(?!1$)")),
                typed("sum", "sum 100", console("^sum=5050$", "^sum=(?!5050$)")),
                typed("pass", "pass", Check.parse("syscon")),
                typed("fail", "fail 7", Check.ANY_EXIT),
                typed("crash", "crash", Check.ANY_EXIT),
                typed("hang", "hang", Check.ANY_EXIT),
                typed("unknown", "frobnicate", console("^never$", null))));
    }

    static ReadyPoint prompt() {
        return ReadyPoint.console(Pattern.compile("gsh> "), 50_000_000, 60);
    }

    static String verdicts(List<TestRun> runs) {
        StringBuilder b = new StringBuilder();
        for (TestRun run : runs) {
            for (TestResult r : run.results()) {
                b.append(r.name()).append(": ").append(r.verdict()).append('\n');
            }
        }
        return b.toString();
    }

    static final String EXPECTED = """
            echo: pass
            count is 1 in every fork: pass
            count again: pass
            sum: pass
            pass: pass
            fail: fail
            crash: fail
            hang: timeout
            unknown: timeout
            """;

    @Test
    public void everyTypedCommandRunsInItsOwnForkOfTheBootedShell() throws Exception {
        List<TestRun> runs = TestRunner.run(shellSuite(prompt()), TestRunner.Settings.defaults().withJobs(2), RunListener.NONE);
        assertEquals(EXPECTED, verdicts(runs));
        TestRun echo = runs.get(0);
        assertTrue("a fork's transcript starts after the ready point: " + echo.transcript(),
                echo.transcript().startsWith("echo hello\nhello\n"));
        assertTrue("the boot is not in a test's count of instructions: " + echo.instructions(),
                echo.instructions() < 100_000);
        assertTrue(runs.get(7).results().get(0).message(), runs.get(7).results().get(0).message().startsWith("hang: "));
    }

    @Test
    public void theReadyPointCanBeASymbolOrAnInstructionCount() throws Exception {
        VirtBoardConfig shell = VirtBoardConfig.defaults().withBios(null).withKernel(Requirements.guest("shell"));
        long uartGetc = ElfFile.read(shell.kernel()).symbol("uart_getc").orElseThrow();
        // at uart_getc the prompt is out and the shell is about to wait for the command
        assertEquals(EXPECTED, verdicts(TestRunner.run(shellSuite(ReadyPoint.symbol("uart_getc", uartGetc, 50_000_000, 60)),
                TestRunner.Settings.defaults(), RunListener.NONE)));
        // a count too small to have booted: the typed input waits in the UART until the shell reads it
        assertEquals(EXPECTED, verdicts(TestRunner.run(shellSuite(ReadyPoint.instructions(1000, 60)),
                TestRunner.Settings.defaults(), RunListener.NONE)));
    }

    /**
     * The guest says itself when it is ready (a semihosting breakpoint report after its boot):
     * every fork continues right after that call, so its transcript starts with the first prompt.
     */
    @Test
    public void theGuestCanReportItsReadyPointThroughSemihosting() throws Exception {
        VirtBoardConfig shell = VirtBoardConfig.defaults().withBios(null).withKernel(Requirements.guest("shell-ready"))
                .withSemihosting(new Semihosting(true, null));
        List<TestRun> runs = TestRunner.run(shellSuite(ReadyPoint.semihostingBreakpoint(50_000_000, 60), shell),
                TestRunner.Settings.defaults().withJobs(2), RunListener.NONE);
        assertEquals(runs.get(0).results().get(0).message(), EXPECTED, verdicts(runs));
        assertTrue(runs.get(0).transcript(), runs.get(0).transcript().startsWith("gsh> echo hello\nhello\n"));
    }

    @Test
    public void aReadyPointNeverReachedMakesEveryTestAnErrorThatSaysWhy() throws Exception {
        List<TestRun> runs = TestRunner.run(shellSuite(ReadyPoint.console(Pattern.compile("login: "), 5_000_000, 60)),
                TestRunner.Settings.defaults(), RunListener.NONE);
        for (TestRun run : runs) {
            TestResult r = run.results().get(0);
            assertEquals(Verdict.ERROR, r.verdict());
            assertTrue(r.message(), r.message().startsWith("the ready phase never reached console 'login: ': hang: "));
            assertTrue(r.message(), r.message().contains("gsh> "));
        }
    }

    /**
     * With a semihosting folder, the ready machine boots on a copy of it (its boot writes
     * booted.txt there), and every fork starts from its own copy of that folder as the boot left
     * it: each test sees the boot's file, none sees another test's, the suite's folder is untouched.
     */
    @Test
    public void everyForkGetsItsOwnCopyOfTheSemihostingFolderAsTheBootLeftIt() throws Exception {
        Path folder = Files.createTempDirectory("guestlab-ready-semihosting-");
        try {
            Files.writeString(folder.resolve("from-host.txt"), "host text");
            VirtBoardConfig shell = VirtBoardConfig.defaults().withBios(null)
                    .withKernel(Requirements.guest("shell-files"))
                    .withSemihosting(new Semihosting(true, folder));
            List<TestSpec> tests = new java.util.ArrayList<>();
            tests.add(typed("the boot's file", "get booted.txt", console("^booted.txt: written by the boot$", null)));
            tests.add(typed("the host's file", "get from-host.txt", console("^from-host.txt: host text$", null)));
            for (int i = 1; i <= 4; i++) {
                // each test writes a file and finds no other test's: forks do not share the folder
                String other = "note" + (i % 4 + 1) + ".txt";
                tests.add(typed("isolated " + i, "put note" + i + ".txt mine\nget " + other,
                        console("^gsh: no file " + Pattern.quote(other) + "$", null)));
            }
            tests.add(typed("overwrites its own copy", "put from-host.txt changed\nget from-host.txt",
                    console("^from-host.txt: changed$", null)));
            SuitePlan plan = new SuitePlan("shell-files", shell, prompt(), tests);
            List<TestRun> runs = TestRunner.run(plan, TestRunner.Settings.defaults().withJobs(2), RunListener.NONE);
            for (TestRun run : runs) {
                TestResult r = run.results().get(0);
                assertEquals(r.name() + ": " + r.message() + "\n" + run.transcript(), Verdict.PASS, r.verdict());
            }
            assertEquals(7, runs.size());
            try (var files = Files.list(folder)) {
                assertEquals("the suite's folder is as it was", List.of("from-host.txt"),
                        files.map(p -> p.getFileName().toString()).toList());
            }
            assertEquals("host text", Files.readString(folder.resolve("from-host.txt")));
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
