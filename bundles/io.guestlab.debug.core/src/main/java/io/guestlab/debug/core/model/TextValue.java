package io.guestlab.debug.core.model;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A value that is only text and children: a register's, a register field's. */
class TextValue extends GuestlabDebugElement implements IValue {

    private final String type;
    private final String text;
    private final IVariable[] children;

    TextValue(IDebugTarget target, String type, String text, IVariable[] children) {
        super(target);
        this.type = type;
        this.text = text;
        this.children = children;
    }

    @Override
    public String getReferenceTypeName() {
        return type;
    }

    @Override
    public String getValueString() {
        return text;
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public IVariable[] getVariables() {
        return children;
    }

    @Override
    public boolean hasVariables() {
        return children.length > 0;
    }
}
