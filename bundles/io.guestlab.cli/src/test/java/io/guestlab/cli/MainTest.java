package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

public class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private final Command echo = new Command() {
        @Override public String name() { return "echo"; }
        @Override public String summary() { return "prints its arguments"; }
        @Override public String usage() { return "usage: guestlab echo WORD...\n"; }
        @Override public int run(List<String> args, PrintStream o, PrintStream e) {
            if (args.isEmpty()) {
                throw new UsageException("needs a word");
            }
            if (args.get(0).equals("crash")) {
                throw new IllegalStateException("a defect");
            }
            if (args.get(0).equals("grow")) {
                throw new OutOfMemoryError("Java heap space");
            }
            o.print(String.join(" ", args));
            return 7;
        }
    };

    private int execute(String... args) {
        return new Main(List.of(echo)).execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    public void helpListsEveryCommandWithItsSummary() {
        assertEquals(0, execute("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help, help.contains("echo") && help.contains("prints its arguments") && help.contains("ide"));
    }

    @Test
    public void dispatchesToTheCommandAndReturnsItsExitCode() {
        assertEquals(7, execute("echo", "a", "b"));
        assertEquals("a b", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void unknownCommandIsOneClearLineAndExitCode2() {
        assertEquals(Main.EXIT_USAGE, execute("frobnicate"));
        assertEquals("guestlab: unknown command 'frobnicate' (see 'guestlab --help')\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void usageErrorsNameTheCommand() {
        assertEquals(Main.EXIT_USAGE, execute("echo"));
        assertEquals("guestlab echo: needs a word\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void commandHelpPrintsItsUsage() {
        assertEquals(0, execute("echo", "--help"));
        assertEquals("usage: guestlab echo WORD...\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void noArgumentsPrintsHelpAndFails() {
        assertEquals(Main.EXIT_USAGE, execute());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: guestlab"));
    }

    @Test
    public void aDefectIsOneLineSayingWhereTheDetailsWent() throws Exception {
        assertEquals(Main.EXIT_INTERNAL, execute("echo", "crash"));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(line, 1, line.lines().count());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "guestlab echo: internal error: java.lang.IllegalStateException: a defect \\(details in (\\S+)\\)\n")
                .matcher(line);
        assertTrue(line, m.matches());
        java.nio.file.Path details = java.nio.file.Path.of(m.group(1));
        String report = java.nio.file.Files.readString(details);
        java.nio.file.Files.delete(details);
        assertTrue(report, report.startsWith("guestlab echo crash\n") && report.contains("at io.guestlab.cli.MainTest"));
    }

    @Test
    public void runningOutOfHeapSaysHowToGiveTheJvmMore() {
        assertEquals(1, execute("echo", "grow"));
        String line = err.toString(StandardCharsets.UTF_8);
        assertTrue(line, line.matches("guestlab echo: out of Java heap \\(\\d+ MiB\\); give the JVM more, e\\.g\\. GUESTLAB_JAVA_OPTS=-Xmx8g\n"));
    }

    @Test
    public void standardCommandsAreNamedAndSummarizedAsTheCommandsTheyMake() {
        for (Command c : Main.standardCommands()) {
            assertEquals(c.name(), ((LazyCommand) c).command().name());
            assertEquals(c.name(), c.summary(), ((LazyCommand) c).command().summary());
        }
    }

    @Test
    public void aLazyCommandIsMadeOnlyWhenUsed() {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        Command lazy = new LazyCommand("echo", "prints its arguments", () -> {
            made.incrementAndGet();
            return echo;
        });
        Command other = new LazyCommand("other", "is never made", () -> {
            throw new AssertionError("an unused command must not be made");
        });
        int code = new Main(List.of(lazy, other)).execute(List.of("echo", "x"), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(7, code);
        assertEquals("x", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, made.get());
    }

    @Test
    public void helpListsCommandsWithoutMakingThem() {
        Command never = new LazyCommand("never", "is listed but never made", () -> {
            throw new AssertionError("--help must not make a command");
        });
        int code = new Main(List.of(never)).execute(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("never        is listed but never made"));
    }
}
