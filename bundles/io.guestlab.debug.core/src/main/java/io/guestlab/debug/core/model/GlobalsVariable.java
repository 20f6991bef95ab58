package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.ValueNode;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** The Variables view's "globals" entry: the program's global variables, read when it is expanded. */
final class GlobalsVariable extends ReadOnlyVariable {

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
                children = inspect(globals).stream().map(n -> new GuestlabVariable((GuestlabDebugTarget) getDebugTarget(), n))
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
    String whyReadOnly() {
        return "globals cannot be assigned; expand it and change registers or memory";
    }
}
