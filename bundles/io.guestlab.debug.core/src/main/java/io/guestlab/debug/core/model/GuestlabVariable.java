package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A parameter, local, global, struct member, array element or pointed-to object. Scalars in
 * memory (integers, enums, pointers, floating point) can be changed: the new value is an
 * enumerator or an expression, checked and written by the session.
 */
public final class GuestlabVariable extends GuestlabDebugElement implements IVariable {

    private final GuestlabDebugTarget target;
    private final ValueNode node;
    private final GuestlabValue value;

    GuestlabVariable(GuestlabDebugTarget target, ValueNode node) {
        super(target);
        this.target = target;
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
    public boolean supportsValueModification() {
        return node.isAssignable();
    }

    /** Whether {@code expression} can be assigned (the session's answer; a problem means no). */
    @Override
    public boolean verifyValue(String expression) {
        return problem(expression, false) == null;
    }

    @Override
    public boolean verifyValue(IValue newValue) throws DebugException {
        return verifyValue(newValue.getValueString());
    }

    @Override
    public void setValue(String expression) throws DebugException {
        String problem = problem(expression, true);
        if (problem != null) {
            throw new DebugException(Status.error(problem));
        }
        target.valuesWritten();
        fireChangeEvent(DebugEvent.CONTENT);
    }

    @Override
    public void setValue(IValue newValue) throws DebugException {
        setValue(newValue.getValueString());
    }

    private String problem(String expression, boolean write) {
        if (!target.isSuspended()) {
            return "the machine is running: suspend it to change '" + node.name() + "'";
        }
        try {
            return target.session().assign(node, expression, write);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }
}
