package io.guestlab.ui.testsupport;

import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * Runs a test a second time when its first run failed only because the Debug view kept the frames
 * of an earlier stop (DebugViewSelection's timeout "the Debug view's frames of the stop"). KNOWN
 * DEFECT, open: after a resume and a Suspend the platform's viewer sometimes keeps the rows of an
 * earlier stop and ignores even a refresh of the thread's row (reproduced under load, seen in CI;
 * see the session note). Any other failure, or the same one twice, fails the test.
 */
public final class RetryOnStaleDebugView implements TestRule {

    static final String STALE = "the Debug view's frames of the stop";

    @Override
    public Statement apply(Statement base, Description description) {
        return new Statement() {
            @Override
            public void evaluate() throws Throwable {
                try {
                    base.evaluate();
                } catch (AssertionError e) {
                    if (e.getMessage() == null || !e.getMessage().contains(STALE)) {
                        throw e;
                    }
                    System.err.println("RetryOnStaleDebugView: " + description.getMethodName()
                            + " ran again after the known stale Debug view: " + e.getMessage());
                    base.evaluate();
                }
            }
        };
    }
}
