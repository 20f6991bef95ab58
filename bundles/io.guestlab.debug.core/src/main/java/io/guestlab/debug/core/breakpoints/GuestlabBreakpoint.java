package io.guestlab.debug.core.breakpoints;

import io.guestlab.debug.core.session.ExpressionSyntax;

import io.guestlab.debug.core.session.BreakpointSpec;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.model.IBreakpoint;

/**
 * What every Guestlab breakpoint has beyond the platform's: a condition (an expression over
 * registers and variables, see the debug core's expression language) and a hit count, kept as
 * marker attributes so they persist with the workspace; and the {@link BreakpointSpec} it asks
 * the machine for.
 */
public interface GuestlabBreakpoint extends IBreakpoint {

    /** Marker attribute (String): the condition; empty or absent: always stop. */
    String CONDITION = "io.guestlab.debug.condition";
    /** Marker attribute (int): stop from the n-th hit on; 0 or absent: every hit. */
    String HIT_COUNT = "io.guestlab.debug.hitCount";

    default String getCondition() {
        IMarker m = getMarker();
        return m == null ? "" : m.getAttribute(CONDITION, "");
    }

    /** @throws CoreException naming the problem when the condition is not a well-formed expression */
    default void setCondition(String condition) throws CoreException {
        String c = condition == null ? "" : condition.trim();
        String problem = c.isEmpty() ? null : ExpressionSyntax.problem(c);
        if (problem != null) {
            throw new CoreException(Status.error("Condition '" + c + "': " + problem));
        }
        getMarker().setAttribute(CONDITION, c);
    }

    default int getHitCount() {
        IMarker m = getMarker();
        return m == null ? 0 : m.getAttribute(HIT_COUNT, 0);
    }

    default void setHitCount(int hitCount) throws CoreException {
        if (hitCount < 0) {
            throw new IllegalArgumentException("hit count must be 0 (every hit) or more, got " + hitCount);
        }
        getMarker().setAttribute(HIT_COUNT, hitCount);
    }

    /** Where it stops, from its marker. */
    BreakpointSpec.Site site() throws CoreException;

    default BreakpointSpec spec() throws CoreException {
        return new BreakpointSpec(site(), getCondition(), getHitCount());
    }
}
