package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;

/** A parameter, local, global, struct member, array element or pointed-to object. */
public final class GuestlabVariable extends ReadOnlyVariable {

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
    String whyReadOnly() {
        return "changing variables is not supported yet; change registers or memory";
    }
}
