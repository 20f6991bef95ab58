package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.FrameInfo;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.core.session.RegisterGroupInfo;
import io.guestlab.debug.core.session.RegisterInfo;
import io.guestlab.debug.core.session.Stop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

/**
 * A hart, labelled like {@code hart 1 [S] suspended: breakpoint at kmain (main.c:42)}. Its frames,
 * label and registers are read once per stop; registers remember the previous stop's values so
 * that changed ones are highlighted.
 */
public class GuestlabThread extends GuestlabDebugElement implements IThread {

    private final GuestlabDebugTarget target;
    private final int hart;
    private String label;
    private IStackFrame[] frames;
    private IRegisterGroup[] groups;
    private Map<RegisterInfo.Id, RegisterInfo> previous = Map.of();
    private Map<RegisterInfo.Id, RegisterInfo> current = Map.of();

    GuestlabThread(GuestlabDebugTarget target, int hart) {
        super(target);
        this.target = target;
        this.hart = hart;
    }

    public int hart() {
        return hart;
    }

    MachineSession session() {
        return target.session();
    }

    /** A new stop: what was read at the last one is now "previous". */
    synchronized void stopped() {
        label = null;
        frames = null;
        groups = null;
        if (!current.isEmpty()) {
            previous = current;
            current = Map.of();
        }
    }

    /** The machine runs: nothing cached holds any more. */
    synchronized void running() {
        label = null;
        frames = null;
        groups = null;
    }

    /** A register was written: read them again, against the same previous stop. */
    synchronized void registersWritten() {
        groups = null;
    }

    /** Guest memory was written: the frames' variables are read again (the frames stay, and stay selected). */
    synchronized void valuesWritten() {
        if (frames != null) {
            for (IStackFrame f : frames) {
                ((GuestlabStackFrame) f).forgetVariables();
            }
        }
    }

    @Override
    public synchronized IStackFrame[] getStackFrames() throws DebugException {
        if (!isSuspended()) {
            return new IStackFrame[0];
        }
        if (frames == null) {
            List<FrameInfo> infos = inspect(() -> session().frames(hart));
            frames = infos.stream().map(f -> new GuestlabStackFrame(this, f)).toArray(IStackFrame[]::new);
        }
        return frames;
    }

    /** The registers its frames show: the hart's. */
    synchronized IRegisterGroup[] registerGroups() throws DebugException {
        if (groups == null) {
            List<RegisterGroupInfo> infos = inspect(() -> session().registers(hart));
            Map<RegisterInfo.Id, RegisterInfo> now = new HashMap<>();
            for (RegisterGroupInfo g : infos) {
                for (RegisterInfo r : g.registers()) {
                    now.put(r.id(), r);
                }
            }
            Map<RegisterInfo.Id, RegisterInfo> before = previous;
            groups = infos.stream().map(g -> new GuestlabRegisterGroup(this, g, before)).toArray(IRegisterGroup[]::new);
            current = now;
        }
        return groups;
    }

    @Override
    public boolean hasStackFrames() {
        return isSuspended();
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public IStackFrame getTopStackFrame() throws DebugException {
        IStackFrame[] f = getStackFrames();
        return f.length > 0 ? f[0] : null;
    }

    @Override
    public synchronized String getName() throws DebugException {
        if (label == null) {
            label = inspect(() -> session().hartLabel(hart));
        }
        return label;
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        Stop s = session().lastStop();
        if (s == null || s.hart() != hart || s.breakpoint() == null) {
            return new IBreakpoint[0];
        }
        IBreakpoint b = target.breakpointOf(s.breakpoint());
        return b == null ? new IBreakpoint[0] : new IBreakpoint[] {b};
    }

    // run control: all-stop, so resume and suspend are the machine's; steps are this hart's

    @Override
    public boolean canResume() {
        return target.canResume();
    }

    @Override
    public boolean canSuspend() {
        return target.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return target.isSuspended();
    }

    @Override
    public void resume() {
        target.resume();
    }

    @Override
    public void suspend() {
        target.suspend();
    }

    @Override
    public boolean canStepInto() {
        return isSuspended();
    }

    @Override
    public boolean canStepOver() {
        return isSuspended();
    }

    @Override
    public boolean canStepReturn() {
        return isSuspended();
    }

    @Override
    public boolean isStepping() {
        return target.isStepping();
    }

    @Override
    public void stepInto() {
        target.stepping();
        session().stepInto(hart);
    }

    @Override
    public void stepOver() {
        target.stepping();
        session().stepOver(hart);
    }

    @Override
    public void stepReturn() {
        target.stepping();
        session().stepReturn(hart);
    }

    @Override
    public boolean canTerminate() {
        return target.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return target.isTerminated();
    }

    @Override
    public void terminate() {
        target.terminate();
    }
}
