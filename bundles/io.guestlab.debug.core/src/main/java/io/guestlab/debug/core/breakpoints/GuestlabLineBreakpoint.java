package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.session.BreakpointSpec;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.model.LineBreakpoint;

/** A breakpoint on a line of a C, header or assembly file. */
public final class GuestlabLineBreakpoint extends LineBreakpoint implements GuestlabBreakpoint {

    /** For the platform, which recreates breakpoints from their persisted markers. */
    public GuestlabLineBreakpoint() {
    }

    GuestlabLineBreakpoint(IResource resource, int line) throws CoreException {
        run(getMarkerRule(resource), monitor -> {
            IMarker marker = resource.createMarker(MarkerTypes.LINE);
            setMarker(marker);
            marker.setAttributes(Map.of(
                    ENABLED, Boolean.TRUE,
                    IMarker.LINE_NUMBER, line,
                    ID, GuestlabDebugModel.ID,
                    IMarker.MESSAGE, "Line breakpoint: " + resource.getName() + " [line: " + line + "]"));
        });
    }

    @Override
    public String getModelIdentifier() {
        return GuestlabDebugModel.ID;
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        IResource resource = getMarker().getResource();
        IPath location = resource.getLocation();
        return new BreakpointSpec.Line(location != null ? location.toOSString() : resource.getName(), getLineNumber());
    }
}
