package io.guestlab.testing.ui.session;

import io.guestlab.testing.Cancellation;
import io.guestlab.testing.RunListener;
import io.guestlab.testing.SuitePlan;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.TestRunner;
import io.guestlab.testing.TestSpec;
import io.guestlab.testing.ui.launching.TestsPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunch;

/**
 * One launch of a "Guestlab Tests" configuration: the runner on a job (the Progress view shows
 * it; cancelling it, the launch's terminate or the test view's stop end every machine within a
 * quantum), its results folder (transcripts, replay files), and what happened so far, which a
 * listener that comes late (the test view's client) hears from the start.
 */
public final class TestSession {

    private static final Map<ILaunch, TestSession> SESSIONS = new ConcurrentHashMap<>();

    private final ILaunch launch;
    private final TestsPlan plan;
    private final Path results;
    private final Cancellation cancellation = new Cancellation();
    private final List<Consumer<TestSessionListener>> history = new ArrayList<>();
    private final List<TestSessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, TestRun> runs = new ConcurrentHashMap<>();
    private final Job job;
    private volatile boolean ended;

    private TestSession(ILaunch launch, String name, TestsPlan plan, Path results) {
        this.launch = launch;
        this.plan = plan;
        this.results = results;
        this.job = new Job("Guestlab tests: " + name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return TestSession.this.run(monitor);
            }

            @Override
            protected void canceling() {
                TestSession.this.cancel(); // at once, not when the runner next looks at the monitor
            }
        };
        job.setUser(false);
    }

    /** Creates the session of {@code launch}; {@link #start()} runs it. */
    public static TestSession create(ILaunch launch, String name, TestsPlan plan, Path results) {
        TestSession s = new TestSession(launch, name, plan, results);
        SESSIONS.put(launch, s);
        return s;
    }

    /** The session of a launch, or null. */
    public static TestSession of(ILaunch launch) {
        return launch == null ? null : SESSIONS.get(launch);
    }

    /** Forgets the session of a removed launch. */
    public static void forget(ILaunch launch) {
        SESSIONS.remove(launch);
    }

    public ILaunch launch() {
        return launch;
    }

    public SuitePlan plan() {
        return plan.plan();
    }

    /** The folder of this run's transcripts and replay files. */
    public Path results() {
        return results;
    }

    /** The test of a plan named {@code test} (a repetition's name {@code NAME #K} included), or null. */
    public TestSpec spec(String test) {
        String base = test.replaceFirst(" #\\d+$", "");
        return plan.plan().tests().stream().filter(t -> t.name().equals(base) || t.name().equals(test)).findFirst()
                .orElse(null);
    }

    /** The finished run of the test named {@code test}, or null. */
    public TestRun run(String test) {
        return runs.get(test);
    }

    public Job job() {
        return job;
    }

    public void start() {
        job.schedule();
    }

    /**
     * Ends the run: no test starts, every machine stops within a quantum, and nothing that ends
     * after this is reported (a test cut while its failure was being located, say), so that the
     * process, the test view (which ignores what comes after its own Stop) and the results agree.
     */
    public void cancel() {
        cancellation.cancel();
    }

    public boolean isEnded() {
        return ended;
    }

    /**
     * Adds a listener, which first hears everything that happened so far. Not on the UI thread
     * while the run goes on: this waits for an event being delivered, and the test view's
     * listeners wait for the UI thread while they hear one.
     */
    public void addListener(TestSessionListener listener) {
        synchronized (history) {
            history.forEach(event -> event.accept(listener));
            listeners.add(listener);
        }
    }

    /**
     * Removes a listener at once, without waiting for an event being delivered: the test view's
     * Stop removes its client on the UI thread, while the view's own listeners, hearing an event,
     * may wait for the UI thread (the run's start and end are shown through syncExec).
     */
    public void removeListener(TestSessionListener listener) {
        listeners.remove(listener);
    }

    private void fire(Consumer<TestSessionListener> event) {
        synchronized (history) {
            history.add(event);
            for (TestSessionListener l : listeners) {
                event.accept(l);
            }
        }
    }

    private IStatus run(IProgressMonitor monitor) {
        long start = System.nanoTime();
        String failure = null;
        try {
            TestRunner.run(plan.plan(), plan.settings().withResults(results), new RunListener() {
                @Override
                public void started(int total) {
                    monitor.beginTask("Running guest tests", total);
                    fire(l -> l.started(total));
                }

                @Override
                public void starting(String test) {
                    monitor.subTask(test);
                    synchronized (history) { // what starts or ends after the cancel was cut
                        if (!cancellation.isCancelled()) {
                            fire(l -> l.starting(test));
                        }
                    }
                }

                @Override
                public void finished(TestRun run) {
                    monitor.worked(1);
                    synchronized (history) {
                        if (!cancellation.isCancelled()) {
                            runs.put(run.test(), run);
                            fire(l -> l.finished(run));
                        }
                    }
                }
            }, cancellation);
        } catch (IOException | RuntimeException e) {
            failure = "the tests could not run: " + e.getMessage();
        } finally {
            monitor.done();
            ended = true;
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            boolean cancelled = cancellation.isCancelled();
            String why = failure;
            fire(l -> l.ended(duration, cancelled, why));
        }
        return cancellation.isCancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }
}
