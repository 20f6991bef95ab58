package io.guestlab.ide.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the generic editor an Outline page for Guestlab's C, assembly and linker-script files (and nothing else). */
public final class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)) {
            return null;
        }
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        SourceLanguage language = file == null ? null : languageOf(file);
        return language == null ? null : type.cast(new OutlinePage(editor, language));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IContentOutlinePage.class};
    }

    static SourceLanguage languageOf(IFile file) {
        try {
            IContentDescription description = file.getContentDescription();
            if (description == null || description.getContentType() == null) {
                return null;
            }
            String id = description.getContentType().getId();
            for (SourceLanguage language : SourceLanguage.values()) {
                if (language.contentTypeId().equals(id)) {
                    return language;
                }
            }
        } catch (CoreException e) {
            // a file that cannot be read has no outline
        }
        return null;
    }
}
