package io.guestlab.ide.editor;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

/** The C identifier under the caret, and the workspace file a document belongs to. */
final class Identifiers {

    private Identifiers() {
    }

    /** The identifier around {@code offset}, or null when there is none (a number, blank, punctuation). */
    static IRegion at(IDocument document, int offset) {
        try {
            int start = offset, end = offset;
            while (start > 0 && isPart(document.getChar(start - 1))) {
                start--;
            }
            while (end < document.getLength() && isPart(document.getChar(end))) {
                end++;
            }
            if (end == start || Character.isDigit(document.getChar(start))) {
                return null;
            }
            return new Region(start, end - start);
        } catch (BadLocationException e) {
            return null;
        }
    }

    private static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The workspace file whose buffer holds {@code document}, or null (a file outside the workspace). */
    static IFile fileOf(IDocument document) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
        if (buffer == null || buffer.getLocation() == null) {
            return null;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
        return file.exists() ? file : null;
    }
}
