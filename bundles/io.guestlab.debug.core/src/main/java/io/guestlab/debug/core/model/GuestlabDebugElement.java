package io.guestlab.debug.core.model;

import io.guestlab.debug.core.GuestlabDebugModel;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** The base of Guestlab's debug elements: the model id, and failures as DebugExceptions with one sentence. */
abstract class GuestlabDebugElement extends DebugElement {

    GuestlabDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return GuestlabDebugModel.ID;
    }

    /** Runs an inspection of the session; an engine problem becomes a DebugException the views show. */
    static <T> T inspect(java.util.function.Supplier<T> query) throws DebugException {
        try {
            return query.get();
        } catch (IllegalStateException e) {
            throw new DebugException(org.eclipse.core.runtime.Status.error(e.getMessage()));
        }
    }
}
