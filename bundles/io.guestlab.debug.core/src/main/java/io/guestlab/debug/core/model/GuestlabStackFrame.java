package io.guestlab.debug.core.model;

import io.guestlab.debug.core.session.FrameInfo;
import io.guestlab.debug.core.session.ValueNode;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

/** A frame of a hart's backtrace: a function, an inlined call in it, or interrupted code below a trap. */
public final class GuestlabStackFrame extends GuestlabDebugElement implements IStackFrame {

    /** Globals listed in a frame's "globals" entry, at most. */
    private static final int MAX_GLOBALS = 200;

    private final GuestlabThread thread;
    private final FrameInfo info;
    private IVariable[] variables;

    GuestlabStackFrame(GuestlabThread thread, FrameInfo info) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.info = info;
    }

    public FrameInfo info() {
        return info;
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    synchronized void forgetVariables() {
        variables = null;
    }

    @Override
    public synchronized IVariable[] getVariables() throws DebugException {
        if (variables == null) {
            List<IVariable> out = new ArrayList<>();
            for (ValueNode n : inspect(() -> thread.session().variables(info))) {
                out.add(new GuestlabVariable((GuestlabDebugTarget) getDebugTarget(), n));
            }
            out.add(new GlobalsVariable(getDebugTarget(),
                    () -> thread.session().globals(thread.hart(), MAX_GLOBALS)));
            variables = out.toArray(IVariable[]::new);
        }
        return variables;
    }

    @Override
    public boolean hasVariables() {
        return true;
    }

    @Override
    public int getLineNumber() {
        return info.line() > 0 ? info.line() : -1;
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    /** {@code run_task (main.c:39)}, marked when inlined or interrupted by a trap. */
    @Override
    public String getName() {
        return info.where() + (info.inlined() ? " [inlined]" : "") + (info.trap() ? " [interrupted by a trap]" : "");
    }

    /** The source file's path as the debug information names it, or null. */
    public String getSourceName() {
        return info.file();
    }

    public long getPc() {
        return info.pc();
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() throws DebugException {
        return thread.registerGroups();
    }

    @Override
    public boolean hasRegisterGroups() {
        return true;
    }

    // run control: the thread's

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() {
        thread.stepInto();
    }

    @Override
    public void stepOver() {
        thread.stepOver();
    }

    @Override
    public void stepReturn() {
        thread.stepReturn();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() {
        thread.resume();
    }

    @Override
    public void suspend() {
        thread.suspend();
    }

    @Override
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() {
        thread.terminate();
    }
}
