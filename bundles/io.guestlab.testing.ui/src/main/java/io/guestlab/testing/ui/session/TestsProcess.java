package io.guestlab.testing.ui.session;

import io.guestlab.testing.Summary;
import io.guestlab.testing.TestRun;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

/**
 * A test session as the launch's process: the Debug view lists it, Terminate cancels the run,
 * and it terminates when the run ends (exit value 0 when nothing failed, 1 otherwise).
 */
public final class TestsProcess implements IProcess, TestSessionListener {

    private final TestSession session;
    private final String label;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<TestRun> finished = new ArrayList<>();
    private volatile boolean terminated;
    private volatile int exitValue;

    public TestsProcess(TestSession session, String label) {
        this.session = session;
        this.label = label;
        attributes.put(IProcess.ATTR_PROCESS_TYPE, "io.guestlab.testing.tests");
    }

    @Override
    public String getLabel() {
        return label + (terminated ? " (" + Summary.of(List.copyOf(finished)) + ")" : "");
    }

    @Override
    public ILaunch getLaunch() {
        return session.launch();
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return null;
    }

    @Override
    public void setAttribute(String key, String value) {
        attributes.put(key, value);
    }

    @Override
    public String getAttribute(String key) {
        return attributes.get(key);
    }

    @Override
    public int getExitValue() {
        return exitValue;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public boolean canTerminate() {
        return !terminated;
    }

    @Override
    public boolean isTerminated() {
        return terminated;
    }

    @Override
    public void terminate() {
        session.cancel();
    }

    @Override
    public void started(int total) {
    }

    @Override
    public void starting(String test) {
    }

    @Override
    public synchronized void finished(TestRun run) {
        finished.add(run);
    }

    @Override
    public void ended(Duration duration, boolean cancelled, String failure) {
        exitValue = failure == null && !cancelled && Summary.of(List.copyOf(finished)).ok() ? 0 : 1;
        terminated = true;
        DebugPlugin.getDefault().fireDebugEventSet(new DebugEvent[] {new DebugEvent(this, DebugEvent.TERMINATE)});
    }
}
