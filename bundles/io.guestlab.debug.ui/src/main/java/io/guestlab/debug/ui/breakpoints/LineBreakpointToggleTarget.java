package io.guestlab.debug.ui.breakpoints;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.texteditor.ITextEditor;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoints;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;

/**
 * Double-click in the ruler (or Run > Toggle Breakpoint) of a C, header or assembly file: adds a
 * Guestlab line breakpoint on that line, or removes the one there. Files outside the workspace
 * (File > Open File, or a kernel's source the debugger opened from its DWARF) work as well.
 */
public final class LineBreakpointToggleTarget implements IToggleBreakpointsTarget {

    static final String[] SOURCE_CONTENT_TYPES = {"io.guestlab.contentType.c", "io.guestlab.contentType.asm"};

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        Path file = sourceFile(part);
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
        IPath location = file.getLocation();
        return location == null ? null : find(location.toPath(), line);
    }

    /** The Guestlab line breakpoint on {@code line} (1-based) of the file at {@code file}, or null. */
    public static GuestlabLineBreakpoint find(Path file, int line) throws CoreException {
        Path wanted = file.toAbsolutePath().normalize();
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID)) {
            if (b instanceof GuestlabLineBreakpoint lb && b.getMarker() != null && b.getMarker().exists()
                    && lb.getLineNumber() == line && wanted.equals(lb.sourcePath())) {
                return lb;
            }
        }
        return null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return sourceFile(part) != null && selection instanceof ITextSelection;
    }

    /** The absolute path of the C or assembly file the part edits, in the workspace or not; null for anything else. */
    static Path sourceFile(IWorkbenchPart part) {
        ITextEditor editor = part == null ? null : part.getAdapter(ITextEditor.class);
        if (editor == null) {
            return null;
        }
        IEditorInput input = editor.getEditorInput();
        IFile file = input.getAdapter(IFile.class);
        if (file != null) {
            return file.getLocation() != null && isSource(file) ? file.getLocation().toPath() : null;
        }
        if (input instanceof IURIEditorInput uri && "file".equals(uri.getURI().getScheme())) {
            Path path = Path.of(uri.getURI()).toAbsolutePath().normalize();
            return isSource(Platform.getContentTypeManager().findContentTypeFor(path.getFileName().toString()))
                    ? path : null;
        }
        return null;
    }

    static boolean isSource(IFile file) {
        try {
            IContentDescription d = file.getContentDescription();
            return isSource(d == null ? null : d.getContentType());
        } catch (CoreException e) {
            return false;
        }
    }

    private static boolean isSource(IContentType type) {
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
