package io.guestlab.testing.ui.launching;

import io.guestlab.cli.MachineDefinitions;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.model.Definitions;
import io.guestlab.testing.Check;
import io.guestlab.testing.SuiteException;
import io.guestlab.testing.SuiteFiles;
import io.guestlab.testing.SuitePlan;
import io.guestlab.testing.TestRunner;
import io.guestlab.testing.TestSpec;
import io.guestlab.testing.ui.TestsLaunchAttributes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A "Guestlab Tests" configuration read as {@code guestlab test} reads its command line: the
 * plan (a suite file's, or one test per program on the Machine tab's machine) and the runner's
 * settings. Works on the attribute map, so tabs, the delegate and plain tests read it alike.
 *
 * @param plan     what runs
 * @param settings how (jobs, filter, repeat, the tests a rerun picks)
 * @param suite    the suite file, or null when programs run
 */
public record TestsPlan(SuitePlan plan, TestRunner.Settings settings, Path suite) {

    /** {@code guestlab test}'s default wall-time limit per test, for programs. */
    static final double DEFAULT_TIMEOUT_SECONDS = 120;

    /**
     * Reads the configuration.
     *
     * @throws LaunchProblem one sentence naming the field
     * @throws SuiteException the suite file's problems, one line each naming file and element
     */
    public static TestsPlan read(Map<String, Object> a, UnaryOperator<String> expand)
            throws LaunchProblem, SuiteException {
        String suiteText = text(a, TestsLaunchAttributes.SUITE);
        long insns = number(a, TestsLaunchAttributes.TIMEOUT_INSTRUCTIONS, "Instruction limit", Long.MAX_VALUE);
        String secondsText = text(a, TestsLaunchAttributes.TIMEOUT_SECONDS);
        double seconds;
        try {
            seconds = secondsText.isEmpty() ? -1 : Double.parseDouble(secondsText);
        } catch (NumberFormatException e) {
            throw new LaunchProblem("Time limit: '" + secondsText + "' is not a number of seconds");
        }
        if (!secondsText.isEmpty() && !(seconds > 0)) {
            throw new LaunchProblem("Time limit: " + secondsText + " is not more than 0 seconds");
        }
        SuitePlan plan;
        Path suite = null;
        if (!suiteText.isEmpty()) {
            suite = Path.of(expand.apply(suiteText)).toAbsolutePath();
            if (!Files.isRegularFile(suite)) {
                throw new LaunchProblem("Suite: " + suite + " does not exist or is not a file");
            }
            Path file = suite;
            plan = SuiteFiles.load(file, machine -> MachineDefinitions.toBoardConfig(machine,
                    Definitions.fileOf(machine) != null ? Definitions.fileOf(machine) : file));
            if (insns != Long.MAX_VALUE || seconds > 0) {
                plan = new SuitePlan(plan.name(), plan.readyMachine(), plan.ready(), plan.tests().stream()
                        .map(t -> new TestSpec(t.name(), t.machine(), t.input(), t.check(),
                                insns != Long.MAX_VALUE ? insns : t.timeoutInstructions(),
                                seconds > 0 ? seconds : t.timeoutSeconds()))
                        .toList());
            }
        } else {
            plan = programs(a, expand, insns, seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS);
        }
        plan = rerunFirst(plan, list(a, TestsLaunchAttributes.ONLY));
        int jobs = (int) number(a, TestsLaunchAttributes.JOBS, "Jobs", Runtime.getRuntime().availableProcessors());
        int repeat = (int) number(a, TestsLaunchAttributes.REPEAT, "Repeat", 1);
        if (jobs < 1 || jobs > 1024) {
            throw new LaunchProblem("Jobs: " + jobs + " is out of range 1..1024");
        }
        if (repeat < 1) {
            throw new LaunchProblem("Repeat: " + repeat + " is not 1 or more");
        }
        Predicate<String> select = select(text(a, TestsLaunchAttributes.FILTER), list(a, TestsLaunchAttributes.ONLY));
        return new TestsPlan(plan, TestRunner.Settings.defaults().withJobs(jobs).withRepeat(repeat).withSelect(select),
                suite);
    }

