package io.guestlab.ui.testsupport;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/** Where the debugger shows its current place in the source: the active editor and its current-line annotation. */
public final class SourceDisplay {

    private SourceDisplay() {
    }

    /** The active editor's input name ("main.c"), or "" when no editor is open. */
    public static String activeEditorName() {
        IEditorPart editor = TestWorkbench.page().getActiveEditor();
        return editor == null ? "" : editor.getEditorInput().getName();
    }

    /**
     * The 1-based line of the active editor that carries the debugger's current-instruction
     * annotation (the green or grey bar), or 0 when there is none.
     */
    public static int currentLine() {
        if (!(TestWorkbench.page().getActiveEditor() instanceof ITextEditor editor)) {
            return 0;
        }
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (model == null || document == null) {
            return 0;
        }
        for (var it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (a.getType().startsWith("org.eclipse.debug.ui.currentIP") && model.getPosition(a) != null) {
                try {
                    return document.getLineOfOffset(model.getPosition(a).getOffset()) + 1;
                } catch (BadLocationException e) {
                    return 0;
                }
            }
        }
        return 0;
    }
}
