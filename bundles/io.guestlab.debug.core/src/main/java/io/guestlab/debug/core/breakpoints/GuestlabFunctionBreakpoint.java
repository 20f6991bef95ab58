package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.session.BreakpointSpec;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;

/** A breakpoint at a function's first line, after its prologue (gdb's {@code break NAME}). */
public final class GuestlabFunctionBreakpoint extends WorkspaceBreakpoint {

    /** Marker attribute (String): the function's name. */
    public static final String FUNCTION = "io.guestlab.debug.function";

    public GuestlabFunctionBreakpoint() {
    }

    GuestlabFunctionBreakpoint(String function) throws CoreException {
        createMarker(MarkerTypes.FUNCTION, Map.of(FUNCTION, function), "Function breakpoint: " + function);
    }

    public String getFunction() throws CoreException {
        return required(FUNCTION);
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        return new BreakpointSpec.Function(getFunction());
    }
}
