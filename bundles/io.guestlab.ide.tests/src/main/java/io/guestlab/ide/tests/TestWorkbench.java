package io.guestlab.ide.tests;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;

/** What the UI tests share to drive the workbench: they run on its UI thread. */
final class TestWorkbench {

    /** Long enough for a slow CI machine (a build of a template takes a second or two); a passing test returns at once. */
    static final long TIMEOUT_MS = 120_000;

    private TestWorkbench() {
    }

    /** Something done to the workspace, as a workspace operation would. */
    interface WorkspaceWork {
        void run(IProgressMonitor monitor) throws CoreException;
    }

    static IWorkspaceRoot root() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    /** Runs {@code work} as one workspace operation (one resource delta, one automatic build after it); returns the project it made. */
    static IProject inWorkspace(WorkspaceWork work) throws CoreException {
        IProject[] before = root().getProjects();
        ResourcesPlugin.getWorkspace().run(work::run, null);
        for (IProject p : root().getProjects()) {
            if (!java.util.Arrays.asList(before).contains(p)) {
                return p;
            }
        }
        throw new AssertionError("no project was created");
    }

    /** The workbench page, the welcome page (shown at the product's first start) closed first. */
    static IWorkbenchPage page() {
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        if (!shell.getMaximized()) {
            shell.setMaximized(true); // the whole display: screenshots a user can read
        }
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the UI events queued so far (layout, paints, asyncExecs). */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // until the queue is empty
        }
    }

    /** Dispatches UI events until {@code condition} holds; fails naming {@code what} after {@link #TIMEOUT_MS}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        processEvents();
    }
}
