package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.RegisterGroupInfo;
import io.guestlab.debug.core.session.RegisterInfo;

import java.util.Map;

import org.eclipse.debug.core.model.IRegister;
import org.eclipse.debug.core.model.IRegisterGroup;

/** A group of the Registers view: general, floating point, the CSRs of a privilege level, a device. */
public final class GuestlabRegisterGroup extends GuestlabDebugElement implements IRegisterGroup {

    private final GuestlabThread thread;
    private final String name;
    private final IRegister[] registers;

    /** @param previous the values at the previous stop (register id to bits), for hasValueChanged */
    GuestlabRegisterGroup(GuestlabThread thread, RegisterGroupInfo info, Map<RegisterInfo.Id, RegisterInfo> previous) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.name = info.name();
        this.registers = new IRegister[info.registers().size()];
        for (int i = 0; i < registers.length; i++) {
            RegisterInfo r = info.registers().get(i);
            RegisterInfo before = previous.get(r.id());
            long[] fields = null;
            if (before != null && before.fields().size() == r.fields().size()) {
                fields = before.fields().stream().mapToLong(RegisterInfo.Field::value).toArray();
            }
            registers[i] = new GuestlabRegister(thread, this, r, before != null && before.value() != r.value(), fields);
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public IRegister[] getRegisters() {
        return registers;
    }

    @Override
    public boolean hasRegisters() {
        return registers.length > 0;
    }

    /**
     * The same group of the same hart at every stop: so the Registers view keeps it expanded
     * from one stop to the next, as it does for a group the user opened.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof GuestlabRegisterGroup g && g.thread == thread && g.name.equals(name);
    }

    @Override
    public int hashCode() {
        return thread.hashCode() * 31 + name.hashCode();
    }
}
