package io.guestlab.debug.core.model;

import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.session.FrameInfo;
import io.guestlab.debug.core.session.RegisterGroupInfo;
import io.guestlab.debug.core.session.RegisterInfo;
import io.guestlab.symbols.TargetAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;

/**
 * A process of the guest kernel (OS awareness), shown beside the harts: labelled
 * {@code xv6 pid 2 sh [SLEEPING]}, its frames unwound from the registers it saved at its last
 * context switch (its hart's frames while it runs). It is read at each stop; it cannot be
 * stepped on its own (a hart is what steps).
 */
public final class GuestlabTaskThread extends GuestlabThread {

    private final String kernel;
    private volatile GuestTask task;
    private IStackFrame[] taskFrames;
    private IRegisterGroup[] savedGroups;

    GuestlabTaskThread(GuestlabDebugTarget target, String kernel, GuestTask task) {
        super(target, Math.max(0, task.hart()));
        this.kernel = kernel;
        this.task = task;
    }

    public GuestTask task() {
        return task;
    }

    /** The same process read at a new stop. */
    synchronized void update(GuestTask now) {
        task = now;
        taskFrames = null;
        savedGroups = null;
        stopped();
    }

    @Override
    synchronized void running() {
        taskFrames = null;
        super.running();
    }

    /** While the machine runs, the state read at the last stop would be stale: name and pid only. */
    @Override
    public String getName() {
        GuestTask t = task;
        return kernel + " " + (isSuspended() ? t.label() : "pid " + t.pid() + " " + t.name());
    }

    @Override
    public synchronized IStackFrame[] getStackFrames() throws DebugException {
        if (!isSuspended()) {
            return new IStackFrame[0];
        }
        if (taskFrames == null) {
            GuestTask t = task;
            List<FrameInfo> infos = inspect(() -> session().taskFrames(t));
            taskFrames = infos.stream().map(f -> new GuestlabStackFrame(this, f)).toArray(IStackFrame[]::new);
        }
        return taskFrames;
    }

    /**
     * A running process shows its hart's registers; one that does not run, the registers it saved
     * at its last switch (read only: the kernel restores them from its memory, not from a hart).
     */
    @Override
    synchronized IRegisterGroup[] registerGroups() throws DebugException {
        if (task.isRunning()) {
            return super.registerGroups();
        }
        if (savedGroups == null) {
            List<RegisterInfo> saved = new ArrayList<>();
            new TreeMap<>(task.savedRegisters()).forEach((n, v) -> saved.add(new RegisterInfo(
                    new RegisterInfo.Id(RegisterInfo.Kind.X, n, 8), TargetAccess.registerName(n) + " (x" + n + ")", v,
                    String.format("0x%016x", v), List.of(), false)));
            savedGroups = new IRegisterGroup[] {
                new GuestlabRegisterGroup(this, new RegisterGroupInfo("Saved context", saved), Map.of())};
        }
        return savedGroups;
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        return new IBreakpoint[0];
    }

    @Override
    public boolean canStepInto() {
        return false;
    }

    @Override
    public boolean canStepOver() {
        return false;
    }

    @Override
    public boolean canStepReturn() {
        return false;
    }
}
