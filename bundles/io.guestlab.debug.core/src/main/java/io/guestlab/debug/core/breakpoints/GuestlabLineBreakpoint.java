package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.session.BreakpointSpec;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.model.LineBreakpoint;

/**
 * A breakpoint on a line of a C, header or assembly file. A file of the workspace carries the
 * marker; a file outside it (opened with File > Open File, or shown by the debugger from a
 * kernel's DWARF) has its marker on the workspace root, with the file's path in
 * {@link #SOURCE_PATH}, as the platform keeps breakpoints of files it does not manage.
 */
public final class GuestlabLineBreakpoint extends LineBreakpoint implements GuestlabBreakpoint {

    /** Marker attribute (String): the absolute path of a source file outside the workspace. */
    public static final String SOURCE_PATH = "io.guestlab.debug.core.sourcePath";

    /** For the platform, which recreates breakpoints from their persisted markers. */
    public GuestlabLineBreakpoint() {
    }

    GuestlabLineBreakpoint(IResource resource, int line) throws CoreException {
        create(resource, null, line, resource.getName());
    }

    GuestlabLineBreakpoint(IResource root, Path file, int line) throws CoreException {
        create(root, file, line, file.getFileName().toString());
    }

    /** The marker on {@code resource}; {@code external} is the path of a file outside the workspace, or null. */
    private void create(IResource resource, Path external, int line, String name) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(MarkerTypes.LINE);
            setMarker(marker);
            Map<String, Object> attributes = new java.util.HashMap<>(Map.of(
                    ENABLED, Boolean.TRUE,
                    IMarker.LINE_NUMBER, line,
                    ID, GuestlabDebugModel.ID,
                    IMarker.MESSAGE, "Line breakpoint: " + name + " [line: " + line + "]"));
            if (external != null) {
                attributes.put(SOURCE_PATH, external.toString());
            }
            marker.setAttributes(attributes);
        });
    }

    /** The source file's absolute path (null for a workspace file that is not on a local disk). */
    public Path sourcePath() throws CoreException {
        String external = getMarker().getAttribute(SOURCE_PATH, null);
        if (external != null) {
            return Path.of(external);
        }
        IPath location = getMarker().getResource().getLocation();
        return location == null ? null : location.toPath();
    }

    /** True when the file is outside the workspace (the marker is on the workspace root). */
    public boolean isExternal() {
        return getMarker() != null && getMarker().getAttribute(SOURCE_PATH, null) != null;
    }

    @Override
    public String getModelIdentifier() {
        return GuestlabDebugModel.ID;
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        Path file = sourcePath();
        return new BreakpointSpec.Line(file != null ? file.toString() : getMarker().getResource().getName(), getLineNumber());
    }
}
