package io.guestlab.testing;

import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.testing.internal.FailureLocator;
import io.guestlab.testing.internal.FailurePoint;
import io.guestlab.testing.internal.Judge;
import io.guestlab.testing.internal.Replays;
import io.guestlab.testing.internal.TestMachine;
import io.guestlab.testing.internal.TestMachine.Outcome;
import io.guestlab.testing.internal.Transcript;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs a {@link SuitePlan}: every test in its own machine (booted fresh, or forked from the
 * ready machine's snapshot), on {@code jobs} host threads. Machines share nothing but
 * copy-on-write pages of the ready snapshot and read-only images, and time is virtual, so the
 * results and transcripts do not depend on the order, the number of jobs or the shard.
 */
public final class TestRunner {

    /** Console output kept per test by default; the rest is counted and dropped. */
    public static final int DEFAULT_TRANSCRIPT_CAP = 1 << 20;

    /**
     * How to run.
     *
     * @param jobs          host threads
     * @param shard         the part of the selection this process runs
     * @param repeat        how often each test runs ({@code NAME #K} from the second run on)
     * @param select        which test names run (filter, rerun of failures); applied before sharding
     * @param transcriptCap console bytes kept per test
     * @param results       the folder for transcripts and replays, or null
     */
    public record Settings(int jobs, Shard shard, int repeat, Predicate<String> select, int transcriptCap,
            Path results) {

        public Settings {
            if (jobs < 1 || repeat < 1 || transcriptCap < 0) {
                throw new IllegalArgumentException("jobs and repeat must be 1 or more");
            }
        }

        /** One job, the whole plan, once, everything kept in memory only. */
        public static Settings defaults() {
            return new Settings(1, Shard.ALL, 1, name -> true, DEFAULT_TRANSCRIPT_CAP, null);
        }

        public Settings withJobs(int n) {
            return new Settings(n, shard, repeat, select, transcriptCap, results);
        }

        public Settings withShard(Shard s) {
            return new Settings(jobs, s, repeat, select, transcriptCap, results);
        }

        public Settings withRepeat(int k) {
            return new Settings(jobs, shard, k, select, transcriptCap, results);
        }

        public Settings withSelect(Predicate<String> p) {
            return new Settings(jobs, shard, repeat, p, transcriptCap, results);
        }

        public Settings withTranscriptCap(int bytes) {
            return new Settings(jobs, shard, repeat, select, bytes, results);
        }

        public Settings withResults(Path folder) {
            return new Settings(jobs, shard, repeat, select, transcriptCap, folder);
        }
    }

    /** One test to run: the spec, its name for this repetition, its position in the selection. */
    private record Instance(TestSpec spec, String name, int index) {
    }

    private final SuitePlan plan;
    private final Settings settings;
    private final RunListener listener;
    private final Cancellation cancellation;
    private BoardSnapshot ready;
    /** The ready machine's copy of the suite's semihosting folder, as it was at the ready point; null: none. */
    private Path readyFolder;
    private Path readyFile;
    private String readyFailure;
    private Replays replays;

    private TestRunner(SuitePlan plan, Settings settings, RunListener listener, Cancellation cancellation) {
        this.plan = plan;
        this.settings = settings;
        this.listener = listener;
        this.cancellation = cancellation;
    }

    /** Runs the selected tests of {@code plan}; the runs come back in selection order. */
    public static List<TestRun> run(SuitePlan plan, Settings settings, RunListener listener) throws IOException {
        return run(plan, settings, listener, new Cancellation());
    }

    /**
     * {@link #run(SuitePlan, Settings, RunListener)}, which {@code cancellation} can end early:
     * then only the tests that finished come back (and were reported).
     */
    public static List<TestRun> run(SuitePlan plan, Settings settings, RunListener listener,
            Cancellation cancellation) throws IOException {
        return new TestRunner(plan, settings, listener, cancellation).run();
    }

    /** The tests {@code settings} select from {@code plan}, in order, before sharding: names and positions. */
    private static List<Instance> select(SuitePlan plan, Settings settings) {
        List<Instance> all = new ArrayList<>();
        for (TestSpec spec : plan.tests()) {
            for (int k = 1; k <= settings.repeat(); k++) {
                String name = k == 1 ? spec.name() : spec.name() + " #" + k;
                if (settings.select().test(spec.name()) || settings.select().test(name)) {
                    all.add(new Instance(spec, name, all.size()));
                }
            }
        }
        return all;
    }

    private List<TestRun> run() throws IOException {
        List<Instance> mine = select(plan, settings).stream()
                .filter(i -> settings.shard().includes(i.index())).toList();
        if (settings.results() != null) {
            replays = new Replays(settings.results());
        }
        try {
            if (plan.readyMachine() != null && !mine.isEmpty()) {
                bootReadyMachine();
            }
            return runAll(mine);
        } finally {
            if (readyFolder != null) {
                deleteTree(readyFolder);
            }
        }
    }

    private List<TestRun> runAll(List<Instance> mine) throws IOException {
        listener.started(mine.size());
        TestRun[] runs = new TestRun[mine.size()];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.jobs(), Math.max(1, mine.size())),
                r -> {
                    Thread t = new Thread(r, "guestlab-test");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                int slot = i;
                futures.add(pool.submit(() -> {
                    if (cancellation.isCancelled()) {
                        return null;
                    }
                    TestRun run = runOne(mine.get(slot));
                    if (run == null) {
                        return null; // cancelled while it ran
                    }
                    runs[slot] = run;
                    synchronized (listener) {
                        listener.finished(run);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return java.util.Arrays.stream(runs).filter(Objects::nonNull).toList();
    }

    /**
     * Boots the ready machine to its ready point and keeps its snapshot (or why it failed). It
     * works on its own copy of the suite's semihosting folder; what the boot left there is what
     * every test's fork starts with, in a copy of its own.
     */
    private void bootReadyMachine() throws IOException {
        ReadyPoint point = plan.ready();
        listener.bootingReadyMachine(point);
        Transcript transcript = new Transcript(settings.transcriptCap());
        VirtBoardConfig config = plan.readyMachine();
        if (config.semihosting().enabled() && config.semihosting().root() != null) {
            readyFolder = copyFolder(config.semihosting().root());
            config = config.withSemihosting(new Semihosting(true, readyFolder));
        }
        try (TestMachine m = TestMachine.boot(config, transcript, TestMachine.LineWatcher.NONE)) {
            cancellation.started(m);
            Outcome o;
            try {
                o = m.runToReady(point);
            } finally {
                cancellation.ended(m);
            }
            boolean reached = switch (o.end()) {
                case CONSOLE -> point.console() != null;
                case READY -> point.address() >= 0 || point.semihostingBreakpoint();
                case INSTRUCTION_LIMIT -> point.instructions() >= 0;
                default -> false;
            };
            if (!reached) {
                readyFailure = "the ready phase never reached " + point.description() + ": " + o.describe()
                        + "\n--- ready machine console ---\n" + transcript.text();
                return;
            }
            ready = m.board().snapshot();
            if (replays != null) {
                readyFile = replays.saveReady(ready);
            }
        } catch (BootImageException | SnapshotException e) {
            readyFailure = "the ready machine cannot run: " + e.getMessage();
        }
    }

    /** A test's machine as it starts, and the semihosting folder copy it uses (null: none), to delete after. */
    private record Started(TestMachine machine, Path semihostingCopy) {
    }

    /** Boots (or forks) the test's machine with its own copy of the semihosting folder (the suite's, or the ready machine's). */
    private Started start(TestSpec spec, Transcript transcript, TestMachine.LineWatcher watcher)
            throws IOException, BootImageException, SnapshotException {
        if (spec.machine() == null) {
            if (readyFolder == null) {
                return new Started(TestMachine.fork(ready, transcript, watcher), null);
            }
            Path copy = copyFolder(readyFolder);
            BoardSnapshot own = new BoardSnapshot(ready.config().withSemihosting(new Semihosting(true, copy)),
                    ready.state(), ready.ram(), ready.disks());
            try {
                return new Started(TestMachine.fork(own, transcript, watcher), copy);
            } catch (IOException | SnapshotException | RuntimeException e) {
                deleteTree(copy);
                throw e;
            }
        }
        VirtBoardConfig config = spec.machine();
        Path copy = null;
        if (config.semihosting().enabled() && config.semihosting().root() != null) {
            copy = copyFolder(config.semihosting().root());
            config = config.withSemihosting(new Semihosting(true, copy));
        }
        try {
            return new Started(TestMachine.boot(config, transcript, watcher), copy);
        } catch (IOException | BootImageException | RuntimeException e) {
            if (copy != null) {
                deleteTree(copy);
            }
            throw e;
        }
    }

    /** Runs one test; null when it was cancelled before it ended. */
    private TestRun runOne(Instance instance) {
        TestSpec spec = instance.spec();
        String name = instance.name();
        if (spec.machine() == null && ready == null) {
            return errorRun(instance, readyFailure);
        }
        Transcript transcript = new Transcript(settings.transcriptCap());
        Judge judge = new Judge(spec.check());
        Started started = null;
        try {
            started = start(spec, transcript, judge);
            TestMachine machine = started.machine();
            try (machine) {
                String base = Replays.fileName(instance.index(), name);
                Replays.Recording recording = null;
                String note = "";
                if (replays != null) {
                    try {
                        recording = replays.record(base, machine.board(), spec.machine() == null ? readyFile : null);
                    } catch (SnapshotException e) {
                        note = "no replay file: " + e.getMessage() + "\n";
                    }
                }
                synchronized (listener) {
                    listener.starting(name);
                }
                long startStep = machine.board().machine().steps();
                machine.type(spec.input());
                Outcome outcome;
                cancellation.started(machine);
                try {
                    outcome = machine.run(spec.timeoutInstructions(), spec.timeoutSeconds());
                } finally {
                    cancellation.ended(machine);
                }
                if (outcome.end() == TestMachine.End.CANCELLED) {
                    return null;
                }
                String text = transcript.text();
                List<TestResult> results = locate(spec, machine, startStep, outcome,
                        judge.results(name, plan.name(), outcome, text));
                boolean failed = results.stream().anyMatch(r -> r.verdict().isFailure());
                String replay = note.isEmpty() || !failed ? "" : note;
                if (recording != null) {
                    long failStep = results.stream().filter(r -> r.verdict().isFailure()).mapToLong(TestResult::failStep)
                            .filter(s -> s >= 0).min().orElse(outcome.steps());
                    replay = recording.finish(machine.board(), failed, failStep);
                }
                if (replays != null) {
                    replays.transcript(base, text);
                }
                return new TestRun(name, instance.index(), outcome.guestSeconds(), outcome.instructions(), text,
                        results, replay);
            }
        } catch (BootImageException | SnapshotException e) {
            return errorRun(instance, "the machine cannot run: " + e.getMessage());
        } catch (IOException e) {
            return errorRun(instance, "the machine cannot run: " + e.getMessage());
        } catch (OutOfMemoryError e) {
            return errorRun(instance, "not enough host memory for this test's machine (raise -Xmx or lower --jobs)");
        } finally {
            if (started != null && started.semihostingCopy() != null) {
                deleteTree(started.semihostingCopy());
            }
        }
    }

    /**
     * The results with the exact step of each failure ({@link FailureLocator}: the test runs
     * again, to that step). A run that cannot repeat (host time, a wall-time limit) keeps the
     * step it saw.
     */
    private List<TestResult> locate(TestSpec spec, TestMachine machine, long startStep, Outcome outcome,
            List<Judge.Judged> judged) throws IOException, BootImageException, SnapshotException {
        List<FailurePoint> points = judged.stream().map(Judge.Judged::point).filter(Objects::nonNull).toList();
        FailureLocator.Located located = new FailureLocator.Located(Map.of(), null);
        if (!points.isEmpty()) {
            boolean repeats = outcome.end() != TestMachine.End.TIME_LIMIT && !machine.board().config().hostTime();
            if (repeats) {
                located = FailureLocator.locate(machine, startStep, outcome.steps(), points, () -> {
                    Started again = start(spec, new Transcript(0), TestMachine.LineWatcher.NONE);
                    if (again.semihostingCopy() != null) {
                        again.machine().onClose(() -> deleteTree(again.semihostingCopy()));
                    }
                    again.machine().type(spec.input());
                    cancellation.started(again.machine());
                    again.machine().onClose(() -> cancellation.ended(again.machine()));
                    return again.machine();
                });
            }
        }
        List<TestResult> out = new java.util.ArrayList<>();
        for (Judge.Judged j : judged) {
            TestResult r = j.result();
            long step = j.point() == null ? -1 : located.steps().getOrDefault(j.point(), outcome.steps());
            String message = r.message();
            if (located.firstTrap() != null && j.point() != null && j.point().kind() == FailurePoint.Kind.TRAP) {
                // the instruction that faulted, not the handler address the hart looped at
                VirtBoardConfig board = spec.machine() != null ? spec.machine() : plan.readyMachine();
                message = message.replace(outcome.describe(), "the guest trapped: "
                        + located.firstTrap().describe(board == null ? null : board.kernel())
                        + "; it could not get out: " + outcome.detail());
            }
            out.add(new TestResult(r.suite(), r.name(), r.verdict(), message, r.output(), step));
        }
        return out;
    }

    private TestRun errorRun(Instance instance, String message) {
        return new TestRun(instance.name(), instance.index(), 0, 0, "",
                List.of(new TestResult(plan.name(), instance.name(), Verdict.ERROR, message, "", -1)), "");
    }

    /** A fresh copy of a test's semihosting folder: the guest may change its copy, never the suite's. */
    private static Path copyFolder(Path source) throws IOException {
        Path copy = Files.createTempDirectory("guestlab-semihosting-");
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(copy.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, copy.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        return copy;
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temp folder left behind harms nothing; the test's verdict stands
        }
    }
}
