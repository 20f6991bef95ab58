package io.guestlab.debug.ui.reverse;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabThread;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.ui.SelectedMachine;

/**
 * The Debug view's reverse commands (Reverse Step Into / Over / Return, Reverse Resume) for a
 * suspended Guestlab machine in debug mode that keeps a history; which one comes from the
 * handler's data in plugin.xml. The session goes back on its own thread and reports the stop
 * like any step, so the views show the past state as the present one.
 */
public final class ReverseHandler extends AbstractHandler implements IExecutableExtension {

    /** The kinds, as plugin.xml names them after the class ({@code ReverseHandler:over}). */
    enum Kind {
        into, over, ret, resume
    }

    private Kind kind = Kind.over;
    private final IDebugContextListener contextListener = event -> setEnabled(null);

    public ReverseHandler() {
        DebugUITools.getDebugContextManager().addDebugContextListener(contextListener);
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        if (data instanceof String s) {
            kind = Kind.valueOf(s);
        }
    }

    @Override
    public void dispose() {
        DebugUITools.getDebugContextManager().removeDebugContextListener(contextListener);
        super.dispose();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        GuestlabDebugTarget machine = SelectedMachine.get();
        if (machine == null || !machine.isSuspended()) {
            return null;
        }
        MachineSession session = machine.session();
        int hart = selectedHart();
        switch (kind) {
            case into -> session.reverseStepInto(hart);
            case over -> session.reverseStepOver(hart);
            case ret -> session.reverseStepReturn(hart);
            case resume -> session.reverseResume();
        }
        return null;
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        GuestlabDebugTarget machine = SelectedMachine.get();
        setBaseEnabled(machine != null && machine.isSuspended() && !machine.isTerminated()
                && machine.session() != null && machine.session().canReverse());
    }

    /** The hart the Debug view has selected (itself or one of its frames); hart 0 for the machine. */
    private static int selectedHart() {
        IAdaptable context = DebugUITools.getDebugContext();
        Object element = context instanceof IStructuredSelection s ? s.getFirstElement() : context;
        try {
            if (element instanceof IStackFrame f) {
                element = f.getThread();
            }
        } catch (RuntimeException e) {
            return 0;
        }
        return element instanceof GuestlabThread t ? t.hart() : 0;
    }
}