    /** One test per ELF program (a folder: each ELF file in it, by name), each the kernel of its own machine. */
    private static SuitePlan programs(Map<String, Object> a, UnaryOperator<String> expand, long insns, double seconds)
            throws LaunchProblem {
        List<Path> elfs = new ArrayList<>();
        for (String entry : list(a, TestsLaunchAttributes.PROGRAMS)) {
            Path p = Path.of(expand.apply(entry)).toAbsolutePath();
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(f -> Files.isRegularFile(f) && isElf(f)).sorted().forEach(elfs::add);
                } catch (IOException e) {
                    throw new LaunchProblem("Programs: " + p + " cannot be read: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                if (!isElf(p)) {
                    throw new LaunchProblem("Programs: " + p + " is not an ELF file");
                }
                elfs.add(p);
            } else {
                throw new LaunchProblem("Programs: " + p + " does not exist");
            }
        }
        if (elfs.isEmpty()) {
            throw new LaunchProblem("Tests: no suite file and no test programs (ELF files or folders of them)");
        }
        Map<String, Object> machine = new HashMap<>(a);
        machine.put(LaunchAttributes.KERNEL, elfs.get(0).toString());
        VirtBoardConfig base = MachineSetup.read(machine, expand).board();
        String verdict = text(a, TestsLaunchAttributes.VERDICT);
        Check check;
        try {
            check = verdict.isEmpty() ? Check.ANY_EXIT : Check.parse(verdict);
        } catch (IllegalArgumentException e) {
            throw new LaunchProblem("Verdict: " + e.getMessage().replaceFirst("^--verdict: ", ""));
        }
        List<TestSpec> tests = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Path elf : elfs) {
            String name = names.add(elf.getFileName().toString()) ? elf.getFileName().toString() : elf.toString();
            names.add(name);
            tests.add(new TestSpec(name, base.withKernel(elf), "", check, insns, seconds));
        }
        return new SuitePlan("tests", null, null, tests);
    }

    /** The tests a rerun names come first, in that order (the rest keep theirs). */
    private static SuitePlan rerunFirst(SuitePlan plan, List<String> only) {
        if (only.isEmpty()) {
            return plan;
        }
        List<TestSpec> first = new ArrayList<>();
        List<TestSpec> rest = new ArrayList<>();
        for (TestSpec t : plan.tests()) {
            (only.contains(t.name()) ? first : rest).add(t);
        }
        first.sort((x, y) -> Integer.compare(only.indexOf(x.name()), only.indexOf(y.name())));
        first.addAll(rest);
        return new SuitePlan(plan.name(), plan.readyMachine(), plan.ready(), first);
    }

    private static Predicate<String> select(String filter, List<String> only) {
        Predicate<String> select = name -> true;
        if (!filter.isEmpty()) {
            StringBuilder regex = new StringBuilder();
            for (char c : filter.toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
            Pattern glob = Pattern.compile(regex.toString());
            select = select.and(name -> glob.matcher(name).matches());
        }
        if (!only.isEmpty()) {
            Set<String> names = Set.copyOf(only);
            select = select.and(names::contains);
        }
        return select;
    }

    private static boolean isElf(Path file) {
        byte[] magic = new byte[4];
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(magic, 0, 4) == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L'
                    && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(Map<String, Object> a, String key) {
        Object v = a.get(key);
        return v == null ? "" : v.toString().trim();
    }

    private static List<String> list(Map<String, Object> a, String key) {
        return a.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList()
                : List.of();
    }

    private static long number(Map<String, Object> a, String key, String field, long fallback) throws LaunchProblem {
        String v = text(a, key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n <= 0) {
                throw new LaunchProblem(field + ": " + v + " is not more than 0");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new LaunchProblem(field + ": '" + v + "' is not a whole number");
        }
    }
}
