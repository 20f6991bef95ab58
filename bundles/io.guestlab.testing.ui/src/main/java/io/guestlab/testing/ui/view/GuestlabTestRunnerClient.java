package io.guestlab.testing.ui.view;

import io.guestlab.testing.Check;
import io.guestlab.testing.TestResult;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.TestSpec;
import io.guestlab.testing.Verdict;
import io.guestlab.testing.ui.session.TestSession;
import io.guestlab.testing.ui.session.TestSessionListener;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.unittest.launcher.ITestRunnerClient;
import org.eclipse.unittest.model.ITestCaseElement;
import org.eclipse.unittest.model.ITestElement;
import org.eclipse.unittest.model.ITestRunSession;
import org.eclipse.unittest.model.ITestSuiteElement;

/**
 * Feeds the test view from a {@link TestSession}, live: a test appears when its machine starts
 * (a case, or for TAP / KTAP a suite), its verdict when it ends; a TAP / KTAP test's cases come
 * nested by their (sub)suites. The failure trace holds the cause: the message (exit code, trap,
 * timeout, the failing diagnostic), the step the failure is at, and the case's lines or the end
 * of the console.
 */
public final class GuestlabTestRunnerClient implements ITestRunnerClient, TestSessionListener {

    /** Console lines of a plain test shown under its failure (the whole transcript opens on double-click). */
    private static final int TRACE_LINES = 25;

    /**
     * Where the runner's message of a trap loop goes on from the faulting instruction to why the
     * hart could not leave the loop (TestRunner's failure locating): the trace breaks the line
     * there, so that the view's first line is the cause, not cut off after the window's width.
     */
    private static final String TRAP_LOOP_DETAIL = "it could not get out: ";

    private final ITestRunSession view;
    private final TestSession session;
    private final Map<String, ITestElement> elements = new HashMap<>();

    public GuestlabTestRunnerClient(ITestRunSession view, TestSession session) {
        this.view = view;
        this.session = session;
    }

    @Override
    public void startMonitoring() {
        if (session != null) {
            session.addListener(this);
        }
    }

    @Override
    public void stopTest() {
        if (session != null) {
            session.cancel();
        }
    }

    @Override
    public void stopMonitoring() {
        if (session != null) {
            session.removeListener(this);
        }
    }

    @Override
    public void started(int total) {
        // a TAP / KTAP test reports cases nobody can count before it ran
        boolean counted = session.plan().tests().stream().noneMatch(t -> hasCases(t.name()));
        view.notifyTestSessionStarted(counted ? Integer.valueOf(total) : null);
    }

    @Override
    public void starting(String test) {
        ITestElement e = hasCases(test) ? view.newTestSuite(test, test, null, view, test, test)
                : view.newTestCase(test, test, view, test, test);
        elements.put(test, e);
        view.notifyTestStarted(e);
    }

    private boolean hasCases(String test) {
        TestSpec spec = session.spec(test);
        return spec != null && (spec.check() instanceof Check.Tap || spec.check() instanceof Check.Ktap);
    }

    @Override
    public void finished(TestRun run) {
        ITestElement e = elements.get(run.test());
        if (e == null) {
            starting(run.test());
            e = elements.get(run.test());
        }
        if (e instanceof ITestCaseElement) {
            TestResult r = run.results().get(0);
            report(e, r, run, true);
            view.notifyTestEnded(e, r.verdict() == Verdict.SKIP);
            return;
        }
        ITestSuiteElement test = (ITestSuiteElement) e;
        List<TestResult> results = run.results();
        for (int i = 0; i < results.size(); i++) {
            TestResult r = results.get(i);
            ITestSuiteElement parent = group(test, run.test(), r.suite());
            ITestCaseElement c = view.newTestCase(TestElements.caseId(run.test(), i), r.name(), parent, r.name(),
                    run.test());
            view.notifyTestStarted(c);
            report(c, r, run, false);
            view.notifyTestEnded(c, r.verdict() == Verdict.SKIP);
        }
        // no notifyTestEnded for the suite itself: the view derives a suite's end from its cases
        // (and logs an error for a suite ended this way)
    }

    /** The suite element of a case's group ({@code TEST/SUB/SUBSUB}), made as needed. */
    private ITestSuiteElement group(ITestSuiteElement test, String name, String suite) {
        if (!suite.startsWith(name + "/")) {
            return test;
        }
        ITestSuiteElement parent = test;
        String path = "";
        for (String part : suite.substring(name.length() + 1).split("/")) {
            path = path.isEmpty() ? part : path + "/" + part;
            String id = TestElements.suiteId(name, path);
            ITestElement g = elements.get(id);
            if (g == null) {
                g = view.newTestSuite(id, part, null, parent, part, name);
                elements.put(id, g);
            }
            parent = (ITestSuiteElement) g;
        }
        return parent;
    }

    private void report(ITestElement e, TestResult r, TestRun run, boolean wholeTest) {
        if (!r.verdict().isFailure()) {
            return;
        }
        StringBuilder trace = new StringBuilder(r.verdict().name()).append(": ")
                .append(r.message().replace("; " + TRAP_LOOP_DETAIL, "\n" + TRAP_LOOP_DETAIL)).append('\n');
        if (r.failStep() >= 0) {
            trace.append("at machine step ").append(r.failStep()).append(" (Debug this test stops there)\n");
        }
        String output = wholeTest ? tail(run.transcript()) : r.output();
        if (!output.isBlank()) {
            trace.append(wholeTest ? "\nthe end of the console:\n" : "\nits lines:\n").append(output);
        }
        view.notifyTestFailed(e, r.verdict() == Verdict.FAIL ? ITestElement.Result.FAILURE : ITestElement.Result.ERROR,
                false, new ITestElement.FailureTrace(trace.toString(), null, null));
    }

    private static String tail(String transcript) {
        List<String> lines = transcript.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TRACE_LINES), lines.size())) + "\n";
    }

    @Override
    public void ended(Duration duration, boolean cancelled, String failure) {
        if (failure != null) {
            view.notifyTestSessionAborted(duration, new IllegalStateException(failure));
        } else if (cancelled) {
            view.notifyTestSessionAborted(duration, null);
        } else {
            view.notifyTestSessionCompleted(duration);
        }
    }
}
