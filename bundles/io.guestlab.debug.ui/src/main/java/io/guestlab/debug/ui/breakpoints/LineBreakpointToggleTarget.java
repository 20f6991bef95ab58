package io.guestlab.debug.ui.breakpoints;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;

/**
 * Double-click in the ruler (or Run > Toggle Breakpoint) of a C, header or assembly file: adds a
 * Guestlab line breakpoint on that line, or removes the one there.
 */
public final class LineBreakpointToggleTarget implements IToggleBreakpointsTarget {

    static final String[] SOURCE_CONTENT_TYPES = {"io.guestlab.contentType.c", "io.guestlab.contentType.asm"};

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IResource file = sourceFile(part);
        if (file == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        int line = text.getStartLine() + 1;
        GuestlabLineBreakpoint existing = find(file, line);
        if (existing != null) {
            existing.delete();
        } else {
            GuestlabBreakpoints.lineBreakpoint(file, line);
        }
    }

    /** The Guestlab line breakpoint on {@code line} (1-based) of {@code file}, or null. */
    public static GuestlabLineBreakpoint find(IResource file, int line) throws CoreException {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID)) {
            if (b instanceof GuestlabLineBreakpoint lb && b.getMarker() != null && file.equals(b.getMarker().getResource())
                    && lb.getLineNumber() == line) {
                return lb;
            }
        }
        return null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return sourceFile(part) != null && selection instanceof ITextSelection;
    }

    /** The workspace C or assembly file the part edits, or null. */
    static IFile sourceFile(IWorkbenchPart part) {
        ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
        IFile file = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return file != null && isSource(file) ? file : null;
    }

    static boolean isSource(IFile file) {
        try {
            IContentDescription d = file.getContentDescription();
            IContentType type = d == null ? null : d.getContentType();
            if (type == null) {
                return false;
            }
            for (String id : SOURCE_CONTENT_TYPES) {
                IContentType source = Platform.getContentTypeManager().getContentType(id);
                if (source != null && type.isKindOf(source)) {
                    return true;
                }
            }
            return false;
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        // functions get breakpoints through Add Function Breakpoint in the Breakpoints view
    }

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        // watchpoints come from Add Watchpoint in the Breakpoints view
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }
}
