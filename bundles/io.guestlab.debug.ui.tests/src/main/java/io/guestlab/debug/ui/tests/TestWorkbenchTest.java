package io.guestlab.debug.ui.tests;

import static org.junit.Assert.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.Test;

import io.guestlab.ui.testsupport.TestWorkbench;

/** What the UI tests' wait promises them, in a real workbench's display. */
public class TestWorkbenchTest {

    /**
     * A condition that makes an event each time it is looked at (here a tree row expanded and
     * collapsed, as a test that expands the Debug view's thread row does) must not keep the
     * display from running what was queued with asyncExec: the platform's UI jobs, the Debug
     * view's model deltas among them, run that way. SWT on GTK runs such a runnable only when
     * no event is pending, so a wait that looks at the condition after every event waits for ever.
     */
    @Test
    public void waitUntilRunsQueuedRunnablesWhileTheConditionMakesEvents() {
        Display display = Display.getCurrent();
        Shell shell = new Shell(display);
        try {
            Tree tree = new Tree(shell, SWT.NONE);
            TreeItem row = new TreeItem(tree, SWT.NONE);
            row.setText("thread");
            new TreeItem(row, SWT.NONE).setText("frame");
            shell.setSize(300, 200);
            tree.setSize(300, 200);
            shell.open();
            TestWorkbench.processEvents();
            boolean[] ran = {false};
            display.asyncExec(() -> ran[0] = true);
            TestWorkbench.waitUntil("the queued runnable", () -> {
                row.setExpanded(!row.getExpanded());
                return ran[0];
            });
            assertTrue(ran[0]);
        } finally {
            shell.dispose();
        }
    }
}
