package io.guestlab.debug.core.model;

import io.guestlab.debug.core.GuestlabDebugModel;
import io.guestlab.debug.core.Numbers;
import io.guestlab.debug.core.breakpoints.GuestlabBreakpoint;
import io.guestlab.debug.core.breakpoints.GuestlabLineBreakpoint;
import io.guestlab.debug.core.breakpoints.MarkerTypes;
import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.os.OsAwareness;
import io.guestlab.debug.core.os.OsAwarenessExtensions;
import io.guestlab.debug.core.session.BreakpointSpec;
import io.guestlab.debug.core.session.MachineSession;
import io.guestlab.debug.core.session.SessionListener;
import io.guestlab.debug.core.session.Stop;
import io.guestlab.debug.core.session.ValueNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.Launch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IMemoryBlockExtension;
import org.eclipse.debug.core.model.IMemoryBlockRetrievalExtension;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.ILineBreakpoint;

/**
 * A Guestlab machine as Eclipse's debug target: harts are its threads, its process carries the
 * console. The session's reports (from its engine thread, in order) become the platform's debug
 * events here and only here; the platform dispatches them to the views on its own thread, and
 * while the machine runs the session reports at most a few times a second.
 */
public final class GuestlabDebugTarget extends GuestlabDebugElement implements IDebugTarget, SessionListener,
        InstructionStepping, IBreakpointListener, IMemoryBlockRetrievalExtension {

    private final ILaunch launch;
    private final String name;
    private final boolean debug;
    private final GuestlabProcess process;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<IBreakpoint, BreakpointSpec> specs = new ConcurrentHashMap<>();
    private final Map<IBreakpoint, IMarker> problems = new ConcurrentHashMap<>();
    private volatile MachineSession session;
    private volatile GuestlabThread[] threads = new GuestlabThread[0];
    /** The guest kernel's processes at the last stop (OS awareness), shown after the harts. */
    private volatile GuestlabTaskThread[] tasks = new GuestlabTaskThread[0];
    private volatile boolean suspended;
    private volatile boolean terminated;
    private volatile boolean stepping;
    private volatile String status = "";

    private GuestlabDebugTarget(ILaunch launch, String name, boolean debug) {
        super(null);
        this.launch = launch;
        this.name = name;
        this.debug = debug;
        this.process = new GuestlabProcess(launch, name, this);
    }

    /**
     * Boots the machine of {@code setup} for {@code launch}: in debug mode as a debug target with
     * the workspace's Guestlab breakpoints, in run mode as a process only.
     */
    public static GuestlabDebugTarget launch(ILaunch launch, String name, MachineSetup setup, boolean debug)
            throws CoreException {
        GuestlabDebugTarget t = new GuestlabDebugTarget(launch, name, debug);
        try {
            t.session = MachineSession.create(setup, t, debug, debug ? t.workspaceBreakpoints() : List.of());
            t.session.setOsAwareness(OsAwarenessExtensions.load());
        } catch (LaunchProblem e) {
            throw new CoreException(Status.error(name + ": " + e.getMessage()));
        } finally {
            t.started.countDown();
        }
        t.show();
        return t;
    }

    /**
     * A second, independent machine in this suspended one's exact state, as a launch of its own
     * in the Debug view (the Snapshots view's "Fork"), with the workspace's breakpoints.
     */
    public GuestlabDebugTarget fork() throws CoreException {
        ILaunch forkLaunch = new Launch(launch.getLaunchConfiguration(), ILaunchManager.DEBUG_MODE, launch.getSourceLocator());
        GuestlabDebugTarget t = new GuestlabDebugTarget(forkLaunch, name + " (fork)", true);
        try {
            t.session = session().fork(t, t.workspaceBreakpoints());
            t.session.setOsAwareness(OsAwarenessExtensions.load());
        } catch (LaunchProblem | IllegalArgumentException | IllegalStateException e) {
            throw new CoreException(Status.error(name + ": " + e.getMessage()));
        } finally {
            t.started.countDown();
        }
        DebugPlugin.getDefault().getLaunchManager().addLaunch(forkLaunch);
        t.show();
        return t;
    }

    private List<BreakpointSpec> workspaceBreakpoints() {
        List<BreakpointSpec> initial = new ArrayList<>();
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(GuestlabDebugModel.ID)) {
            BreakpointSpec s = specOf(b);
            if (s != null) {
                initial.add(s);
            }
        }
        return initial;
    }

    /** Shows the started machine in the launch and lets it run to its first stop. */
    private void show() {
        GuestlabThread[] harts = new GuestlabThread[session.hartCount()];
        for (int h = 0; h < harts.length; h++) {
            harts[h] = new GuestlabThread(this, h);
        }
        threads = harts;
        launch.addProcess(process);
        if (debug) {
            launch.addDebugTarget(this);
            DebugPlugin.getDefault().getBreakpointManager().addBreakpointListener(this);
            fireCreationEvent();
        }
        session.begin(); // only now: the first stop's events find the target and its threads
    }

    /** The session, once started (reports can come before {@link #launch} returns). */
    public MachineSession session() {
        try {
            started.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return session;
    }

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IProcess getProcess() {
        return process;
    }

    @Override
    public IThread[] getThreads() {
        GuestlabThread[] harts = threads;
        GuestlabTaskThread[] processes = tasks;
        IThread[] all = Arrays.copyOf(harts, harts.length + processes.length, IThread[].class);
        System.arraycopy(processes, 0, all, harts.length, processes.length);
        return all;
    }

    @Override
    public boolean hasThreads() {
        return threads.length + tasks.length > 0;
    }

    /**
     * Reads the guest kernel's processes anew (on the engine thread, which reports the stop):
     * a process keeps its element from stop to stop, so the Debug view keeps it expanded.
     */
    private void readTasks() {
        OsAwareness.TaskList list;
        try {
            list = session().tasks();
        } catch (IllegalStateException e) {
            return; // the machine ended meanwhile
        }
        Map<Long, GuestlabTaskThread> before = new HashMap<>();
        for (GuestlabTaskThread t : tasks) {
            before.put(t.task().address(), t);
        }
        List<GuestlabTaskThread> now = new ArrayList<>();
        for (GuestTask task : list.tasks()) {
            GuestlabTaskThread t = before.get(task.address());
            // the same process on the same hart (a thread's hart is fixed: its registers are that hart's)
            if (t != null && t.task().pid() == task.pid() && t.hart() == Math.max(0, task.hart())) {
                t.update(task);
            } else {
                t = new GuestlabTaskThread(this, list.kernelName(), task);
            }
            now.add(t);
        }
        tasks = now.toArray(GuestlabTaskThread[]::new);
    }

    /** The launch's name, with the machine's state and, while it runs, its speed. */
    @Override
    public String getName() {
        return name + (terminated ? " (terminated)" : suspended ? " (suspended)" : " (running" + status + ")");
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint breakpoint) {
        return GuestlabDebugModel.ID.equals(breakpoint.getModelIdentifier());
    }

    // ---------------------------------------------------------------------------------------
    // Run control

    @Override
    public boolean canResume() {
        return suspended && !terminated;
    }

    @Override
    public boolean canSuspend() {
        return !suspended && !terminated;
    }

    @Override
    public boolean isSuspended() {
        return suspended;
    }

    @Override
    public void resume() {
        syncBreakpoints();
        session().resume();
    }

    @Override
    public void suspend() {
        session().suspend();
    }

    /** Resets the machine and runs to where the launch stops first. */
    public void restart() {
        session().restart();
    }

    public boolean canRestart() {
        return suspended && !terminated;
    }

    /** Runs until a source line is reached (breakpoints on the way still stop). */
    public void runToLine(String osPath, int line) {
        stepping();
        session().runToLine(osPath, line);
    }

    @Override
    public boolean isInstructionStepping() {
        return session().isInstructionStepping();
    }

    @Override
    public void setInstructionStepping(boolean on) {
        session().setInstructionStepping(on);
    }

    /** Guest memory was written from a view: what the threads read from it is read again. */
    void valuesWritten() {
        for (GuestlabThread t : threads) {
            t.valuesWritten();
        }
    }

    boolean isStepping() {
        return stepping;
    }

    void stepping() {
        syncBreakpoints();
        stepping = true;
    }

    /**
     * Brings the session's breakpoints up to the workspace's before the machine runs: the
     * platform reports marker changes (a condition typed in the properties dialog) a little
     * later, in a notification job, and a resume right after must already see them.
     */
    private void syncBreakpoints() {
        if (!debug || terminated || DebugPlugin.getDefault() == null) {
            return;
        }
        List<IBreakpoint> current = List.of(DebugPlugin.getDefault().getBreakpointManager()
                .getBreakpoints(GuestlabDebugModel.ID));
        for (IBreakpoint b : new ArrayList<>(specs.keySet())) {
            if (!current.contains(b)) {
                breakpointRemoved(b, null);
            }
        }
        for (IBreakpoint b : current) {
            if (specs.containsKey(b)) {
                breakpointChanged(b, null);
            } else {
                breakpointAdded(b);
            }
        }
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
        session().terminate();
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        throw new DebugException(Status.error("a Guestlab machine runs inside the IDE: terminate it instead"));
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return debug;
    }

    /** A virtual monitor at {@code startAddress} as hart 0 sees it (the platform's old entry point). */
    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        return new GuestlabMemoryBlock(this, String.format("0x%x", startAddress), startAddress, 0, false);
    }

    /** Prefix of a Memory view expression whose address is physical: {@code phys:0x80001000}. */
    public static final String PHYSICAL_PREFIX = "phys:";

    /**
     * A Memory view monitor for an address, a symbol or an expression ({@code 0x80001000},
     * {@code tasks}, {@code &tasks[2]}, {@code $sp - 64}) evaluated in the selected frame: a
     * pointer or number gives the address, an array or struct its own address. Virtual, through
     * the selected hart's translation, unless prefixed with {@value #PHYSICAL_PREFIX}.
     */
    @Override
    public IMemoryBlockExtension getExtendedMemoryBlock(String expression, Object context) throws DebugException {
        String text = expression.trim();
        boolean physical = text.regionMatches(true, 0, PHYSICAL_PREFIX, 0, PHYSICAL_PREFIX.length());
        if (physical) {
            text = text.substring(PHYSICAL_PREFIX.length()).trim();
        }
        int hart = 0;
        GuestlabStackFrame frame = null;
        if (context instanceof GuestlabStackFrame f) {
            frame = f;
        } else if (context instanceof GuestlabThread t && t.getTopStackFrame() instanceof GuestlabStackFrame f) {
            frame = f;
        }
        if (frame != null) {
            hart = ((GuestlabThread) frame.getThread()).hart();
        } else if (context instanceof GuestlabThread t) {
            hart = t.hart();
        }
        return new GuestlabMemoryBlock(this, text, addressOf(text, frame), hart, physical);
    }

    /**
     * The address an expression names in a frame (or hart 0's global scope when null): a number,
     * a symbol (a function's entry), a pointer's value, an array's or struct's own address.
     * The Memory view's monitors and the Disassembly view's "Go to" take addresses this way.
     */
    public long addressOf(String text, GuestlabStackFrame frame) throws DebugException {
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            // an expression
        }
        if (!suspended) {
            throw new DebugException(Status.error("suspend the machine to evaluate '" + text + "'"));
        }
        MachineSession.Evaluation e = inspect(() -> session().evaluate(text, frame == null ? null : frame.info()));
        if (e.error() != null) {
            throw new DebugException(Status.error("'" + text + "': " + e.error()));
        }
        ValueNode v = e.value();
        Long n = v.integer();
        if (n != null) {
            return n;
        }
        if (v.inMemory()) {
            return v.address();
        }
        throw new DebugException(Status.error("'" + text + "' is a " + v.typeName() + " with no address"));
    }

    // ---------------------------------------------------------------------------------------
    // The session's reports: the one place they become debug events

    @Override
    public void output(byte[] bytes) {
        process.output(bytes);
    }

    @Override
    public void resumed(boolean step) {
        suspended = false;
        stepping = step;
        for (GuestlabThread t : threads) {
            t.running();
        }
        for (GuestlabTaskThread t : tasks) {
            t.running();
        }
        if (!debug) {
            return;
        }
        int detail = step ? DebugEvent.STEP_OVER : DebugEvent.CLIENT_REQUEST;
        List<DebugEvent> events = new ArrayList<>();
        for (GuestlabThread t : threads) {
            events.add(new DebugEvent(t, DebugEvent.RESUME, detail));
        }
        events.add(new DebugEvent(this, DebugEvent.RESUME, detail));
        fire(events);
    }

    @Override
    public void suspended(Stop stop) {
        // the harts forget the last stop's frames before they say they are suspended: a view that
        // reads frames in between would keep objects the next read no longer returns
        for (GuestlabThread t : threads) {
            t.stopped();
        }
        suspended = true;
        stepping = false;
        if (debug) {
            readTasks();
        }
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            for (IMemoryBlock b : plugin.getMemoryBlockManager().getMemoryBlocks(this)) {
                if (b instanceof GuestlabMemoryBlock g) {
                    g.stopped();
                }
            }
        }
        if (!debug) {
            return;
        }
        fire(suspendEvents(stop));
    }

    /**
     * The events of a stop, in the order the Debug view needs to select the stopping hart's top
     * frame whether or not its model proxy was installed before the stop: first the machine (its
     * content refresh must not come after, or it cancels the selection still being restored),
     * then the one hart that stopped it with a detail that makes the view expand and reveal it,
     * then the other harts as content changes, which refresh them without competing for the
     * selection (the platform selects every suspended thread's top frame unless another
     * suspended frame is already selected, which it may not yet be).
     */
    private List<DebugEvent> suspendEvents(Stop stop) {
        GuestlabThread[] harts = threads;
        int stopping = stop.hart() >= 0 && stop.hart() < harts.length ? stop.hart() : 0;
        int detail = switch (stop.kind()) {
            case STEP -> DebugEvent.STEP_END;
            case SUSPENDED -> DebugEvent.CLIENT_REQUEST;
            // the first stop (a temporary breakpoint), breakpoints, watchpoints, caught traps, faults
            default -> DebugEvent.BREAKPOINT;
        };
        List<DebugEvent> events = new ArrayList<>();
        events.add(new DebugEvent(this, DebugEvent.SUSPEND, detail));
        for (GuestlabThread t : harts) {
            if (t.hart() == stopping) {
                events.add(1, new DebugEvent(t, DebugEvent.SUSPEND, detail));
            } else {
                events.add(new DebugEvent(t, DebugEvent.CHANGE, DebugEvent.CONTENT));
            }
        }
        return events;
    }

    @Override
    public void terminated(Integer exitCode, String reason) {
        terminated = true;
        suspended = false;
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin == null) {
            return;
        }
        if (debug) {
            plugin.getBreakpointManager().removeBreakpointListener(this);
            clearProblems();
            List<DebugEvent> events = new ArrayList<>();
            for (GuestlabThread t : threads) {
                t.running(); // forget the last stop: the label says terminated now
            }
            for (IThread t : getThreads()) {
                events.add(new DebugEvent(t, DebugEvent.TERMINATE));
            }
            events.add(new DebugEvent(this, DebugEvent.TERMINATE));
            fire(events);
        }
        process.ended(exitCode);
    }

    @Override
    public void running(long instructions, double mips) {
        status = String.format(Locale.ROOT, ", %,d instructions, %.0f MIPS", instructions, mips);
        if (debug) {
            fire(List.of(new DebugEvent(this, DebugEvent.CHANGE, DebugEvent.STATE)));
        }
    }

    @Override
    public void breakpointPlaced(BreakpointSpec spec, int line, String problem) {
        IBreakpoint b = breakpointOf(spec);
        if (b == null || b.getMarker() == null) {
            return;
        }
        clearProblem(b);
        try {
            if (problem != null) {
                IResource resource = b.getMarker().getResource();
                IMarker m = resource.createMarker(MarkerTypes.PROBLEM);
                m.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                // a file outside the workspace has no resource of its own: the message names it
                String where = b instanceof GuestlabLineBreakpoint lineBreakpoint && lineBreakpoint.isExternal()
                        ? " (" + lineBreakpoint.sourcePath() + ")" : "";
                m.setAttribute(IMarker.MESSAGE, "Breakpoint not placed" + where + ": " + problem);
                if (b instanceof ILineBreakpoint lb) {
                    m.setAttribute(IMarker.LINE_NUMBER, lb.getLineNumber());
                }
                problems.put(b, m);
            } else if (line > 0 && b instanceof ILineBreakpoint lb && lb.getLineNumber() != line) {
                // as gdb: the breakpoint moves to the line whose code it stops at
                b.getMarker().setAttribute(IMarker.LINE_NUMBER, line);
            }
        } catch (CoreException e) {
            // the marker could not be written: the breakpoint still works (or still does not)
        }
    }

    private void fire(List<DebugEvent> events) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(events.toArray(DebugEvent[]::new));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Breakpoints of the workspace

    /** The workspace breakpoint a session breakpoint stands for, or null (a temporary one). */
    IBreakpoint breakpointOf(BreakpointSpec spec) {
        for (Map.Entry<IBreakpoint, BreakpointSpec> e : specs.entrySet()) {
            if (e.getValue().equals(spec)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The spec of an enabled Guestlab breakpoint (remembered), or null. */
    private BreakpointSpec specOf(IBreakpoint b) {
        try {
            if (b instanceof GuestlabBreakpoint g && b.isEnabled()) {
                BreakpointSpec s = g.spec();
                specs.put(b, s);
                return s;
            }
        } catch (CoreException e) {
            // a breakpoint whose marker is gone or broken is left out
        }
        return null;
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        if (supportsBreakpoint(breakpoint) && !terminated) {
            BreakpointSpec s = specOf(breakpoint);
            if (s != null) {
                session().addBreakpoint(s);
            }
        }
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        BreakpointSpec s = specs.remove(breakpoint);
        if (s != null && !terminated) {
            session().removeBreakpoint(s);
        }
        clearProblem(breakpoint);
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        if (!supportsBreakpoint(breakpoint) || terminated) {
            return;
        }
        BreakpointSpec old = specs.get(breakpoint);
        BreakpointSpec now;
        try {
            now = breakpoint.isEnabled() && breakpoint instanceof GuestlabBreakpoint g ? g.spec() : null;
        } catch (CoreException e) {
            now = null;
        }
        if (old != null && old.equals(now)) {
            return;
        }
        breakpointRemoved(breakpoint, delta);
        if (now != null) {
            breakpointAdded(breakpoint);
        }
    }

    private void clearProblem(IBreakpoint b) {
        IMarker m = problems.remove(b);
        if (m != null) {
            try {
                m.delete();
            } catch (CoreException e) {
                // already gone with its resource
            }
        }
    }

    private void clearProblems() {
        for (IBreakpoint b : new ArrayList<>(problems.keySet())) {
            clearProblem(b);
        }
    }
}
