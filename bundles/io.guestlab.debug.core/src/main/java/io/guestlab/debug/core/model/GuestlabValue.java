package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A C value of the Variables and Expressions views; its children are read when expanded. */
public final class GuestlabValue extends GuestlabDebugElement implements IValue {

    private final ValueNode node;
    private IVariable[] children;

    GuestlabValue(GuestlabDebugTarget target, ValueNode node) {
        super(target);
        this.node = node;
    }

    @Override
    public String getReferenceTypeName() {
        return node.typeName();
    }

    @Override
    public String getValueString() {
        return node.text();
    }

    @Override
    public boolean isAllocated() {
        return true;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        if (children == null) {
            List<ValueNode> nodes = inspect(node::children);
            children = nodes.stream().map(n -> new GuestlabVariable((GuestlabDebugTarget) getDebugTarget(), n)).toArray(IVariable[]::new);
        }
        return children;
    }

    @Override
    public boolean hasVariables() {
        return node.hasChildren();
    }

    /** The address the value lives at, or -1. */
    public long getAddress() {
        return node.address();
    }
}
