package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.GuestlabDebugModel;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.Breakpoint;

/**
 * A Guestlab breakpoint that belongs to no file (function, address, watchpoint, trap
 * catchpoint): its marker lives on the workspace root, as the platform's own do.
 */
abstract class WorkspaceBreakpoint extends Breakpoint implements GuestlabBreakpoint {

    @Override
    public String getModelIdentifier() {
        return GuestlabDebugModel.ID;
    }

    /** Creates this breakpoint's marker of {@code type} with {@code attributes} and a label. */
    protected final void createMarker(String type, Map<String, Object> attributes, String message) throws CoreException {
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker marker = root.createMarker(type);
            setMarker(marker);
            Map<String, Object> all = new HashMap<>(attributes);
            all.put(ENABLED, Boolean.TRUE);
            all.put(ID, GuestlabDebugModel.ID);
            all.put(IMarker.MESSAGE, message);
            marker.setAttributes(all);
        });
    }

    /** The marker's String attribute, or an exception naming it when it is missing. */
    protected final String required(String attribute) throws CoreException {
        Object v = getMarker().getAttribute(attribute);
        if (v == null) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(
                    "breakpoint marker " + getMarker().getId() + " has no " + attribute));
        }
        return v.toString();
    }
}
