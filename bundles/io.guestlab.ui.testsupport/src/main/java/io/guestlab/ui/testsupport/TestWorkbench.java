package io.guestlab.ui.testsupport;

import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.intro.IIntroManager;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Driving the real workbench from a UI test, which runs on the workbench's UI thread: the debug
 * model's events, the views' updates and the jobs' results arrive as asyncExecs, so waiting for
 * something means dispatching events until it holds, never sleeping.
 */
public final class TestWorkbench {

    /** Long enough for a slow CI machine (a template build, a Linux replay); a passing test goes on at once. */
    public static final long TIMEOUT_MS = 120_000;

    private TestWorkbench() {
    }

    /**
     * The active page as a user sees it: the welcome page (shown at a product's first start) closed
     * and the window over the whole display, so that screenshots are readable.
     */
    public static IWorkbenchPage page() {
        IIntroManager intro = PlatformUI.getWorkbench().getIntroManager();
        if (intro.getIntro() != null) {
            intro.closeIntro(intro.getIntro());
        }
        Shell shell = shell();
        Rectangle screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
        if (!shell.getBounds().equals(screen)) {
            shell.setBounds(screen); // maximizing needs a window manager, which a test display may not have
        }
        return window().getActivePage();
    }

    /** The workbench window's shell (also while a dialog is the active shell). */
    public static Shell shell() {
        return window().getShell();
    }

    /** The workbench window: the active one, or the first while a dialog is active and none is. */
    public static IWorkbenchWindow window() {
        IWorkbenchWindow active = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return active != null ? active : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    public static IWorkspaceRoot root() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    /** Something done to the workspace, as a workspace operation would. */
    public interface WorkspaceWork {
        void run(IProgressMonitor monitor) throws CoreException;
    }

    /** Runs {@code work} as one workspace operation (one resource delta, one automatic build after it); returns the project it made. */
    public static IProject inWorkspace(WorkspaceWork work) throws CoreException {
        List<IProject> before = Arrays.asList(root().getProjects());
        ResourcesPlugin.getWorkspace().run(work::run, null);
        for (IProject p : root().getProjects()) {
            if (!before.contains(p)) {
                return p;
            }
        }
        throw new AssertionError("no project was created");
    }

    /** Puts the caret at the start of {@code line} (1-based), as a click there does; returns that selection. */
    public static TextSelection selectLine(ITextEditor editor, int line) {
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        try {
            TextSelection selection = new TextSelection(document, document.getLineOffset(line - 1), 0);
            editor.getSelectionProvider().setSelection(selection);
            return selection;
        } catch (BadLocationException e) {
            throw new AssertionError(editor.getEditorInput().getName() + " has no line " + line, e);
        }
    }

    /** Runs the UI events queued so far (layout, paints, asyncExecs). */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // until the queue is empty
        }
    }

    /**
     * Dispatches UI events until {@code condition} holds; fails naming {@code what} after {@link #TIMEOUT_MS}.
     * Between two looks at the condition everything queued runs, events and then asyncExec runnables:
     * SWT on GTK runs a runnable only from a readAndDispatch that finds no event pending, so a
     * condition that makes an event each time it is looked at (expanding a tree row does) would
     * otherwise starve every UI job, the Debug view's model deltas among them, for good.
     */
    public static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
            }
            if (!runQueued(display)) {
                // wakes on the next event, or after 20 ms to look at the condition again
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        processEvents();
    }

    /**
     * Runs what is queued until the display is idle, for at most a quarter of a second (something
     * outside the test may keep it busy); returns whether anything ran.
     */
    private static boolean runQueued(Display display) {
        long until = System.currentTimeMillis() + 250;
        boolean ran = false;
        while (display.readAndDispatch()) {
            ran = true;
            if (System.currentTimeMillis() > until) {
                break;
            }
        }
        return ran;
    }
}
