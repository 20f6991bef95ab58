package io.guestlab.debug.core.session;

import io.guestlab.debug.core.CaughtTrap;
import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.debug.core.launching.MachineSetup;
import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.os.OsAwareness;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.PageTables;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.TrapLog;
import io.guestlab.emulator.board.BoardSnapshot;
import io.guestlab.emulator.board.VirtBoard;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.history.History;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.symbols.SymbolsException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One machine under the debugger: the board, its symbols and breakpoints, and the engine thread
 * that alone runs and inspects it. Front ends call in from any thread: run control
 * ({@link #resume}, {@link #suspend}, the steps, {@link #terminate}, {@link #restart}) returns at
 * once and is reported through the {@link SessionListener}; inspection ({@link #frames},
 * {@link #registers}, {@link #variables}, {@link #evaluate}) waits for the engine thread's answer,
 * which it gives between two slices of running when the machine runs. All-stop: any hart's stop
 * stops the machine, as in the GDB server.
 */
public final class MachineSession implements AutoCloseable {

    public enum State {
        SUSPENDED, RUNNING, TERMINATED
    }

    /** Steps per slice of running: bounds how late a suspend, a query or console output is served. */
    private static final long SLICE = 2_000_000;
    /** Status updates while running, at most this often. */
    private static final long STATUS_NANOS = 250_000_000L;
    /** How long an inspection waits for the engine thread. */
    private static final long QUERY_SECONDS = 30;

    private final MachineSetup setup;
    private final SessionListener listener;
    private final boolean debug;
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread engine;
    private final BreakpointTable breakpoints = new BreakpointTable();
    private final ByteArrayOutputStream pendingOutput = new ByteArrayOutputStream();
    private final SessionSymbols symbols;

    private VirtBoard board;
    private Machine machine;
    private Registers registers;
    private volatile State state = State.SUSPENDED;
    private volatile boolean suspendRequested;
    private volatile boolean terminateRequested;
    private volatile Stop lastStop;
    private long lastStatus;
    private long statusInstructions;
    private boolean instructionStepping;
    /** The machine's past for reverse execution (debug mode), or null: {@link #noHistory} says why. */
    private volatile History<BoardSnapshot> history;
    private volatile String noHistory = "the machine runs without a debugger";
    /** The history re-executes a stretch the guest ran before: its console output was shown already. */
    private volatile boolean replaying;
    /** The last traps and interrupts (debug mode), or null. */
    private TrapLog trapLog;
    private int trapLogDepth = DEFAULT_TRAP_LOG_DEPTH;
    /** The trap log as the machine ended: what killed the guest stays readable after the engine is gone. */
    private volatile List<TrapRecord> trapsAtEnd = List.of();
    private final Snapshots snapshots = new Snapshots();
    private volatile OsAwareness osAwareness = OsAwareness.builtIn();
    private GuestProcesses processes;

    /** Traps the trap log keeps unless told otherwise. */
    public static final int DEFAULT_TRAP_LOG_DEPTH = 1000;

    private MachineSession(MachineSetup setup, SessionListener listener, boolean debug, SessionSymbols symbols) {
        this.setup = setup;
        this.listener = listener;
        this.debug = debug;
        this.symbols = symbols;
        this.engine = new Thread(this::engineLoop, "guestlab machine");
        engine.setDaemon(true);
    }

    /**
     * Boots a machine. In debug mode it then runs to where the setup says to stop first (or stays
     * at reset) and reports that stop; in run mode it runs, breakpoints play no part.
     *
     * @throws LaunchProblem one sentence: an image or symbol file that cannot be loaded, an unknown stop-at function
     */
    public static MachineSession start(MachineSetup setup, SessionListener listener, boolean debug) throws LaunchProblem {
        return start(setup, listener, debug, List.of());
    }

    /** {@link #start(MachineSetup, SessionListener, boolean)} with breakpoints placed before the machine runs. */
    public static MachineSession start(MachineSetup setup, SessionListener listener, boolean debug,
                                       List<BreakpointSpec> initial) throws LaunchProblem {
        MachineSession s = create(setup, listener, debug, initial);
        s.begin();
        return s;
    }

    /**
     * Boots a machine and places {@code initial} breakpoints, but leaves it at reset, reporting
     * nothing, until {@link #begin()}: so that a front end can show the machine before its first
     * stop is reported.
     */
    public static MachineSession create(MachineSetup setup, SessionListener listener, boolean debug,
                                        List<BreakpointSpec> initial) throws LaunchProblem {
        MachineSession s = new MachineSession(setup, listener, debug, symbolsOf(setup));
        s.boot();
        s.first = s.firstStop();
        s.engine.start();
        if (debug) {
            initial.forEach(s::addBreakpoint);
        }
        return s;
    }

    private static SessionSymbols symbolsOf(MachineSetup setup) throws LaunchProblem {
        try {
            List<Path> files = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            for (MachineSetup.Symbols s : setup.symbols()) {
                files.add(s.file());
                offsets.add(s.loadOffset());
            }
            return new SessionSymbols(files, offsets);
        } catch (SymbolsException e) {
            throw new LaunchProblem("Symbols: " + e.getMessage());
        }
    }

    /** Runs a {@link #create created} machine to its first stop (debug) or on (run); once only. */
    public void begin() {
        if (first != Long.MIN_VALUE) {
            long at = first;
            first = Long.MIN_VALUE;
            post(() -> begin(at));
        }
    }

    /** What the first stop says when there is no place to run to first. */
    private String firstDetail = "at reset";

    /** Where {@link #begin()} runs to (see {@link #firstStop()}); MIN_VALUE once begun. */
    private volatile long first = Long.MIN_VALUE;

    private void boot() throws LaunchProblem {
        attach(newBoard());
    }

    private VirtBoard newBoard() throws LaunchProblem {
        try {
            if (setup.replay() != null) {
                return setup.replay().open(this::console);
            }
            return setup.snapshot() != null ? VirtBoard.fromSnapshot(setup.snapshot(), this::console)
                    : VirtBoard.create(setup.board(), this::console);
        } catch (SnapshotException e) {
            throw new LaunchProblem("Snapshot file: " + e.getMessage());
        } catch (BootImageException | IOException e) {
            throw new LaunchProblem("Machine: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new LaunchProblem("Machine: " + e.getMessage());
        }
    }

    private void attach(VirtBoard board) {
        this.board = board;
        machine = board.machine();
        registers = new Registers(machine);
        breakpoints.bind(machine, symbols);
        for (CaughtTrap t : setup.traps()) {
            breakpoints.catchTrap(t, true);
        }
        if (debug) {
            trapLog = new TrapLog(trapLogDepth);
            machine.setTrapListener(trapLog);
            startHistory(); // at boot: going back reaches the first instruction
        }
    }

    /** The machine is shown stopped where it is: resuming runs the instructions there, breakpoint or not. */
    private void passBreakpoints() {
        for (int h = 0; h < machine.hartCount(); h++) {
            machine.passBreakpoint(h);
        }
    }

    /** The board's console: what a re-execution prints was shown the first time round. */
    private void console(int b) {
        if (!replaying) {
            pendingOutput.write(b);
        }
    }

    /** History starts now; a board that cannot be checkpointed goes without (and says why when asked). */
    private void startHistory() {
        CheckpointProvider<BoardSnapshot> board = CheckpointProvider.of(this.board, on -> replaying = on);
        CheckpointProvider<BoardSnapshot> provider = new CheckpointProvider<>() {
            @Override
            public BoardSnapshot take() throws SnapshotException {
                return board.take();
            }

            @Override
            public void restore(BoardSnapshot checkpoint) throws SnapshotException {
                board.restore(checkpoint);
                long[] hartSteps = new long[machine.hartCount()];
                for (int h = 0; h < hartSteps.length; h++) {
                    hartSteps[h] = machine.hartSteps(h);
                }
                trapLog.forgetFrom(hartSteps);
            }

            @Override
            public void replaying(boolean on) {
                board.replaying(on);
            }
        };
        try {
            history = History.start(machine, this.board::run, provider, History.DEFAULT_INTERVAL);
            noHistory = null;
        } catch (SnapshotException e) {
            history = null;
            noHistory = e.getMessage();
        }
    }

    /**
     * Runs the board forward, keeping its history: the one runner of forward running. Host input
     * that reaches the guest while it re-executes its past makes the run a new one: the user is
     * told on the console, and the recorded future is dropped.
     */
    StopEvent runForward(long max) {
        if (history == null) {
            return board.run(max);
        }
        long inputBefore = board.newInputStep();
        boolean inPast = history.inPast();
        long end = history.end();
        StopEvent e = board.run(history.beforeForwardRun(max));
        long input = board.newInputStep();
        if (inPast && input != inputBefore && input < end) {
            history.diverged(input);
            String notice = String.format("%n[guestlab: console input at step %d changed the recorded run (it went on"
                    + " to step %d): execution continues on a new course from here]%n", input, end);
            pendingOutput.writeBytes(notice.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        history.afterForwardRun();
        return e;
    }

    /** The address of the first stop of a debug launch, -1 for none, 0 for reset. */
    private long firstStop() throws LaunchProblem {
        if (!debug) {
            return -1;
        }
        if (setup.snapshot() != null) {
            // a snapshot's machine is past reset: it stops where the snapshot was taken
            firstDetail = "at the snapshot (step " + machine.steps() + ")";
            return setup.stopAt().equals(LaunchAttributes.STOP_AT_NONE) ? -1 : 0;
        }
        try {
            return switch (setup.stopAt()) {
                case LaunchAttributes.STOP_AT_NONE -> -1;
                case LaunchAttributes.STOP_AT_RESET -> 0;
                case LaunchAttributes.STOP_AT_ENTRY -> symbols.programs().isEmpty() ? board.startAddress()
                        : symbols.programs().get(0).entry();
                default -> {
                    String f = setup.stopAt().equals(LaunchAttributes.STOP_AT_MAIN) ? "main" : setup.stopFunction();
                    OptionalLong a = symbols.afterPrologue(f);
                    if (a.isEmpty()) {
                        throw new LaunchProblem("Stop at: no function '" + f + "' in the symbol files"
                                + (symbols.programs().isEmpty() ? " (there are none: add the kernel's ELF on the Symbols tab)" : ""));
                    }
                    yield a.getAsLong();
                }
            };
        } catch (SymbolsException e) {
            throw new LaunchProblem("Symbols: " + e.getMessage());
        }
    }

    private void begin(long first) {
        if (debug && setup.replay() != null && setup.replay().stopAtStep() >= 0) {
            runToStep(setup.replay().stopAtStep());
        } else if (first == 0) {
            passBreakpoints();
            suspended(new Stop(Stop.Kind.ENTRY, 0, machine.pc(0), firstDetail, null));
        } else if (first != -1) { // a kernel's upper-half address (Linux's 0xffffffff8...) is negative
            runTo(Set.of(first), -1, Stop.Kind.ENTRY, "at " + describe(first), false);
        } else {
            runLoop(Set.of(), -1, null, null, false);
        }
    }

    /**
     * Runs a replay to exactly {@code step} (a failed test's failing instruction) and reports the
     * stop on the hart that takes the next step; a breakpoint or a caught trap on the way stops
     * first, as any run would.
     */
    private void runToStep(long step) {
        resumed(false);
        int hart = 0;
        while (machine.steps() < step) {
            serveCommands();
            if (terminateRequested) {
                ended(null, "terminated");
                return;
            }
            StopEvent e = board.run(Math.min(SLICE, step - machine.steps()));
            flushOutput();
            hart = e.hart();
            if (e.reason() == StopReason.BUDGET_EXHAUSTED) {
                continue;
            }
            Stop s = decide(e, Set.of(), -1, null);
            if (s != null) {
                if (s.kind() == Stop.Kind.FAULT && e.reason() == StopReason.EXIT) {
                    ended(e.exitCode(), e.detail());
                } else {
                    suspended(s);
                }
                return;
            }
        }
        suspended(new Stop(Stop.Kind.ENTRY, hart, machine.pc(hart), "at step " + step, null));
    }

    // ---------------------------------------------------------------------------------------
    // The engine thread

    private void engineLoop() {
        while (state != State.TERMINATED) {
            try {
                commands.take().run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a defect of the debugger, not of the guest: say so and stay usable
                lastStop = new Stop(Stop.Kind.FAULT, 0, 0, "debugger error: " + e, null);
                state = State.SUSPENDED;
                listener.suspended(lastStop);
            }
        }
    }

    private void post(Runnable command) {
        commands.add(command);
        if (state == State.RUNNING) {
            machine.halt(); // served between two slices
        }
    }

    /** Runs {@code query} on the engine thread and waits for its answer. */
    private <T> T call(Callable<T> query) {
        if (Thread.currentThread() == engine) {
            try {
                return query.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (state == State.TERMINATED) {
            throw new IllegalStateException("the machine has terminated");
        }
        FutureTask<T> task = new FutureTask<>(query);
        post(task);
        try {
            return task.get(QUERY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the machine");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the machine did not answer within " + QUERY_SECONDS + " s");
        }
    }

    /** Serves queued commands between slices (queries, breakpoint changes); run control waits for a stop. */
    private void serveCommands() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            c.run();
        }
    }

    private void flushOutput() {
        if (pendingOutput.size() > 0) {
            byte[] bytes = pendingOutput.toByteArray();
            pendingOutput.reset();
            listener.output(bytes);
        }
    }

    private void status() {
        long now = System.nanoTime();
        if (now - lastStatus >= STATUS_NANOS) {
            long n = machine.instructionsRetired();
            double mips = lastStatus == 0 ? 0 : (n - statusInstructions) / ((now - lastStatus) / 1e3);
            lastStatus = now;
            statusInstructions = n;
            listener.running(n, mips);
        }
    }

    private void resumed(boolean step) {
        state = State.RUNNING;
        lastStop = null;
        lastStatus = 0;
        listener.resumed(step);
    }

    private void suspended(Stop stop) {
        flushOutput();
        state = State.SUSPENDED;
        lastStop = stop;
        listener.suspended(stop);
    }

    private void ended(Integer exitCode, String reason) {
        if (state == State.TERMINATED) {
            return;
        }
        flushOutput();
        trapsAtEnd = trapRecords();
        state = State.TERMINATED;
        try {
            board.close();
        } catch (IOException e) {
            // the disks are closed as well as they can be; the session ends either way
        }
        listener.terminated(exitCode, reason);
    }

    /**
     * What {@link #runLoop} ends with when it reaches one of its temporary addresses: the
     * caller decides what happens next (a step goes on, a run to line stops).
     */
    static final Stop REACHED = new Stop(Stop.Kind.STEP, -1, 0, "reached", null);

    /**
     * Runs the machine until a breakpoint, watchpoint or caught trap counts, the guest ends, a
     * fault, a suspend, or one of {@code temporary} is reached by {@code hart} (-1: any) with
     * {@code sp} at or above {@code minSp} (null: any). Reports suspends and ends itself; returns
     * {@link #REACHED}, the stop it reported, or null when the machine ended.
     */
    private Stop runLoop(Set<Long> temporary, int hart, Long minSp, Stop.Kind kind, boolean step) {
        for (long a : temporary) {
            breakpoints.addAddress(a);
        }
        try {
            if (state != State.RUNNING) {
                resumed(step);
            }
            while (true) {
                serveCommands();
                if (terminateRequested || state == State.TERMINATED) {
                    ended(null, "terminated");
                    return null;
                }
                if (suspendRequested) {
                    suspendRequested = false;
                    Stop s = new Stop(Stop.Kind.SUSPENDED, 0, machine.pc(0), "suspended", null);
                    suspended(s);
                    return s;
                }
                StopEvent e = runForward(SLICE);
                flushOutput();
                status();
                Stop s = decide(e, temporary, hart, minSp);
                if (s == REACHED) {
                    return REACHED;
                }
                if (s != null) {
                    if (s.kind() == Stop.Kind.FAULT && e.reason() == StopReason.EXIT) {
                        ended(e.exitCode(), e.detail());
                        return null;
                    }
                    suspended(s);
                    return s;
                }
            }
        } finally {
            if (state != State.TERMINATED) {
                for (long a : temporary) {
                    breakpoints.removeAddress(a);
                }
            }
        }
    }

    /** Runs to one of {@code addresses} and reports a stop of {@code kind} there. */
    private void runTo(Set<Long> addresses, int hart, Stop.Kind kind, String detail, boolean step) {
        Stop s = runLoop(addresses, hart, null, kind, step);
        if (s == REACHED) {
            int h = hart >= 0 ? hart : lastEventHart;
            suspended(new Stop(kind, h, machine.pc(h), detail, null));
        }
    }

    private int lastEventHart;

    /** The stop an engine event makes, {@link #REACHED}, or null to run on. */
    private Stop decide(StopEvent e, Set<Long> temporary, int hart, Long minSp) {
        lastEventHart = e.hart();
        switch (e.reason()) {
            case BUDGET_EXHAUSTED, HALTED -> {
                return null;
            }
            case EXIT -> {
                return new Stop(Stop.Kind.FAULT, e.hart(), e.pc(), e.detail(), null);
            }
            case BREAKPOINT -> {
                if (debug) {
                    for (BreakpointTable.Entry entry : breakpoints.at(e.pc())) {
                        String why = counts(entry, e.hart());
                        if (why != null) {
                            return new Stop(Stop.Kind.BREAKPOINT, e.hart(), e.pc(), why, entry.spec);
                        }
                    }
                }
                if (temporary.contains(e.pc()) && (hart < 0 || hart == e.hart())
                        && (minSp == null || Long.compareUnsigned(machine.register(e.hart(), 2), minSp) >= 0)) {
                    return REACHED;
                }
                return null;
            }
            case WATCHPOINT -> {
                for (BreakpointTable.Entry entry : breakpoints.watching(e.tval())) {
                    String why = counts(entry, e.hart());
                    if (why != null) {
                        BreakpointSpec.Watch w = (BreakpointSpec.Watch) entry.spec.site();
                        String access = w.read() && w.write() ? "access" : w.read() ? "read" : "write";
                        return new Stop(Stop.Kind.WATCHPOINT, e.hart(), e.pc(),
                                "watchpoint (" + access + ") on " + w.expression() + why.substring("breakpoint".length()),
                                entry.spec);
                    }
                }
                return null;
            }
            case TRAP -> {
                String trap = String.format("trap: %s (%s 0x%x, tval 0x%x)",
                        TrapCause.describe((int) (e.cause() & 63), e.cause() < 0), causeCsr(e.hart()), e.cause(), e.tval());
                for (BreakpointTable.Entry entry : breakpoints.catching(e.cause())) {
                    String why = counts(entry, e.hart());
                    if (why != null) {
                        return new Stop(Stop.Kind.TRAP, e.hart(), e.pc(), trap + why.substring("breakpoint".length()), entry.spec);
                    }
                }
                for (CaughtTrap t : setup.traps()) {
                    if (t.cause() == (int) (e.cause() & 63) && t.interrupt() == e.cause() < 0) {
                        return new Stop(Stop.Kind.TRAP, e.hart(), e.pc(), trap, null);
                    }
                }
                return null;
            }
            case IDLE -> {
                return new Stop(Stop.Kind.FAULT, e.hart(), e.pc(), "every hart waits for an interrupt (wfi) and nothing"
                        + " in the machine can raise one", null);
            }
            default -> {
                return new Stop(Stop.Kind.FAULT, e.hart(), e.pc(), e.reason().name().toLowerCase().replace('_', ' ')
                        + ": " + e.detail(), null);
            }
        }
    }

    /** mcause or scause: whichever the trap was taken into (the hart's privilege now). */
    private String causeCsr(int hart) {
        return machine.privilege(hart) == 3 ? "mcause" : "scause";
    }

    /**
     * Whether a breakpoint's hit counts: its condition holds (and then its hit count is reached).
     * Returns the stop's detail ("breakpoint", "breakpoint (condition 'x' failed: ...)"), or null.
     */
    private String counts(BreakpointTable.Entry entry, int hart) {
        BreakpointSpec spec = entry.spec;
        if (!spec.condition().isEmpty()) {
            try {
                List<FrameInfo> frames = Backtraces.of(machine, hart, symbols);
                ExpressionEvaluator.Scope scope = frames.isEmpty() ? globalScope(hart) : frameScope(frames.get(0));
                if (!ExpressionEvaluator.isTrue(new ExpressionEvaluator(scope).evaluate(spec.condition()))) {
                    return null;
                }
            } catch (ExpressionEvaluator.EvaluationException | SymbolsException e) {
                return "breakpoint (its condition '" + spec.condition() + "' cannot be evaluated: " + e.getMessage() + ")";
            }
        }
        entry.hits++;
        if (spec.hitCount() > 1 && entry.hits < spec.hitCount()) {
            return null;
        }
        return "breakpoint";
    }

    // ---------------------------------------------------------------------------------------
    // Run control (from any thread; ignored unless suspended)

    public void resume() {
        post(() -> {
            if (state == State.SUSPENDED) {
                runLoop(Set.of(), -1, null, null, false);
            }
        });
    }

    /** Suspends a running machine (all harts) soon; reported as a {@link Stop.Kind#SUSPENDED} stop. */
    public void suspend() {
        if (state == State.RUNNING) {
            suspendRequested = true;
            machine.halt();
        }
    }

    /** Ends the machine; reported through {@link SessionListener#terminated}. */
    public void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        terminateRequested = true;
        post(() -> {
            if (state != State.TERMINATED) {
                ended(null, "terminated");
            }
        });
    }

    /** Resets the machine: boots it again from its images and stops where a new launch would. */
    public void restart() {
        post(() -> {
            if (state != State.SUSPENDED) {
                return;
            }
            try {
                board.close();
            } catch (IOException e) {
                // reopened below; a failure to reopen is what the user hears about
            }
            try {
                boot();
                for (Map.Entry<BreakpointSpec, String> p : breakpoints.replaceAll(globalScope(0)).entrySet()) {
                    listener.breakpointPlaced(p.getKey(), 0, p.getValue());
                }
                begin(firstStop());
            } catch (LaunchProblem e) {
                ended(null, "restart failed: " + e.getMessage());
            }
        });
    }

    /** While on, source steps are instruction steps (the UI's instruction stepping toggle). */
    public void setInstructionStepping(boolean on) {
        instructionStepping = on;
    }

    public boolean isInstructionStepping() {
        return instructionStepping;
    }

    public void stepInstruction(int hart) {
        post(() -> {
            if (state == State.SUSPENDED) {
                new Stepper(this, hart).instruction();
            }
        });
    }

    public void stepInto(int hart) {
        step(hart, Stepper.Mode.INTO);
    }

    public void stepOver(int hart) {
        step(hart, Stepper.Mode.OVER);
    }

    public void stepReturn(int hart) {
        post(() -> {
            if (state == State.SUSPENDED) {
                new Stepper(this, hart).stepReturn();
            }
        });
    }

    private void step(int hart, Stepper.Mode mode) {
        post(() -> {
            if (state != State.SUSPENDED) {
                return;
            }
            Stepper s = new Stepper(this, hart);
            if (instructionStepping) {
                s.instruction();
            } else {
                s.source(mode);
            }
        });
    }

    /** Runs until a line is reached (gdb's {@code until LINE} / Eclipse's run to line); stops at breakpoints on the way. */
    public void runToLine(String file, int line) {
        post(() -> {
            if (state != State.SUSPENDED) {
                return;
            }
            BreakpointSpec spec = BreakpointSpec.of(new BreakpointSpec.Line(file, line));
            List<Long> addresses = new ArrayList<>();
            String problem = resolveTemporary(spec, addresses);
            if (problem != null) {
                suspended(new Stop(Stop.Kind.FAULT, 0, machine.pc(0), "cannot run to line " + line + ": " + problem, null));
                return;
            }
            runTo(Set.copyOf(addresses), -1, Stop.Kind.STEP, "run to line " + line, true);
        });
    }

    /** The addresses a site resolves to without keeping it as a breakpoint; null or why not. */
    private String resolveTemporary(BreakpointSpec spec, List<Long> out) {
        boolean existed = breakpoints.entry(spec) != null;
        String problem = breakpoints.add(spec, globalScope(0));
        if (problem != null) {
            return problem;
        }
        out.addAll(breakpoints.entry(spec).addresses);
        if (!existed) {
            breakpoints.remove(spec);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Reverse execution (on the history the GDB server's reverse execution uses too)

    /** Whether this machine keeps a history to go back in (debug mode, a board that can be checkpointed). */
    public boolean canReverse() {
        return history != null;
    }

    /** Why the machine cannot go back ({@link #canReverse()} false), or null. */
    public String noReverseReason() {
        return noHistory;
    }

    public void reverseStepInstruction(int hart) {
        reverse(hart, ReverseStepper::instruction);
    }

    /** gdb's {@code reverse-step}: back to the start of the line executed before (into calls). */
    public void reverseStepInto(int hart) {
        reverse(hart, r -> {
            if (instructionStepping) {
                r.instruction();
            } else {
                r.source(ReverseStepper.Mode.INTO);
            }
        });
    }

    /** gdb's {@code reverse-next}: back to the start of the line executed before, over calls. */
    public void reverseStepOver(int hart) {
        reverse(hart, r -> {
            if (instructionStepping) {
                r.instruction();
            } else {
                r.source(ReverseStepper.Mode.OVER);
            }
        });
    }

    /** gdb's {@code reverse-finish}: back to the call of the current function. */
    public void reverseStepReturn(int hart) {
        reverse(hart, ReverseStepper::stepReturn);
    }

    private void reverse(int hart, java.util.function.Consumer<ReverseStepper> how) {
        post(() -> {
            if (state != State.SUSPENDED) {
                return;
            }
            if (history == null) {
                reportFault(hart, "cannot go back: " + noHistory);
                return;
            }
            resumed(true);
            how.accept(new ReverseStepper(this, history, hart));
        });
    }

    /**
     * Runs backwards to the previous breakpoint, watchpoint or caught trap hit on any hart (a
     * breakpoint's condition is checked there; its hit count plays no part going back), or to the
     * beginning of the recorded history.
     */
    public void reverseResume() {
        post(() -> {
            if (state != State.SUSPENDED) {
                return;
            }
            if (history == null) {
                reportFault(0, "cannot go back: " + noHistory);
                return;
            }
            resumed(false);
            reportReverse(history.reverseContinue(this::interrupted, e -> reverseStop(e) != null), 0);
        });
    }

    /**
     * Goes back to the last time hart {@code hart} was at one of {@code addresses} with {@code sp}
     * in its stack pointer, or to an earlier breakpoint on the way back: {@link #REACHED}, or the
     * stop it reported.
     */
    Stop reverseTo(List<Long> addresses, int hart, long sp) {
        addresses.forEach(breakpoints::addAddress);
        try {
            java.util.function.Predicate<StopEvent> ours = e -> e.reason() == StopReason.BREAKPOINT && e.hart() == hart
                    && addresses.contains(e.pc()) && machine.register(hart, 2) == sp;
            StopEvent e = history.reverseContinue(this::interrupted, ev -> ours.test(ev) || reverseStop(ev) != null);
            if (e != null && ours.test(e)) {
                return REACHED;
            }
            reportReverse(e, hart);
            return lastStop;
        } finally {
            addresses.forEach(breakpoints::removeAddress);
        }
    }

    private boolean interrupted() {
        return suspendRequested || terminateRequested;
    }

    /** Reports where going back ended: {@code e} from the history (null: its beginning). */
    private void reportReverse(StopEvent e, int hart) {
        if (e == null) {
            reportStep(hart, "at the beginning of the recorded history");
        } else if (e.reason() == StopReason.HALTED) {
            if (interruption() == null) {
                reportStep(e.hart(), "stopped going back");
            }
        } else if (e.reason() == StopReason.INTERNAL_ERROR) {
            reportFault(e.hart(), e.detail());
        } else {
            Stop s = reverseStop(e);
            suspended(s != null ? s : new Stop(Stop.Kind.STEP, e.hart(), e.pc(), "went back", null));
        }
    }

    /**
     * The stop an engine event met while going back makes: a breakpoint, watchpoint or caught
     * trap whose condition holds there (no hit counting), or null.
     */
    private Stop reverseStop(StopEvent e) {
        switch (e.reason()) {
            case BREAKPOINT -> {
                for (BreakpointTable.Entry entry : breakpoints.at(e.pc())) {
                    if (conditionHolds(entry.spec, e.hart())) {
                        return new Stop(Stop.Kind.BREAKPOINT, e.hart(), e.pc(), "breakpoint (going back)", entry.spec);
                    }
                }
            }
            case WATCHPOINT -> {
                for (BreakpointTable.Entry entry : breakpoints.watching(e.tval())) {
                    if (conditionHolds(entry.spec, e.hart())) {
                        BreakpointSpec.Watch w = (BreakpointSpec.Watch) entry.spec.site();
                        return new Stop(Stop.Kind.WATCHPOINT, e.hart(), e.pc(), "watchpoint on " + w.expression()
                                + " (going back)", entry.spec);
                    }
                }
            }
            case TRAP -> {
                String trap = String.format("trap: %s (%s 0x%x, tval 0x%x, going back)",
                        TrapCause.describe((int) (e.cause() & 63), e.cause() < 0), causeCsr(e.hart()), e.cause(), e.tval());
                for (BreakpointTable.Entry entry : breakpoints.catching(e.cause())) {
                    if (conditionHolds(entry.spec, e.hart())) {
                        return new Stop(Stop.Kind.TRAP, e.hart(), e.pc(), trap, entry.spec);
                    }
                }
                for (CaughtTrap t : setup.traps()) {
                    if (t.cause() == (int) (e.cause() & 63) && t.interrupt() == e.cause() < 0) {
                        return new Stop(Stop.Kind.TRAP, e.hart(), e.pc(), trap, null);
                    }
                }
            }
            default -> {
                return null;
            }
        }
        return null;
    }

    /** A breakpoint's condition holds (or cannot be evaluated, which stops as going forward does). */
    private boolean conditionHolds(BreakpointSpec spec, int hart) {
        if (spec.condition().isEmpty()) {
            return true;
        }
        try {
            List<FrameInfo> frames = Backtraces.of(machine, hart, symbols);
            ExpressionEvaluator.Scope scope = frames.isEmpty() ? globalScope(hart) : frameScope(frames.get(0));
            return ExpressionEvaluator.isTrue(new ExpressionEvaluator(scope).evaluate(spec.condition()));
        } catch (ExpressionEvaluator.EvaluationException | SymbolsException e) {
            return true;
        }
    }

    /** Where the history stands, e.g. for a status line: null when the machine is at its present. */
    public String historyPosition() {
        return call(() -> history == null || !history.inPast() ? null
                : String.format("in the past: step %d of %d (resuming re-executes the recorded run)", machine.steps(), history.end()));
    }

    // ---------------------------------------------------------------------------------------
    // Snapshots (suspended machines only)

    /** Takes a snapshot of the suspended machine named {@code name} (replacing one of that name). */
    public SnapshotInfo takeSnapshot(String name) {
        return call(() -> {
            requireSuspended("take a snapshot");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a snapshot needs a name");
            }
            BoardSnapshot state;
            try {
                state = board.snapshot();
            } catch (SnapshotException e) {
                throw new IllegalArgumentException("cannot take a snapshot: " + e.getMessage());
            }
            SnapshotInfo info = new SnapshotInfo(name.trim(), machine.steps(), machine.instructionsRetired(),
                    describe(machine.pc(0)));
            snapshots.put(info, state);
            return info;
        });
    }

    /** The snapshots taken, oldest first. */
    public List<SnapshotInfo> snapshots() {
        return state == State.TERMINATED ? List.of() : call(snapshots::infos);
    }

    /**
     * Puts the suspended machine back in the state of snapshot {@code name} and reports it as a
     * stop; its history starts there again.
     */
    public void restoreSnapshot(String name) {
        call(() -> {
            requireSuspended("restore a snapshot");
            Snapshots.Entry e = snapshots.get(name);
            try {
                if (history != null) {
                    history.restartFrom(e.state());
                } else {
                    board.restore(e.state());
                }
            } catch (SnapshotException ex) {
                throw new IllegalArgumentException("snapshot '" + name + "' cannot be restored: " + ex.getMessage());
            }
            passBreakpoints();
            reportStep(0, "restored snapshot '" + name + "' (step " + machine.steps() + ")");
            return null;
        });
    }

    /** Deletes snapshot {@code name}; false when there is none of that name. */
    public boolean deleteSnapshot(String name) {
        return call(() -> snapshots.remove(name));
    }

    /**
     * Writes snapshot {@code name} to {@code file} (a launch can start from it, see
     * {@link LaunchAttributes#SNAPSHOT_FILE}); an IllegalArgumentException says why it could not.
     */
    public void saveSnapshot(String name, Path file) {
        call(() -> {
            Snapshots.Entry e = snapshots.get(name);
            try {
                io.guestlab.emulator.board.SnapshotFile.save(e.state(), file);
            } catch (IOException ex) {
                throw new IllegalArgumentException("cannot write snapshot '" + name + "' to " + file + ": " + ex.getMessage());
            }
            return null;
        });
    }

    private void requireSuspended(String what) {
        if (state != State.SUSPENDED) {
            throw new IllegalStateException("suspend the machine to " + what);
        }
    }

    /**
     * A second, independent machine in this suspended one's exact state (RAM and disks shared
     * copy-on-write), with the same setup and {@code initial} breakpoints, reporting to
     * {@code forkListener}. Stopped where it was forked until {@link #begin()}.
     */
    public MachineSession fork(SessionListener forkListener, List<BreakpointSpec> initial) throws LaunchProblem {
        MachineSession f = new MachineSession(setup, forkListener, true, symbolsOf(setup));
        VirtBoard copy = call(() -> {
            requireSuspended("fork it");
            try {
                return board.fork(f::console);
            } catch (SnapshotException | IOException e) {
                throw new IllegalArgumentException("cannot fork the machine: " + e.getMessage());
            }
        });
        f.attach(copy);
        f.firstDetail = "forked at step " + f.machine.steps();
        f.first = 0;
        f.engine.start();
        initial.forEach(f::addBreakpoint);
        return f;
    }

    // ---------------------------------------------------------------------------------------
    // Trap log (debug mode)

    /** The last traps and interrupts, oldest first, each with its place in the source; once ended, the last ones before the end. */
    public List<TrapRecord> traps() {
        if (state == State.TERMINATED) {
            return trapsAtEnd;
        }
        return call(this::trapRecords);
    }

    /** The trap log's entries with their places in the source (on the engine thread). */
    private List<TrapRecord> trapRecords() {
        List<TrapRecord> out = new ArrayList<>();
        if (trapLog != null) {
            for (TrapLog.Entry e : trapLog.entries()) {
                out.add(TrapRecord.of(e, symbols));
            }
        }
        return List.copyOf(out);
    }

    /** How many traps the log keeps (the newest ones are kept when it shrinks). */
    public void setTrapLogDepth(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("the trap log depth must be at least 1, not " + depth);
        }
        post(() -> {
            trapLogDepth = depth;
            if (trapLog != null) {
                TrapLog log = new TrapLog(depth);
                for (TrapLog.Entry e : trapLog.entries()) {
                    log.trapTaken(e.hart(), e.hartStep(), e.cause(), e.epc(), e.tval(), e.fromPrivilege(), e.toPrivilege());
                }
                trapLog = log;
                machine.setTrapListener(log);
            }
        });
    }

    public int trapLogDepth() {
        return trapLogDepth;
    }

    // ---------------------------------------------------------------------------------------
    // Breakpoints (from any thread, also while running)

    /** Places a breakpoint; {@link SessionListener#breakpointPlaced} reports where, or why it could not be. */
    public void addBreakpoint(BreakpointSpec spec) {
        post(() -> {
            if (state == State.TERMINATED) {
                return;
            }
            String problem = breakpoints.add(spec, globalScope(0));
            BreakpointTable.Entry e = breakpoints.entry(spec);
            listener.breakpointPlaced(spec, e == null ? 0 : e.line, problem);
        });
    }

    public void removeBreakpoint(BreakpointSpec spec) {
        post(() -> {
            if (state != State.TERMINATED) {
                breakpoints.remove(spec);
            }
        });
    }

    /** Types bytes into the UART (console input); safe from any thread. */
    public void typeInput(byte[] bytes) {
        if (state != State.TERMINATED) {
            board.typeInput(bytes);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Inspection (waits for the engine thread)

    public State state() {
        return state;
    }

    public Stop lastStop() {
        return lastStop;
    }

    public int hartCount() {
        return machine.hartCount(); // a replay's snapshot says, not the board attributes
    }

    public SessionSymbols symbols() {
        return symbols;
    }

    /** {@code hart 1 [S] suspended: breakpoint at kmain (main.c:42)}, or running / terminated. */
    public String hartLabel(int hart) {
        if (state == State.TERMINATED) {
            return "hart " + hart + " (terminated)";
        }
        if (state == State.RUNNING) {
            return "hart " + hart + " (running)";
        }
        return call(() -> {
            String label = "hart " + hart + " [" + Registers.privilegeName(machine.privilege(hart)) + "] suspended";
            Stop s = lastStop;
            if (s != null && s.hart() == hart) {
                List<FrameInfo> frames = Backtraces.of(machine, hart, symbols);
                String where = frames.isEmpty() ? String.format("0x%x", machine.pc(hart)) : frames.get(0).where();
                label += ": " + s.detail() + (s.kind() == Stop.Kind.ENTRY ? "" : " at " + where);
            }
            return label;
        });
    }

    public List<FrameInfo> frames(int hart) {
        return call(() -> Backtraces.of(machine, hart, symbols));
    }

    public List<RegisterGroupInfo> registers(int hart) {
        return call(() -> registers.groups(hart));
    }

    /** Writes a register of a suspended hart; null when done, else why not. */
    public String writeRegister(int hart, RegisterInfo.Id id, long value) {
        return call(() -> {
            String problem = registers.write(hart, id, value);
            if (problem == null && history != null) {
                history.edited(); // the run from here is another one
            }
            return problem;
        });
    }

    /** Parameters and locals of a frame, innermost scope first. */
    public List<ValueNode> variables(FrameInfo frame) {
        return call(() -> {
            List<ValueNode> out = new ArrayList<>();
            FrameScope scope = frameScope(frame);
            for (io.guestlab.symbols.Variable v : scope.locals()) {
                out.add(new ValueNode(v.name(), v.read(frame.frame(), scope.memory()), scope, symbols.space()));
            }
            return out;
        });
    }

    /** Global variables with debug information, by name (at most {@code limit}). */
    public List<ValueNode> globals(int hart, int limit) {
        return call(() -> globalScope(hart).globals(limit));
    }

    /** An expression's value in a frame (or, with a null frame, in hart 0's global scope); errors as text. */
    public Evaluation evaluate(String expression, FrameInfo frame) {
        return call(() -> {
            FrameScope scope = frame == null ? globalScope(0) : frameScope(frame);
            try {
                io.guestlab.symbols.Value v = new ExpressionEvaluator(scope).evaluate(expression);
                return new Evaluation(expression, new ValueNode(expression, v, scope, symbols.space()), null);
            } catch (ExpressionEvaluator.EvaluationException e) {
                return new Evaluation(expression, null, e.getMessage());
            }
        });
    }

    /**
     * Checks ({@code write} false) or makes an assignment of {@code text} (a number, an enumerator,
     * any expression of the scope the value was read in) to a variable; null when fine, else why not.
     */
    public String assign(ValueNode node, String text, boolean write) {
        return call(() -> ValueAssignment.assign(node, text, write));
    }

    /**
     * Memory for a memory view, as {@code hart} sees it ({@code physical} false: through its
     * current translation) or by physical address; device registers are read only when asked.
     */
    public MemoryContents readMemory(int hart, long address, int length, boolean physical, boolean readDevices) {
        return call(() -> new GuestMemory(machine, hart, physical).read(address, length, readDevices));
    }

    /** Writes memory from a memory view; null when done, else why not. */
    public String writeMemory(int hart, long address, byte[] bytes, boolean physical) {
        return call(() -> new GuestMemory(machine, hart, physical).write(address, bytes));
    }

    /**
     * A disassembly view's page: {@code count} instructions from {@code address} on, as
     * {@code hart} sees memory (through its current translation), with function labels and
     * source lines; unmapped memory and device registers are lines that say so.
     */
    public List<DisassemblyLine> disassemble(int hart, long address, int count) {
        return call(() -> new Disassembly(machine, hart, symbols, breakpoints).from(address, count));
    }

    /** The page before: up to {@code count} instructions that end exactly at {@code address}. */
    public List<DisassemblyLine> disassembleBefore(int hart, long address, int count) {
        return call(() -> new Disassembly(machine, hart, symbols, breakpoints).before(address, count));
    }

    /** The hart's address translation (mode and mappings, at most {@code limit}), read from its page table. */
    public PageTables.Listing pageTable(int hart, int limit) {
        return call(() -> new PageTables(machine, hart).list(limit));
    }

    /** Which providers list the guest kernel's processes (Guestlab's own unless set); set it before the first stop. */
    public void setOsAwareness(OsAwareness awareness) {
        osAwareness = awareness;
    }

    /** The guest kernel's processes now, as the provider that recognised the kernel lists them (or NONE). */
    public OsAwareness.TaskList tasks() {
        return call(() -> processes().list(machine));
    }

    /** A process's frames: unwound from its saved registers, or its hart's when it runs. */
    public List<FrameInfo> taskFrames(GuestTask task) {
        return call(() -> processes().frames(machine, task));
    }

    private GuestProcesses processes() {
        if (processes == null) {
            processes = new GuestProcesses(osAwareness, symbols);
        }
        return processes;
    }

    FrameScope frameScope(FrameInfo frame) {
        return new FrameScope(machine, registers, symbols, frame);
    }

    FrameScope globalScope(int hart) {
        return new FrameScope(machine, registers, symbols, hart);
    }

    /** {@code main (main.c:50)} for an address. */
    String describe(long address) {
        try {
            var info = symbols.describeFrame(address);
            if (info.found()) {
                var l = info.locations().get(0);
                return new FrameInfo(0, address, l.function(), l.file(), l.line(), false, false, null).where();
            }
        } catch (SymbolsException e) {
            // the address is all there is to say
        }
        return String.format("0x%x", address);
    }

    // for the Stepper (engine thread only)

    Machine machine() {
        return machine;
    }

    VirtBoard board() {
        return board;
    }

    Stop runUntil(Set<Long> temporary, int hart, Long minSp) {
        return runLoop(temporary, hart, minSp, Stop.Kind.STEP, true);
    }

    /** One instruction of {@code hart} on the machine's schedule; a stop that counts, or null. */
    Stop stepOnce(int hart) {
        if (state != State.RUNNING) {
            resumed(true);
        }
        while (true) {
            StopEvent e = machine.step(hart, this::runForward);
            flushOutput();
            if (e.reason() == StopReason.STEP) {
                return null;
            }
            Stop s = decide(e, Set.of(), -1, null);
            if (s != null && s != REACHED) {
                if (s.kind() == Stop.Kind.FAULT && e.reason() == StopReason.EXIT) {
                    ended(e.exitCode(), e.detail());
                    return s;
                }
                suspended(s);
                return s;
            }
            if (e.reason() == StopReason.HALTED && (suspendRequested || terminateRequested)) {
                return interruption();
            }
            if (e.reason() != StopReason.BREAKPOINT && e.reason() != StopReason.WATCHPOINT
                    && e.reason() != StopReason.TRAP && e.reason() != StopReason.HALTED) {
                return null; // budget ran out exactly at the step: done
            }
        }
    }

    /** A pending suspend or terminate while stepping: reported; the stop, or null when ended. */
    Stop interruption() {
        serveCommands();
        if (terminateRequested) {
            ended(null, "terminated");
            return new Stop(Stop.Kind.FAULT, 0, 0, "terminated", null);
        }
        if (suspendRequested) {
            suspendRequested = false;
            Stop s = new Stop(Stop.Kind.SUSPENDED, 0, machine.pc(0), "suspended", null);
            suspended(s);
            return s;
        }
        return null;
    }

    void reportStep(int hart, String detail) {
        suspended(new Stop(Stop.Kind.STEP, hart, machine.pc(hart), detail, null));
    }

    void reportFault(int hart, String detail) {
        suspended(new Stop(Stop.Kind.FAULT, hart, machine.pc(hart), detail, null));
    }

    @Override
    public void close() {
        terminate();
        try {
            engine.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An expression's value or why it has none. */
    public record Evaluation(String expression, ValueNode value, String error) {
    }
}
