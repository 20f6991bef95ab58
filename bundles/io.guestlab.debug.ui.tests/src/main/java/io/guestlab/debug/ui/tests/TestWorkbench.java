package io.guestlab.debug.ui.tests;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the UI tests share to drive the workbench: they run on its UI thread. */
final class TestWorkbench {

    /** Long enough for a slow CI machine; a passing test returns as soon as its condition holds. */
    static final long TIMEOUT_MS = 60_000;

    private TestWorkbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the UI events queued so far (layout, paints, asyncExecs). */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going until the queue is empty
        }
    }

    /**
     * Runs the UI's event loop until {@code condition} holds: the debug model's events and the
     * views' updates arrive as asyncExecs, so waiting means dispatching them.
     */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                // wakes on the next event, or after 20 ms to look at the condition again
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        processEvents();
    }
}
