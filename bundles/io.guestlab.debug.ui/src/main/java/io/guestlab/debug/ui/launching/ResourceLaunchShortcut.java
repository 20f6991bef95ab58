package io.guestlab.debug.ui.launching;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;

/**
 * A Run As / Debug As shortcut on one resource (the selected one, or the active editor's file):
 * launches the configuration a subclass finds or makes for it, and says in a dialog why not when
 * that fails. Guestlab Machine and Guestlab Tests are such shortcuts.
 */
public abstract class ResourceLaunchShortcut implements ILaunchShortcut {

    private final Class<? extends IResource> kind;

    /** @param kind what the selection must adapt to ({@code IFile}, or {@code IResource} for folders too) */
    protected ResourceLaunchShortcut(Class<? extends IResource> kind) {
        this.kind = kind;
    }

    /** The configuration to launch for {@code resource}: the one made for it earlier, else a new one. */
    protected abstract ILaunchConfiguration configuration(IResource resource) throws CoreException;

    /** The error dialog's title, e.g. "Guestlab Machine". */
    protected abstract String title();

    /** The error message's first words, before the reason, e.g. "Cannot launch /p/kernel.elf". */
    protected abstract String failure(IResource resource);

    @Override
    public final void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && Adapters.adapt(s.getFirstElement(), kind) instanceof IResource resource) {
            launch(resource, mode);
        }
    }

    @Override
    public final void launch(IEditorPart editor, String mode) {
        if (Adapters.adapt(editor.getEditorInput(), IFile.class) instanceof IFile file) {
            launch(file, mode);
        }
    }

    private void launch(IResource resource, String mode) {
        try {
            DebugUITools.launch(configuration(resource), mode);
        } catch (CoreException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), title(), failure(resource) + ": " + e.getMessage());
        }
    }
}
