package io.guestlab.debug.ui.breakpoints;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.core.model.ISuspendResume;
import org.eclipse.debug.ui.actions.IRunToLineTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.model.GuestlabDebugTarget;

/**
 * Run > Run to Line (Ctrl+R) in a C or assembly editor: resumes the machine until any hart reaches
 * the line, as a temporary breakpoint would. Offered to text editors through an adapter factory.
 */
public final class RunToLineTarget implements IRunToLineTarget {

    @Override
    public void runToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) throws CoreException {
        java.nio.file.Path file = LineBreakpointToggleTarget.sourceFile(part);
        GuestlabDebugTarget machine = machine(target);
        if (file == null || machine == null || !(selection instanceof ITextSelection text)) {
            throw new DebugException(org.eclipse.core.runtime.Status.error("Run to Line needs a line of a C or assembly file and a suspended Guestlab machine."));
        }
        machine.runToLine(file.toString(), text.getStartLine() + 1);
    }

    @Override
    public boolean canRunToLine(IWorkbenchPart part, ISelection selection, ISuspendResume target) {
        return LineBreakpointToggleTarget.sourceFile(part) != null && selection instanceof ITextSelection
                && machine(target) != null && target.isSuspended();
    }

    private static GuestlabDebugTarget machine(ISuspendResume target) {
        if (target instanceof IDebugElement e && GuestlabDebugModel.ID.equals(e.getModelIdentifier())
                && e.getDebugTarget() instanceof GuestlabDebugTarget machine) {
            return machine;
        }
        return null;
    }

    /** Gives text editors this target (registered for ITextEditor in plugin.xml). */
    public static final class Factory implements IAdapterFactory {

        @Override
        public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
            return adapterType == IRunToLineTarget.class ? adapterType.cast(new RunToLineTarget()) : null;
        }

        @Override
        public Class<?>[] getAdapterList() {
            return new Class<?>[] {IRunToLineTarget.class};
        }
    }
}
