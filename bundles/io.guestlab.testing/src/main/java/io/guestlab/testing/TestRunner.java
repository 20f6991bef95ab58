package io.guestlab.testing;

import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.snapshot.SnapshotException;
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
    private BoardSnapshot ready;
    private Path readyFile;
    private String readyFailure;
    private Replays replays;

    private TestRunner(SuitePlan plan, Settings settings, RunListener listener) {
        this.plan = plan;
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs the selected tests of {@code plan}; the runs come back in selection order. */
    public static List<TestRun> run(SuitePlan plan, Settings settings, RunListener listener) throws IOException {
        return new TestRunner(plan, settings, listener).run();
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
        if (plan.readyMachine() != null && !mine.isEmpty()) {
            bootReadyMachine();
        }
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
                    TestRun run = runOne(mine.get(slot));
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
        return List.of(runs);
    }

    /** Boots the ready machine to its ready point and keeps its snapshot (or why it failed). */
    private void bootReadyMachine() throws IOException {
        ReadyPoint point = plan.ready();
        listener.bootingReadyMachine(point);
        Transcript transcript = new Transcript(settings.transcriptCap());
        try (TestMachine m = TestMachine.boot(plan.readyMachine(), transcript, TestMachine.LineWatcher.NONE)) {
            Outcome o = m.runToReady(point.timeoutInstructions(), point.timeoutSeconds(), point.console(),
                    point.address());
            boolean reached = switch (o.end()) {
                case CONSOLE -> point.console() != null;
                case READY -> point.address() >= 0;
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

    private TestRun runOne(Instance instance) {
        TestSpec spec = instance.spec();
        String name = instance.name();
        if (spec.machine() == null && ready == null) {
            return errorRun(instance, readyFailure);
        }
        Transcript transcript = new Transcript(settings.transcriptCap());
        Judge judge = new Judge(spec.check());
        Path semihostingCopy = null;
        try {
            TestMachine machine;
            if (spec.machine() != null) {
                VirtBoardConfig config = spec.machine();
                if (config.semihosting().enabled() && config.semihosting().root() != null) {
                    semihostingCopy = copyFolder(config.semihosting().root());
                    config = config.withSemihosting(new Semihosting(true, semihostingCopy));
                }
                machine = TestMachine.boot(config, transcript, judge);
            } else {
                machine = TestMachine.fork(ready, transcript, judge);
            }
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
                machine.type(spec.input());
                Outcome outcome = machine.run(spec.timeoutInstructions(), spec.timeoutSeconds());
                String text = transcript.text();
                List<TestResult> results = judge.results(name, plan.name(), outcome, text);
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
            if (semihostingCopy != null) {
                deleteTree(semihostingCopy);
            }
        }
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
