package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.session.BreakpointSpec;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IWatchpoint;

/**
 * Stops after an access to a variable or an address range: reads ("access"), writes
 * ("modification") or both, by any hart.
 */
public final class GuestlabWatchpoint extends WorkspaceBreakpoint implements IWatchpoint {

    /** Marker attribute (String): what is watched, e.g. {@code total_work} or {@code *(int *)0x80001000}. */
    public static final String EXPRESSION = "io.guestlab.debug.expression";
    /** Marker attribute (int): bytes watched; 0: the size of the expression's type. */
    public static final String LENGTH = "io.guestlab.debug.length";
    /** Marker attributes (boolean): stop on reads, on writes. */
    public static final String READ = "io.guestlab.debug.read";
    public static final String WRITE = "io.guestlab.debug.write";

    public GuestlabWatchpoint() {
    }

    GuestlabWatchpoint(String expression, long length, boolean read, boolean write) throws CoreException {
        if (!read && !write) {
            throw new IllegalArgumentException("a watchpoint must watch reads, writes or both");
        }
        createMarker(MarkerTypes.WATCHPOINT, Map.of(EXPRESSION, expression, LENGTH, (int) length, READ, read,
                WRITE, write), "Watchpoint (" + (read && write ? "access" : read ? "read" : "write") + "): " + expression);
    }

    public String getExpression() throws CoreException {
        return required(EXPRESSION);
    }

    @Override
    public boolean isAccess() throws CoreException {
        return ensureMarker().getAttribute(READ, false);
    }

    @Override
    public void setAccess(boolean access) throws CoreException {
        setAttribute(READ, access);
    }

    @Override
    public boolean isModification() throws CoreException {
        return ensureMarker().getAttribute(WRITE, true);
    }

    @Override
    public void setModification(boolean modification) throws CoreException {
        setAttribute(WRITE, modification);
    }

    @Override
    public boolean supportsAccess() {
        return true;
    }

    @Override
    public boolean supportsModification() {
        return true;
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        return new BreakpointSpec.Watch(getExpression(), ensureMarker().getAttribute(LENGTH, 0), isAccess(),
                isModification());
    }
}
