package io.guestlab.debug.core.breakpoints;

/** The marker types of Guestlab's breakpoints (declared in the debug core's plugin.xml). */
public final class MarkerTypes {

    private static final String PREFIX = "io.guestlab.debug.core.";

    public static final String LINE = PREFIX + "lineBreakpointMarker";
    public static final String FUNCTION = PREFIX + "functionBreakpointMarker";
    public static final String ADDRESS = PREFIX + "addressBreakpointMarker";
    public static final String WATCHPOINT = PREFIX + "watchpointMarker";
    public static final String TRAP_CATCHPOINT = PREFIX + "trapCatchpointMarker";
    /** A problem marker on a breakpoint's resource: why the breakpoint could not be placed. */
    public static final String PROBLEM = PREFIX + "breakpointProblem";

    private MarkerTypes() {
    }
}
