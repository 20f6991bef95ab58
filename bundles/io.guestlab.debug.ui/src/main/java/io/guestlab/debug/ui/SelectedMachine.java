package io.guestlab.debug.ui;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.model.IDebugElement;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.viewers.IStructuredSelection;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.model.GuestlabDebugTarget;
import io.guestlab.debug.core.model.GuestlabStackFrame;
import io.guestlab.debug.core.model.GuestlabThread;

/** The Guestlab machine the Debug view has selected, which commands and machine views act on. */
public final class SelectedMachine {

    private SelectedMachine() {
    }

    /** The machine of what the Debug view has selected (a hart, a frame, the machine), or null. */
    public static GuestlabDebugTarget get() {
        IAdaptable context = DebugUITools.getDebugContext();
        Object element = context instanceof IStructuredSelection s ? s.getFirstElement() : context;
        if (element instanceof IDebugElement e && GuestlabDebugModel.ID.equals(e.getModelIdentifier())
                && e.getDebugTarget() instanceof GuestlabDebugTarget machine) {
            return machine;
        }
        return null;
    }

    /** The hart of the selected thread or frame, 0 when the selection is the machine or nothing. */
    public static int hart() {
        IAdaptable context = DebugUITools.getDebugContext();
        Object element = context instanceof IStructuredSelection s ? s.getFirstElement() : context;
        if (element instanceof GuestlabStackFrame f) {
            element = f.getThread();
        }
        return element instanceof GuestlabThread t ? t.hart() : 0;
    }
}
