package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A parameter, local, global, struct member, array element or pointed-to object. */
public final class GuestlabVariable extends GuestlabDebugElement implements IVariable {

    private final ValueNode node;
    private final GuestlabValue value;

    GuestlabVariable(IDebugTarget target, ValueNode node) {
        super(target);
        this.node = node;
        this.value = new GuestlabValue(target, node);
    }

    @Override
    public IValue getValue() {
        return value;
    }

    @Override
    public String getName() {
        return node.name();
    }

    @Override
    public String getReferenceTypeName() {
        return node.typeName();
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw new DebugException(Status.error("changing variables is not supported yet; change registers or memory"));
    }

    @Override
    public void setValue(IValue v) throws DebugException {
        setValue(v.getValueString());
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
    public boolean verifyValue(IValue v) {
        return false;
    }
}
