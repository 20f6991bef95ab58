package io.guestlab.ui.testsupport;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * A test rule that saves what the workbench looked like when a test failed (after the test's own
 * {@code @After} methods ran), as {@code target/screenshots/failed-METHOD.png}: a reviewer of a CI
 * failure sees the views, not only the assertion.
 */
public final class FailureScreenshot extends TestWatcher {

    @Override
    protected void failed(Throwable e, Description description) {
        Screenshots.take("failed-" + description.getMethodName());
    }
}
