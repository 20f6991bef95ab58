package io.guestlab.ide.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Ctrl+click and F3 (Open Hyperlink) on a name: to its definition, as the last build's DWARF records it. */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IDocument document = viewer.getDocument();
        IFile source = Identifiers.fileOf(document);
        IRegion word = Identifiers.at(document, region.getOffset());
        if (source == null || word == null) {
            return null;
        }
        String name;
        try {
            name = document.get(word.getOffset(), word.getLength());
        } catch (BadLocationException e) {
            return null;
        }
        List<ProgramSymbols.Found> found = ProgramSymbols.lookup(source, name).stream()
                .filter(f -> f.source() != null && f.declaration().line() > 0).toList();
        if (found.isEmpty()) {
            return null;
        }
        IHyperlink[] links = found.stream().map(f -> (IHyperlink) new Link(word, f)).toArray(IHyperlink[]::new);
        return canShowMultipleHyperlinks ? links : new IHyperlink[] {links[0]};
    }

    /** Opens the defining file at the declaration's line and column, the name selected. */
    private record Link(IRegion region, ProgramSymbols.Found target) implements IHyperlink {

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return "Guestlab definition";
        }

        @Override
        public String getHyperlinkText() {
            return "Open " + target.declaration().name() + " (" + target.source().getProjectRelativePath() + ":"
                    + target.declaration().line() + ")";
        }

        @Override
        public void open() {
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                IEditorPart editor = IDE.openEditor(page, target.source());
                if (editor instanceof ITextEditor text) {
                    IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
                    int lineOffset = document.getLineOffset(target.declaration().line() - 1);
                    int column = Math.max(0, target.declaration().column() - 1);
                    int lineLength = document.getLineLength(target.declaration().line() - 1);
                    int start = lineOffset + Math.min(column, lineLength);
                    String rest = document.get(start, lineOffset + lineLength - start);
                    int at = rest.indexOf(target.declaration().name());
                    text.selectAndReveal(at >= 0 ? start + at : start, at >= 0 ? target.declaration().name().length() : 0);
                }
            } catch (PartInitException | BadLocationException e) {
                PlatformUI.getWorkbench().getDisplay().beep(); // the file changed since the build: nothing to show
            }
        }
    }
}
