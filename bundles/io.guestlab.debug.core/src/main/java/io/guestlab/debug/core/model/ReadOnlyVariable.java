package io.guestlab.debug.core.model;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A variable the views show but cannot change; {@link #whyReadOnly()} says why when asked to. */
abstract class ReadOnlyVariable extends GuestlabDebugElement implements IVariable {

    ReadOnlyVariable(IDebugTarget target) {
        super(target);
    }

    abstract String whyReadOnly();

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw new DebugException(Status.error(whyReadOnly()));
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        setValue(value.getValueString());
    }

    @Override
    public boolean supportsValueModification() {
        return false;
    }

    @Override
    public boolean verifyValue(String expression) {
        return false;
    }

    @Override
    public boolean verifyValue(IValue value) {
        return false;
    }
}
