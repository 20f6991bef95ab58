package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** The Variables view's "globals" entry: the program's global variables, read when it is expanded. */
final class GlobalsVariable extends GuestlabDebugElement implements IVariable {

    private final Supplier<List<ValueNode>> globals;
    private IVariable[] children;

    GlobalsVariable(IDebugTarget target, Supplier<List<ValueNode>> globals) {
        super(target);
        this.globals = globals;
    }

    @Override
    public IValue getValue() {
        GlobalsVariable self = this;
        return new TextValue(getDebugTarget(), "", "", new IVariable[0]) {
            @Override
            public IVariable[] getVariables() {
                return self.children();
            }

            @Override
            public boolean hasVariables() {
                return true;
            }
        };
    }

    private synchronized IVariable[] children() {
        if (children == null) {
            try {
                children = inspect(globals).stream().map(n -> new GuestlabVariable(getDebugTarget(), n))
                        .toArray(IVariable[]::new);
            } catch (DebugException e) {
                children = new IVariable[0];
            }
        }
        return children;
    }

    @Override
    public String getName() {
        return "globals";
    }

    @Override
    public String getReferenceTypeName() {
        return "";
    }

    @Override
    public boolean hasValueChanged() {
        return false;
    }

    @Override
    public void setValue(String expression) throws DebugException {
        throw new DebugException(Status.error("globals cannot be assigned"));
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
