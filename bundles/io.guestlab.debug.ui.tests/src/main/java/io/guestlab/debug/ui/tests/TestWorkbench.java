package io.guestlab.debug.ui.tests;

import org.eclipse.swt.widgets.Display;

/** What the UI tests share to drive the workbench: they run on its UI thread. */
final class TestWorkbench {

    private TestWorkbench() {
    }

    /** Runs the UI events queued so far (layout, paints, asyncExecs). */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep going until the queue is empty
        }
    }
}
