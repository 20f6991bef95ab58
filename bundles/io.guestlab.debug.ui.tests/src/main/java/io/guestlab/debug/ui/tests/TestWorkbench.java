package io.guestlab.debug.ui.tests;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests share to drive the workbench: they run on its UI thread. */
final class TestWorkbench {

    /** Long enough for a slow CI machine; a passing test returns as soon as its condition holds. */
    static final long TIMEOUT_MS = 60_000;

    private TestWorkbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Puts the caret at the start of {@code line} (1-based), as a click there does; returns that selection. */
    static TextSelection selectLine(ITextEditor editor, int line) {
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
