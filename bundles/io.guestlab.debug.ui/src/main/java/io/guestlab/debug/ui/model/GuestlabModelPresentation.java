package io.guestlab.debug.ui.model;

import java.io.File;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.ILineBreakpoint;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.sourcelookup.containers.LocalFileStorage;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;

import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabTrapCatchpoint;
import io.guestlab.debug.core.model.GuestlabTaskThread;
import io.guestlab.debug.ui.DebugUiImages;

/**
 * How Guestlab's debug elements look: harts, frames, registers and variables carry their own
 * labels (the debug core names them); breakpoints are described with condition and hit count;
 * source files, in the workspace or not, open in the generic editor with C highlighting.
 */
public final class GuestlabModelPresentation extends LabelProvider implements IDebugModelPresentation {

    /** The generic editor, where Guestlab's C and assembly content types are bound. */
    public static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

    @Override
    public void setAttribute(String attribute, Object value) {
        // no presentation options
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof GuestlabTrapCatchpoint) {
            return DebugUiImages.get(DebugUiImages.TRAP);
        }
        if (element instanceof GuestlabTaskThread) {
            return DebugUiImages.get(DebugUiImages.PROCESS); // a process of the guest kernel, not a hart
        }
        return null; // the platform's images for harts, frames, breakpoints, variables
    }

    @Override
    public String getText(Object element) {
        if (element instanceof GuestlabBreakpoint b) {
            return breakpointLabel(b);
        }
        return null; // the element's own name
    }

    /** The breakpoint's description (its marker message), then its condition and hit count. */
    public static String breakpointLabel(GuestlabBreakpoint b) {
        StringBuilder label = new StringBuilder();
        String message = b.getMarker() == null ? null : b.getMarker().getAttribute(org.eclipse.core.resources.IMarker.MESSAGE, null);
        label.append(message != null ? message : b.getClass().getSimpleName());
        if (b instanceof ILineBreakpoint && message == null) {
            try {
                label.append(" [line: ").append(((ILineBreakpoint) b).getLineNumber()).append(']');
            } catch (CoreException e) {
                // the marker is gone: the label stays short
            }
        }
        if (b.getHitCount() > 0) {
            label.append(" [hit count: ").append(b.getHitCount()).append(']');
        }
        if (!b.getCondition().isEmpty()) {
            label.append(" [if ").append(b.getCondition()).append(']');
        }
        return label.toString();
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (CoreException e) {
            detail = e.getStatus().getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        if (element instanceof IFile file) {
            return new FileEditorInput(file);
        }
        if (element instanceof GuestlabLineBreakpoint line && line.isExternal()) {
            try {
                return new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(IPath.fromPath(line.sourcePath())));
            } catch (CoreException e) {
                return null;
            }
        }
        if (element instanceof IBreakpoint b && b.getMarker() != null && b.getMarker().getResource() instanceof IFile file) {
            return new FileEditorInput(file);
        }
        File file = element instanceof File f ? f : element instanceof LocalFileStorage s ? s.getFile() : null;
        if (file != null) {
            IFileStore store = EFS.getLocalFileSystem().getStore(IPath.fromFile(file));
            return new FileStoreEditorInput(store);
        }
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        IEditorDescriptor d = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(input.getName());
        return d != null ? d.getId() : GENERIC_EDITOR;
    }
}
