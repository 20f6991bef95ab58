package io.guestlab.ide.editor;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline view of a C, assembly or linker-script editor: follows the text as it is typed; a click selects the name. */
final class OutlinePage extends ContentOutlinePage {

    /** Typing pauses this long before the outline is read again. */
    private static final int REFRESH_DELAY_MS = 400;

    private final ITextEditor editor;
    private final SourceLanguage language;
    private final IDocumentListener listener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            scheduleRefresh();
        }
    };
    private IDocument document;
    private boolean refreshPending;

    OutlinePage(ITextEditor editor, SourceLanguage language) {
        this.editor = editor;
        this.language = language;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        getTreeViewer().setContentProvider(new Flat());
        getTreeViewer().setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((OutlineItem) element).label();
            }

            @Override
            public Image getImage(Object element) {
                String image = switch (((OutlineItem) element).kind()) {
                    case FUNCTION, LABEL -> ISharedImages.IMG_OBJ_ELEMENT;
                    case TYPE -> ISharedImages.IMG_OBJ_FILE;
                    case SECTION, MEMORY_REGION -> ISharedImages.IMG_OBJ_FOLDER;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document != null) {
            document.addDocumentListener(listener);
        }
        refresh();
    }

    /** The items the page shows now (what the Outline view lists). */
    List<OutlineItem> items() {
        return document == null ? List.of() : SourceOutline.of(document.get(), language);
    }

    private void scheduleRefresh() {
        if (refreshPending || getControl() == null || getControl().isDisposed()) {
            return;
        }
        refreshPending = true;
        getControl().getDisplay().timerExec(REFRESH_DELAY_MS, () -> {
            refreshPending = false;
            if (getControl() != null && !getControl().isDisposed()) {
                refresh();
            }
        });
    }

    private void refresh() {
        getTreeViewer().setInput(items());
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof OutlineItem item) {
            String name = item.name().replaceFirst("^(struct|union|enum) ", "");
            editor.selectAndReveal(item.offset(), name.length());
        }
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.removeDocumentListener(listener);
        }
        super.dispose();
    }

    /** A list shown in the Outline's tree. */
    private static final class Flat extends ArrayContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return false;
        }
    }
}
