package io.guestlab.emulator.history;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * A machine's past while a debugger serves it (the GDB server and the Eclipse debugger share
 * it): checkpoints along the run, and going back by
 * restoring one and running forward again. That repeats the run exactly: the engine's schedule
 * does not depend on how runs are cut, and a board hands host input over again at the same steps.
 * Positions are {@link Machine#steps()}.
 * <p>
 * A checkpoint is taken when the debugger starts, then every {@code interval} steps of forward
 * running; past {@link #MAX_CHECKPOINTS} the older half is thinned (every second one goes), so
 * recent history stays dense and the start is always kept. The debugger writing registers or
 * memory changes the future: checkpoints after that point go and a new one is taken there.
 *
 * @param <S> the checkpoint type of the {@link CheckpointProvider}
 */
public final class History<S> {

    /** Steps between checkpoints: going back one instruction re-executes at most this many. */
    public static final long DEFAULT_INTERVAL = 1L << 22;
    static final int MAX_CHECKPOINTS = 64;
    /**
     * A reverse step's re-execution leaves checkpoints this many times closer together behind
     * it, so the next reverse steps (a user going back instruction by instruction) re-execute little.
     */
    static final int FINE = 16;
    /** How many of those it leaves: the ones just before where it went back to. */
    static final int FINE_KEPT = 4;

    private record Checkpoint<S>(long position, long[] hartSteps, S state) {
    }

    /** A stop met while re-executing: where, on which hart, of which kind. */
    private record Stop(long position, int hart, StopReason reason) {
    }

    private final Machine machine;
    private final LongFunction<StopEvent> runner;
    private final CheckpointProvider<S> provider;
    private final long interval;
    /** The state the debugger started in: what {@code monitor reset} returns to. */
    private final Checkpoint<S> origin;
    /** In position order; the first is the beginning of history. */
    private final List<Checkpoint<S>> checkpoints = new ArrayList<>();
    /** The fine checkpoints the last long reverse step left, in position order. */
    private final List<Checkpoint<S>> fine = new ArrayList<>();
    private final Map<String, S> named = new TreeMap<>();
    /** The furthest position this timeline has reached: running below it is a replay. */
    private long highWater;
    /** The debugger changed the state at the current position since the last checkpoint. */
    private boolean edited;
    private boolean replaying;

    private History(Machine machine, LongFunction<StopEvent> runner, CheckpointProvider<S> provider, long interval,
            Checkpoint<S> origin) {
        this.machine = machine;
        this.runner = runner;
        this.provider = provider;
        this.interval = interval;
        this.origin = origin;
        checkpoints.add(origin);
        highWater = origin.position;
    }

    /**
     * Starts the history of {@code machine} (run with {@code runner}) now, with a checkpoint every
     * {@code interval} steps.
     *
     * @throws SnapshotException the provider cannot take checkpoints of this machine (the message says why)
     */
    public static <S> History<S> start(Machine machine, LongFunction<StopEvent> runner, CheckpointProvider<S> provider,
            long interval) throws SnapshotException {
        if (interval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be positive, got " + interval);
        }
        return new History<>(machine, runner, provider, interval, capture(machine, provider.take()));
    }

    private static <S> Checkpoint<S> capture(Machine machine, S state) {
        long[] hartSteps = new long[machine.hartCount()];
        for (int h = 0; h < hartSteps.length; h++) {
            hartSteps[h] = machine.hartSteps(h);
        }
        return new Checkpoint<>(machine.steps(), hartSteps, state);
    }

    private Checkpoint<S> take() {
        try {
            return capture(machine, provider.take());
        } catch (SnapshotException e) {
            // the provider took the first checkpoint of this machine: it cannot refuse later ones
            throw new IllegalStateException("taking a checkpoint failed: " + e.getMessage(), e);
        }
    }

    private void restore(Checkpoint<S> c) {
        try {
            provider.restore(c.state);
        } catch (SnapshotException e) {
            throw new IllegalStateException("restoring a checkpoint failed: " + e.getMessage(), e);
        }
    }

    private void tellReplaying(boolean on) {
        if (on != replaying) {
            replaying = on;
            provider.replaying(on);
        }
    }

    private Checkpoint<S> latest() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    private void add(Checkpoint<S> c) {
        checkpoints.add(c);
        // each checkpoint keeps the RAM pages written after it alive: thin early when memory runs short
        if (checkpoints.size() > MAX_CHECKPOINTS || checkpoints.size() > 4 && memoryShort()) {
            int half = checkpoints.size() / 2;
            List<Checkpoint<S>> kept = new ArrayList<>();
            for (int i = 0; i < checkpoints.size(); i++) {
                if (i == 0 || i >= half || i % 2 == 0) {
                    kept.add(checkpoints.get(i));
                }
            }
            checkpoints.clear();
            checkpoints.addAll(kept);
        }
    }

    /** Less than a quarter of the heap is left (counting garbage, so this errs on the safe side). */
    private static boolean memoryShort() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory()) < r.maxMemory() / 4;
    }

    // ---------------------------------------------------------------------------------------
    // Running forward

    /** The debugger wrote registers or memory: the run from here on is a new one. */
    public void edited() {
        edited = true;
    }

    /** Whether the machine is behind the furthest point its run reached: running on re-executes. */
    public boolean inPast() {
        return machine.steps() < highWater;
    }

    /** The furthest position the run reached (its present when the machine is {@link #inPast()}). */
    public long end() {
        return highWater;
    }

    /**
     * New host input reached the guest at position {@code at} while it re-executed: the run from
     * there is a new one. The checkpoints after {@code at} belong to the old run and go; the
     * state now is where the new run's history continues.
     */
    public void diverged(long at) {
        long now = machine.steps();
        Checkpoint<S> beginning = checkpoints.get(0);
        checkpoints.removeIf(c -> c.position > at && c != beginning);
        fine.removeIf(c -> c.position > at);
        if (latest().position < now) {
            checkpoints.add(take());
        }
        highWater = now;
        tellReplaying(false);
    }

    /** After an edit: the checkpoints of the old future go, the edited state is the newest. */
    private void settle() {
        if (!edited) {
            return;
        }
        edited = false;
        long now = machine.steps();
        checkpoints.removeIf(c -> c.position >= now);
        fine.removeIf(c -> c.position >= now);
        checkpoints.add(take());
        highWater = now;
    }

    /**
     * Call before each forward run: returns the budget to run, at most {@code max}, so that the
     * run ends where a checkpoint is due or where a replay reaches new ground.
     */
    public long beforeForwardRun(long max) {
        settle();
        long now = machine.steps();
        long budget = Math.min(max, Math.max(1, latest().position + interval - now));
        boolean replay = now < highWater;
        if (replay) {
            budget = Math.min(budget, highWater - now);
        }
        tellReplaying(replay);
        return budget;
    }

    /** Call after each forward run: takes the checkpoint that is due. */
    public void afterForwardRun() {
        long now = machine.steps();
        highWater = Math.max(highWater, now);
        if (now >= latest().position + interval) {
            add(take());
        }
    }

    // ---------------------------------------------------------------------------------------
    // Going back

    /**
     * Goes back to just after hart {@code hart}'s previous step: the latest checkpoint before
     * that step, then forward on the schedule until the hart has taken one step fewer than now
     * (to the beginning of history if that is where it had). Returns null (and does not move)
     * when the history holds no earlier state of that hart.
     */
    public StopEvent reverseStep(int hart) {
        settle();
        long target = machine.hartSteps(hart) - 1;
        Checkpoint<S> from = null;
        for (List<Checkpoint<S>> list : List.of(checkpoints, fine)) {
            for (Checkpoint<S> c : list) {
                // strictly fewer: a checkpoint with exactly the target may lie after other harts' steps
                if (c.hartSteps[hart] < target && (from == null || c.position > from.position)) {
                    from = c;
                }
            }
        }
        if (from == null) {
            Checkpoint<S> beginning = checkpoints.get(0);
            if (beginning.hartSteps[hart] != target) {
                return null;
            }
            from = beginning;
        }
        restore(from);
        tellReplaying(true);
        List<Checkpoint<S>> left = new ArrayList<>();
        long fineInterval = Math.max(1, interval / FINE);
        long nextFine = from.position + fineInterval;
        long budget;
        while ((budget = machine.budgetToward(hart, target)) > 0) {
            StopEvent e = runner.apply(Math.min(budget, Math.max(1, nextFine - machine.steps())));
            if (ends(e)) {
                return diverged(e);
            }
            // only the last few: the next reverse steps start from those, and each costs a snapshot
            long remaining = (target - machine.hartSteps(hart)) * machine.hartCount(); // about, in machine steps
            if (machine.steps() >= nextFine) {
                if (remaining <= FINE_KEPT * fineInterval) {
                    left.add(take());
                }
                nextFine = machine.steps() + fineInterval;
            }
        }
        if (!left.isEmpty()) {
            fine.clear();
            fine.addAll(left);
        }
        for (Checkpoint<S> c : checkpoints) {
            if (c.position == machine.steps() && c != from) {
                restore(c); // the same point, but with what the debugger wrote there
            }
        }
        return new StopEvent(StopReason.STEP, hart, machine.pc(hart), 0, 0, "");
    }

    /**
     * Goes back to the last breakpoint, watchpoint or caught trap that stopped (or would have
     * stopped) any hart before now: re-runs the windows between checkpoints from the newest
     * backwards until one holds such a stop, then runs to the last stop in it and returns it.
     * Returns null at the beginning of history when there is none; HALTED where it got to when
     * {@code interrupted} turns true.
     */
    public StopEvent reverseContinue(BooleanSupplier interrupted) {
        return reverseContinue(interrupted, e -> true);
    }

    /**
     * {@link #reverseContinue(BooleanSupplier)} where a breakpoint, watchpoint or trap stop counts
     * only when {@code counts} says so, asked with the machine in the state of that stop (a
     * breakpoint's condition).
     */
    public StopEvent reverseContinue(BooleanSupplier interrupted, Predicate<StopEvent> counts) {
        settle();
        long now = machine.steps();
        int i = checkpoints.size() - 1;
        while (i >= 0 && checkpoints.get(i).position >= now) {
            i--;
        }
        if (i < 0) {
            return null; // already at the beginning
        }
        tellReplaying(true);
        for (; i >= 0; i--) {
            Checkpoint<S> from = checkpoints.get(i);
            long end = i + 1 < checkpoints.size() ? Math.min(checkpoints.get(i + 1).position, now) : now;
            restore(from);
            Stop last = null;
            while (machine.steps() < end) {
                if (interrupted.getAsBoolean()) {
                    return halted();
                }
                StopEvent e = runner.apply(end - machine.steps());
                if (isStop(e) && machine.steps() < now && counts.test(e)) {
                    last = new Stop(machine.steps(), e.hart(), e.reason());
                } else if (ends(e)) {
                    return diverged(e);
                }
            }
            if (last != null) {
                restore(from);
                return runTo(last, interrupted);
            }
        }
        restore(checkpoints.get(0));
        return null;
    }

    /** Re-runs from a checkpoint before {@code stop} until the engine reports that stop again. */
    private StopEvent runTo(Stop stop, BooleanSupplier interrupted) {
        while (machine.steps() <= stop.position) {
            if (interrupted.getAsBoolean()) {
                return halted();
            }
            // one step more than the position: a breakpoint stops before its step, the others after theirs
            StopEvent e = runner.apply(stop.position + 1 - machine.steps());
            if (isStop(e) && machine.steps() == stop.position && e.hart() == stop.hart && e.reason() == stop.reason) {
                return e;
            }
            if (ends(e)) {
                return diverged(e);
            }
        }
        return new StopEvent(StopReason.INTERNAL_ERROR, stop.hart, machine.pc(stop.hart), 0, 0, String.format(
                "re-execution did not meet the %s at step %d again", stop.reason, stop.position));
    }

    /** What stops a forward continue, and so a reverse one. */
    private static boolean isStop(StopEvent e) {
        return e.reason() == StopReason.BREAKPOINT || e.reason() == StopReason.WATCHPOINT || e.reason() == StopReason.TRAP;
    }

    /** An event that a re-execution of a stretch the machine ran through cannot go past. */
    private static boolean ends(StopEvent e) {
        return e.reason() == StopReason.EXIT || e.reason() == StopReason.TRAP_LOOP
                || e.reason() == StopReason.INTERNAL_ERROR;
    }

    private StopEvent diverged(StopEvent e) {
        return new StopEvent(StopReason.INTERNAL_ERROR, e.hart(), e.pc(), 0, 0,
                "re-execution went another way than the recorded run at step " + machine.steps() + ": " + e);
    }

    private StopEvent halted() {
        return new StopEvent(StopReason.HALTED, 0, machine.pc(0), 0, 0, "interrupted while going back");
    }

    // ---------------------------------------------------------------------------------------
    // Reset and named snapshots

    /** The machine back in the state the debugger started in; history starts there again. */
    public void reset() {
        restore(origin);
        restart(origin);
    }

    private void restart(Checkpoint<S> beginning) {
        checkpoints.clear();
        fine.clear();
        checkpoints.add(beginning);
        highWater = beginning.position;
        edited = false;
        tellReplaying(false);
    }

    /** Saves the machine's state now under {@code name} (replacing one of that name). */
    public void save(String name) {
        named.put(name, take().state);
    }

    /** Restores the state saved under {@code name}; history starts there again. */
    public void restore(String name) {
        S state = named.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no snapshot named '" + name + "'"
                    + (named.isEmpty() ? " (none saved: monitor snapshot save NAME)" : " (saved: " + String.join(", ", named.keySet()) + ")"));
        }
        try {
            restartFrom(state);
        } catch (SnapshotException e) {
            throw new IllegalArgumentException("snapshot '" + name + "' cannot be restored: " + e.getMessage(), e);
        }
    }

    /** Puts the machine in {@code state} (a snapshot the provider took); history starts there again. */
    public void restartFrom(S state) throws SnapshotException {
        provider.restore(state);
        restart(capture(machine, state));
    }

    /** The names of the saved snapshots, in name order. */
    public List<String> names() {
        return List.copyOf(named.keySet());
    }

    /** Where history begins, how many checkpoints it holds, where the machine is: for {@code monitor stats}. */
    public String describe() {
        return String.format("history: %d checkpoint%s from step %d (one every %d steps), now at step %d%s%n",
                checkpoints.size(), checkpoints.size() == 1 ? "" : "s", checkpoints.get(0).position, interval, machine.steps(),
                machine.steps() < highWater ? " (re-executing: the run went on to step " + highWater + ")" : "");
    }
}
