package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.session.BreakpointSpec;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/** Stops when any hart takes a trap with a given cause (an exception or an interrupt), at any privilege. */
public final class GuestlabTrapCatchpoint extends WorkspaceBreakpoint {

    /** Marker attribute (String): the trap, as {@link CaughtTrap#encode()} writes it. */
    public static final String TRAP = "io.guestlab.debug.trap";

    public GuestlabTrapCatchpoint() {
    }

    GuestlabTrapCatchpoint(CaughtTrap trap) throws CoreException {
        createMarker(MarkerTypes.TRAP_CATCHPOINT, Map.of(TRAP, trap.encode()), "Trap catchpoint: " + trap.label());
    }

    public CaughtTrap getTrap() throws CoreException {
        try {
            return CaughtTrap.decode(required(TRAP));
        } catch (IllegalArgumentException e) {
            throw new CoreException(Status.error(e.getMessage()));
        }
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        return new BreakpointSpec.Trap(getTrap());
    }
}
