package io.guestlab.cli;

import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.model.Definitions;
import io.guestlab.testing.Check;
import io.guestlab.testing.JUnitXml;
import io.guestlab.testing.ReadyPoint;
import io.guestlab.testing.Shard;
import io.guestlab.testing.SuiteException;
import io.guestlab.testing.SuiteFiles;
import io.guestlab.testing.SuitePlan;
import io.guestlab.testing.Summary;
import io.guestlab.testing.TapReport;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.TestRunner;
import io.guestlab.testing.TestSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code guestlab test}: runs guest tests, each in its own fresh machine or in a fork of a
 * machine booted once to a ready point, and reports them on the terminal, as JUnit XML and TAP.
 * The machine options are {@code guestlab run}'s ({@link RunOptions}).
 */
public final class TestCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "run guest tests, each in its own fresh deterministic machine";

    /** Exit code when a test failed, timed out or could not run. */
    public static final int EXIT_FAILED = 1;

    /** The wall-time limit of a test that sets none: hangs end at once anyway, spins end here. */
    static final double DEFAULT_TIMEOUT_SECONDS = 120;

    /** guestlab run's options that say what machine a test gets, and whether they take a value. */
    private static final Map<String, Boolean> MACHINE_OPTIONS = new LinkedHashMap<>();

    static {
        for (String o : List.of("--bios", "--kernel", "--initrd", "--append", "--memory", "--harts", "--drive",
                "--time", "--semihosting-root", "--rng-seed", "--machine", "--timeout", "--timeout-insns")) {
            MACHINE_OPTIONS.put(o, true);
        }
        MACHINE_OPTIONS.put("--semihosting", false);
        MACHINE_OPTIONS.put("--rng", false);
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab test [MACHINE OPTIONS] [TEST OPTIONS] (SUITE.testsuite | ELF...)
                       guestlab test --kernel IMG --verdict ktap|tap [MACHINE OPTIONS]
                       guestlab test --kernel IMG --ready TEXT --case NAME=INPUT... [OPTIONS]
                       guestlab test --merge A.xml B.xml... --junit ALL.xml

                Every test runs in its own machine: an ELF is booted as --kernel (with --bios none
                unless given: bare-metal test programs start in M-mode at 0x80000000); a suite file
                says everything itself (examples/tests/*.testsuite). With a ready point the machine
                boots once to it, is snapshotted, and every test starts from a fork of that snapshot.
                Time is virtual: the same tests give the same verdicts and transcripts in any order,
                with any --jobs and --shard.

                machine options: as in 'guestlab run' (--bios, --kernel, --initrd, --append, --memory,
                  --harts, --drive, --time, --semihosting, --semihosting-root, --rng, --rng-seed,
                  --machine); --timeout SECONDS (default %s) and --timeout-insns N apply per test.
                  Disks are copy-on-write; a semihosting folder is copied for each test.

                test options:
                  --verdict V          exit (default: exit code 0 through HTIF, semihosting or syscon)
                                       | htif | semihosting | syscon (that channel only) | tap | ktap
                                       | console:PASS_REGEX[:FAIL_REGEX] (line by line; \\: for a colon)
                  --ready TEXT         boot --kernel once until TEXT is on the console, then fork
                  --case NAME=INPUT    a test typed into the ready machine (a newline is added)
                  --jobs N             machines at a time (default: the host's cores)
                  --shard I/N          run the I-th of N parts of the tests (CI matrices)
                  --repeat K           run each test K times (NAME #2 ... NAME #K)
                  --filter GLOB        only tests whose name matches (* and ?)
                  --rerun-failed FILE  only the tests that failed in that JUnit report
                  --junit FILE         JUnit XML report (Jenkins, GitLab, GitHub)
                  --tap FILE           TAP 14 report
                  --results DIR        each test's transcript; for each failure a replay (start
                                       snapshot + recorded input) and the command lines that replay it
                  --merge XML...       join shard reports (with --junit / --tap) instead of running

                exit codes: 0 when nothing failed; 1 when a test failed, timed out or could not run;
                2 on bad usage or a bad suite (reported before anything runs).
                """.formatted((long) DEFAULT_TIMEOUT_SECONDS);
    }

    /** The test options, parsed; what is left over is guestlab run's. */
    private static final class Options {
        Check verdict;
        String ready;
        final Map<String, String> cases = new LinkedHashMap<>();
        int jobs = Runtime.getRuntime().availableProcessors();
        Shard shard = Shard.ALL;
        int repeat = 1;
        Path rerunFailed;
        Path junit;
        Path tap;
        Path results;
        String filter;
        boolean merge;
        final List<String> machine = new ArrayList<>();
        final List<String> files = new ArrayList<>();
        boolean timeoutGiven;
    }

    private static Options parse(List<String> args) {
        Options o = new Options();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--verdict" -> o.verdict = Check.parse(value(args, ++i, a));
                    case "--ready" -> {
                        o.ready = value(args, ++i, a);
                        if (o.ready.isEmpty()) {
                            throw new UsageException("--ready needs a non-empty text to wait for");
                        }
                    }
                    case "--case" -> {
                        String v = value(args, ++i, a);
                        int eq = v.indexOf('=');
                        if (eq <= 0) {
                            throw new UsageException("--case: '" + v + "' is not NAME=INPUT");
                        }
                        if (o.cases.put(v.substring(0, eq), v.substring(eq + 1)) != null) {
                            throw new UsageException("--case: two cases are named '" + v.substring(0, eq) + "'");
                        }
                    }
                    case "--jobs" -> o.jobs = (int) OptionValues.number(value(args, ++i, a), a, 1, 1024);
                    case "--shard" -> o.shard = Shard.parse(value(args, ++i, a));
                    case "--repeat" -> o.repeat = (int) OptionValues.number(value(args, ++i, a), a, 1, 1_000_000);
                    case "--rerun-failed" -> o.rerunFailed = Path.of(value(args, ++i, a));
                    case "--junit" -> o.junit = Path.of(value(args, ++i, a));
                    case "--tap" -> o.tap = Path.of(value(args, ++i, a));
                    case "--results" -> o.results = Path.of(value(args, ++i, a));
                    case "--filter" -> o.filter = value(args, ++i, a);
                    case "--merge" -> o.merge = true;
                    default -> {
                        Boolean takesValue = MACHINE_OPTIONS.get(a);
                        if (takesValue != null) {
                            o.machine.add(a);
                            if (takesValue) {
                                o.machine.add(value(args, ++i, a));
                            }
                            o.timeoutGiven |= a.equals("--timeout") || a.equals("--timeout-insns");
                        } else if (a.startsWith("--")) {
                            throw new UsageException("unknown option '" + a + "' (see 'guestlab test --help')");
                        } else {
                            o.files.add(a);
                        }
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return o;
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = parse(args);
        if (o.merge) {
            return merge(o, out, err);
        }
        SuitePlan plan;
        try {
            plan = plan(o);
        } catch (SuiteException e) {
            err.println(e.getMessage());
            return Main.EXIT_USAGE;
        }
        Predicate<String> select = select(o);
        TestRunner.Settings settings = TestRunner.Settings.defaults().withJobs(o.jobs).withShard(o.shard)
                .withRepeat(o.repeat).withSelect(select).withResults(o.results);
        List<TestRun> runs;
        Progress progress = new Progress(out, Progress.isTerminal(out));
        try {
            runs = TestRunner.run(plan, settings, progress);
        } catch (IOException e) {
            err.println("guestlab test: " + e.getMessage());
            return EXIT_FAILED;
        }
        progress.end();
        return report(plan.name(), runs, o, out, err);
    }

    /** Writes the reports and the summary; the exit code says whether everything passed. */
    private static int report(String name, List<TestRun> runs, Options o, PrintStream out, PrintStream err) {
        try {
            if (o.junit != null) {
                JUnitXml.write(name, runs, o.junit);
            }
            if (o.tap != null) {
                TapReport.write(runs, o.tap);
            }
        } catch (IOException e) {
            err.println("guestlab test: cannot write the report: " + e.getMessage());
            return EXIT_FAILED;
        }
        for (TestRun run : runs) {
            if (!run.replay().isEmpty()) {
                out.println(run.test() + ":");
                run.replay().lines().forEach(line -> out.println("  " + line));
            }
        }
        Summary summary = Summary.of(runs);
        out.println(summary);
        return summary.ok() ? 0 : EXIT_FAILED;
    }

    private static int merge(Options o, PrintStream out, PrintStream err) {
        if (o.files.isEmpty() || (o.junit == null && o.tap == null)) {
            throw new UsageException("--merge needs the shard reports and --junit FILE (or --tap FILE) to write");
        }
        if (!o.machine.isEmpty() || o.ready != null || o.verdict != null) {
            throw new UsageException("--merge joins reports; " + (o.machine.isEmpty() ? "--ready / --verdict"
                    : o.machine.get(0)) + " has nothing to do with it");
        }
        JUnitXml.Report merged;
        try {
            merged = JUnitXml.merge(o.files.stream().map(Path::of).toList());
        } catch (IOException e) {
            err.println("guestlab test: --merge: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        return report(merged.name(), merged.runs(), o, out, err);
    }

    /** --filter and --rerun-failed as one choice of test names. */
    private static Predicate<String> select(Options o) {
        Predicate<String> select = name -> true;
        if (o.filter != null) {
            Pattern glob = glob(o.filter);
            select = select.and(name -> glob.matcher(name).matches());
        }
        if (o.rerunFailed != null) {
            Set<String> failed;
            try {
                failed = new HashSet<>(JUnitXml.failedTests(o.rerunFailed));
            } catch (IOException e) {
                throw new UsageException("--rerun-failed: " + e.getMessage());
            }
            select = select.and(failed::contains);
        }
        return select;
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    // ----- what to run -----

    private static SuitePlan plan(Options o) throws SuiteException {
        boolean suiteFile = o.files.size() == 1 && o.files.get(0).endsWith("." + Definitions.TEST_SUITE_EXTENSION);
        if (suiteFile) {
            return suitePlan(o, Path.of(o.files.get(0)));
        }
        for (String f : o.files) {
            if (f.endsWith("." + Definitions.TEST_SUITE_EXTENSION)) {
                throw new UsageException("give one suite file alone, not with other files: " + f);
            }
        }
        if (o.ready != null) {
            return readyPlan(o);
        }
        if (!o.cases.isEmpty()) {
            throw new UsageException("--case needs --ready TEXT (the point the machine boots to before each case)");
        }
        if (o.files.isEmpty()) {
            return kernelPlan(o);
        }
        return elfPlan(o);
    }

    private static SuitePlan suitePlan(Options o, Path file) throws SuiteException {
        if (!o.machine.stream().allMatch(a -> !a.startsWith("--") || a.equals("--timeout") || a.equals("--timeout-insns"))
                || o.ready != null || o.verdict != null || !o.cases.isEmpty()) {
            String first = o.ready != null ? "--ready" : o.verdict != null ? "--verdict" : !o.cases.isEmpty() ? "--case"
                    : o.machine.stream().filter(a -> a.startsWith("--") && !a.startsWith("--timeout")).findFirst().orElse("");
            throw new UsageException(file + " says how its tests run; " + first + " cannot be combined with it"
                    + " (edit the suite instead)");
        }
        SuitePlan plan = SuiteFiles.load(file, machine -> MachineDefinitions.toBoardConfig(machine,
                Definitions.fileOf(machine) != null ? Definitions.fileOf(machine) : file));
        if (!o.timeoutGiven) {
            return plan;
        }
        RunOptions limits = RunOptions.parse(withTimeouts(o, List.of("--bios", "none", "--kernel", file.toString())));
        List<TestSpec> tests = plan.tests().stream().map(t -> new TestSpec(t.name(), t.machine(), t.input(), t.check(),
                limits.timeoutInsns, limits.timeoutSeconds)).toList();
        return new SuitePlan(plan.name(), plan.readyMachine(), plan.ready(), tests);
    }

    /** Only the --timeout / --timeout-insns of the machine options, after {@code base}. */
    private static List<String> withTimeouts(Options o, List<String> base) {
        List<String> args = new ArrayList<>(base);
        for (int i = 0; i < o.machine.size(); i++) {
            if (o.machine.get(i).startsWith("--timeout")) {
                args.add(o.machine.get(i));
                args.add(o.machine.get(++i));
            }
        }
        return args;
    }

    /** guestlab run's parsing of the machine options, with {@code --kernel} set when given. */
    private static RunOptions machine(Options o, Path kernel, boolean bareMetalDefault) {
        List<String> args = new ArrayList<>();
        boolean fromFile = o.machine.contains("--machine");
        if (bareMetalDefault && !o.machine.contains("--bios") && !fromFile) {
            args.add("--bios");
            args.add("none");
        }
        args.addAll(o.machine);
        if (kernel != null && !fromFile) {
            args.add("--kernel");
            args.add(kernel.toString());
        }
        return RunOptions.parse(args);
    }

    private static TestSpec spec(String name, VirtBoardConfig config, String input, Check check, RunOptions o,
            boolean timeoutGiven) {
        return new TestSpec(name, config, input, check, o.timeoutInsns,
                timeoutGiven ? o.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS);
    }

    private static SuitePlan elfPlan(Options o) {
        if (o.machine.contains("--kernel")) {
            throw new UsageException("each ELF is booted as --kernel: give either --kernel IMG or ELF files");
        }
        List<TestSpec> tests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String f : o.files) {
            Path elf = Path.of(f);
            RunOptions run = machine(o, elf, true);
            String name = elf.getFileName().toString();
            if (!names.add(name)) {
                name = f; // two programs of one name in different folders
                if (!names.add(name)) {
                    throw new UsageException("'" + f + "' is given twice");
                }
            }
            tests.add(spec(name, run.config, "", o.verdict != null ? o.verdict : Check.ANY_EXIT, run, o.timeoutGiven));
        }
        return new SuitePlan("tests", null, null, tests);
    }

    private static SuitePlan kernelPlan(Options o) {
        if (!o.machine.contains("--kernel") && !o.machine.contains("--machine")) {
            throw new UsageException("nothing to test: give a SUITE.testsuite, ELF files, or --kernel IMG"
                    + " (see 'guestlab test --help')");
        }
        RunOptions run = machine(o, null, false);
        Path kernel = run.config.kernel();
        String name = kernel != null ? kernel.getFileName().toString() : "machine";
        return new SuitePlan(name, null, null,
                List.of(spec(name, run.config, "", o.verdict != null ? o.verdict : Check.ANY_EXIT, run, o.timeoutGiven)));
    }

    private static SuitePlan readyPlan(Options o) {
        if (o.cases.isEmpty()) {
            throw new UsageException("--ready needs at least one --case NAME=INPUT to run in the ready machine");
        }
        RunOptions run = machine(o, null, false);
        Check check = o.verdict != null ? o.verdict : Check.ANY_EXIT;
        List<TestSpec> tests = new ArrayList<>();
        o.cases.forEach((name, input) -> tests.add(spec(name, null, input + "\n", check, run, o.timeoutGiven)));
        Path kernel = run.config.kernel();
        ReadyPoint ready = ReadyPoint.consoleText(o.ready, run.timeoutInsns,
                o.timeoutGiven ? run.timeoutSeconds : DEFAULT_TIMEOUT_SECONDS);
        return new SuitePlan(kernel != null ? kernel.getFileName().toString() : "ready", run.config, ready, tests);
    }
}
