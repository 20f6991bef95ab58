package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.RegisterInfo;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.core.model.IVariable;

/** A decoded register field, e.g. mstatus.MPP = 3 (M). */
public final class GuestlabRegisterField extends ReadOnlyVariable {

    private final RegisterInfo.Field field;
    private final boolean changed;

    GuestlabRegisterField(IDebugTarget target, RegisterInfo.Field field, boolean changed) {
        super(target);
        this.field = field;
        this.changed = changed;
    }

    @Override
    public IValue getValue() {
        String bits = field.high() == field.low() ? "[" + field.low() + "]" : "[" + field.high() + ":" + field.low() + "]";
        String text = field.value() + (field.meaning().isEmpty() ? "" : " (" + field.meaning() + ")");
        return new TextValue(getDebugTarget(), "bits " + bits, text, new IVariable[0]);
    }

    @Override
    public String getName() {
        return field.name();
    }

    @Override
    public String getReferenceTypeName() {
        return "field";
    }

    @Override
    public boolean hasValueChanged() {
        return changed;
    }

    @Override
    String whyReadOnly() {
        return "write the whole register to change a field";
    }
}
