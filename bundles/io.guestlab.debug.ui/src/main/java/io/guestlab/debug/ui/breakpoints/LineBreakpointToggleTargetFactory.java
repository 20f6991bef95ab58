package io.guestlab.debug.ui.breakpoints;

import java.util.Set;

import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTargetFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

/** Offers {@link LineBreakpointToggleTarget} in editors of C and assembly files. */
public final class LineBreakpointToggleTargetFactory implements IToggleBreakpointsTargetFactory {

    public static final String TARGET_ID = "io.guestlab.debug.ui.toggleTarget.line";

    @Override
    public Set<String> getToggleTargets(IWorkbenchPart part, ISelection selection) {
        return LineBreakpointToggleTarget.sourceFile(part) != null ? Set.of(TARGET_ID) : Set.of();
    }

    @Override
    public String getDefaultToggleTarget(IWorkbenchPart part, ISelection selection) {
        return LineBreakpointToggleTarget.sourceFile(part) != null ? TARGET_ID : null;
    }

    @Override
    public IToggleBreakpointsTarget createToggleTarget(String targetID) {
        return TARGET_ID.equals(targetID) ? new LineBreakpointToggleTarget() : null;
    }

    @Override
    public String getToggleTargetName(String targetID) {
        return "Guestlab Line Breakpoints";
    }

    @Override
    public String getToggleTargetDescription(String targetID) {
        return "Line breakpoints in C and assembly sources, for Guestlab machines";
    }
}
