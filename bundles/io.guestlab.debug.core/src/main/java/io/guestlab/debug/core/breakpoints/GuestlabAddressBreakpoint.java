package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.session.BreakpointSpec;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;

/** A breakpoint at an instruction address (gdb's {@code break *ADDRESS}). */
public final class GuestlabAddressBreakpoint extends WorkspaceBreakpoint {

    /** Marker attribute (String, 0x hex): the address. */
    public static final String ADDRESS = "io.guestlab.debug.address";

    public GuestlabAddressBreakpoint() {
    }

    GuestlabAddressBreakpoint(long address) throws CoreException {
        String hex = "0x" + Long.toHexString(address);
        createMarker(MarkerTypes.ADDRESS, Map.of(ADDRESS, hex), "Address breakpoint: " + hex);
    }

    public long getAddress() throws CoreException {
        String text = required(ADDRESS);
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            throw new CoreException(Status.error("address breakpoint: '" + text + "' is not an address"));
        }
    }

    @Override
    public BreakpointSpec.Site site() throws CoreException {
        return new BreakpointSpec.Address(getAddress());
    }
}
