package io.guestlab.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;

/** Records the debug platform's events so that tests wait for a stop instead of sleeping. */
public final class DebugEvents implements IDebugEventSetListener, AutoCloseable {

    private final List<DebugEvent> events = new ArrayList<>();

    public DebugEvents() {
        DebugPlugin.getDefault().addDebugEventListener(this);
    }

    @Override
    public synchronized void handleDebugEvents(DebugEvent[] set) {
        events.addAll(List.of(set));
    }

    /** How many events of {@code kind} arrived so far: pass it to {@link #waitFor} before resuming or stepping. */
    public synchronized int count(int kind) {
        return (int) events.stream().filter(e -> e.getKind() == kind).count();
    }

    /** Waits (dispatching UI events) until more than {@code before} events of {@code kind} arrived; returns the newest. */
    public DebugEvent waitFor(String what, int kind, int before) {
        TestWorkbench.waitUntil(what, () -> count(kind) > before);
        synchronized (this) {
            return events.stream().filter(e -> e.getKind() == kind).reduce((a, b) -> b).orElseThrow();
        }
    }

    /**
     * Launches {@code config} in debug mode, as Debug As does, and waits for the machine's first stop
     * ({@code what} names it in a timeout's message); returns that configuration's launch (an earlier
     * test's may still be listed).
     */
    public ILaunch debugUntilStopped(ILaunchConfiguration config, String what) {
        int suspends = count(DebugEvent.SUSPEND);
        DebugUITools.launch(config, ILaunchManager.DEBUG_MODE);
        waitFor(what, DebugEvent.SUSPEND, suspends);
        return Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
                .filter(l -> config.equals(l.getLaunchConfiguration())).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
    }
}
