package io.guestlab.debug.core.model;

import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.core.session.RegisterInfo;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/**
 * A register of a hart or a device. It has changed when its value differs from the one seen at
 * the previous stop (the platform then highlights it); its fields are its children.
 */
public final class GuestlabRegister extends GuestlabDebugElement implements IRegister {

    private final GuestlabThread thread;
    private final IRegisterGroup group;
    private final RegisterInfo info;
    private final boolean changed;

    GuestlabRegister(GuestlabThread thread, IRegisterGroup group, RegisterInfo info, boolean changed, long[] previousFieldValues) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.group = group;
        this.info = info;
        this.changed = changed;
        this.fieldChanges = previousFieldValues;
    }

    private final long[] fieldChanges;

    @Override
    public IValue getValue() {
        IVariable[] fields = new IVariable[info.fields().size()];
        for (int i = 0; i < fields.length; i++) {
            RegisterInfo.Field f = info.fields().get(i);
            boolean fieldChanged = fieldChanges != null && fieldChanges[i] != f.value();
            fields[i] = new GuestlabRegisterField(getDebugTarget(), f, fieldChanged);
        }
        return new TextValue(getDebugTarget(), "register", info.text(), fields);
    }

    @Override
    public String getName() {
        return info.name();
    }

    @Override
    public String getReferenceTypeName() {
        return "register";
    }

    @Override
    public boolean hasValueChanged() {
        return changed;
    }

    @Override
    public IRegisterGroup getRegisterGroup() {
        return group;
    }

    /** The raw bits. */
    public long getRawValue() {
        return info.value();
    }

    @Override
    public void setValue(String expression) throws DebugException {
        if (!info.writable()) {
            throw new DebugException(Status.error(info.name() + " is read-only for the debugger"));
        }
        long v = parse(expression);
        String problem = inspect(() -> thread.session().writeRegister(thread.hart(), info.id(), v));
        if (problem != null) {
            throw new DebugException(Status.error(problem));
        }
        thread.registersWritten();
        fireChangeEvent(DebugEvent.CONTENT);
    }

    /** A number (decimal, 0x hex, negative) or any expression of the hart's top frame ({@code $sp - 16}). */
    private long parse(String expression) throws DebugException {
        try {
            return Numbers.parse(expression);
        } catch (NumberFormatException e) {
            // not a plain number: an expression
        }
        IStackFrame top = thread.getTopStackFrame();
        MachineSession.Evaluation e = inspect(() -> thread.session().evaluate(expression,
                top instanceof GuestlabStackFrame f ? f.info() : null));
        if (e.error() != null) {
            throw new DebugException(Status.error(e.error()));
        }
        Long v = e.value().integer();
        if (v == null) {
            throw new DebugException(Status.error("'" + expression + "' is a " + e.value().typeName() + ", not a number"));
        }
        return v;
    }

    @Override
    public void setValue(IValue value) throws DebugException {
        setValue(value.getValueString());
    }

    @Override
    public boolean supportsValueModification() {
        return info.writable();
    }

    @Override
    public boolean verifyValue(String expression) {
        if (!info.writable()) {
            return false;
        }
        try {
            parse(expression);
            return true;
        } catch (DebugException e) {
            return false;
        }
    }

    @Override
    public boolean verifyValue(IValue value) throws DebugException {
        return verifyValue(value.getValueString());
    }

    /** The same register of the same hart at every stop (see {@link GuestlabRegisterGroup#equals}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof GuestlabRegister r && r.thread == thread && r.info.id().equals(info.id());
    }

    @Override
    public int hashCode() {
        return thread.hashCode() * 31 + info.id().hashCode();
    }
}
