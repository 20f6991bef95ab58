package io.guestlab.testing.ui.view;

import io.guestlab.testing.TestResult;
import io.guestlab.testing.TestRun;
import io.guestlab.testing.ui.session.TestSession;

import org.eclipse.unittest.model.ITestElement;

/**
 * How the test view's elements of a Guestlab run map to the runner's results: an element's data
 * is the name of the test (the machine) it belongs to, its id that name, then for a TAP / KTAP
 * case the index of its result, or for a nested suite its path.
 */
public final class TestElements {

    /** Between a test's name and what follows in an element's id. */
    static final char SEPARATOR = '\u001f';

    private TestElements() {
    }

    static String caseId(String test, int result) {
        return test + SEPARATOR + result;
    }

    static String suiteId(String test, String path) {
        return test + SEPARATOR + "/" + path;
    }

    /** The Guestlab session an element belongs to, or null (another kind of test run). */
    public static TestSession session(ITestElement element) {
        return element.getTestRunSession() == null ? null : TestSession.of(element.getTestRunSession().getLaunch());
    }

    /** The finished run of the test an element belongs to, or null. */
    public static TestRun run(ITestElement element) {
        TestSession session = session(element);
        return session == null || element.getData() == null ? null : session.run(element.getData());
    }

    /**
     * The result an element stands for: a case's own, or for a test or a suite its first failure
     * (its only result when it has one); null when it has none yet.
     */
    public static TestResult result(ITestElement element) {
        TestRun run = run(element);
        if (run == null) {
            return null;
        }
        String id = element.getId();
        int sep = id.lastIndexOf(SEPARATOR);
        if (sep >= 0 && id.length() > sep + 1 && Character.isDigit(id.charAt(sep + 1))) {
            int index = Integer.parseInt(id.substring(sep + 1));
            return index < run.results().size() ? run.results().get(index) : null;
        }
        String path = sep >= 0 ? run.test() + id.substring(sep + 1) : null; // TEST/GROUP/...
        for (TestResult r : run.results()) {
            if (r.verdict().isFailure() && (path == null || r.suite().equals(path) || r.suite().startsWith(path + "/"))) {
                return r;
            }
        }
        return run.results().isEmpty() ? null : run.results().get(0);
    }
}
