package io.guestlab.emulator;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.devices.Clint;
import io.guestlab.emulator.devices.SupervisorTimer;
import io.guestlab.emulator.devices.HostClock;
import io.guestlab.emulator.devices.HostTime;
import io.guestlab.emulator.devices.TimeSource;
import io.guestlab.emulator.devices.TimedDevice;
import io.guestlab.emulator.devices.VirtualClock;
import io.guestlab.emulator.hart.CodeCache;
import io.guestlab.emulator.hart.Hart;
import io.guestlab.emulator.hart.Reservations;
import io.guestlab.emulator.htif.Htif;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.ElfFormatException;
import io.guestlab.emulator.loader.ElfLoader;
import io.guestlab.emulator.hart.HartState;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

/**
 * A machine (RAM at 0x80000000, a CLINT, harts) and the engine's one control API, used alike by the CLI, the debugger, the GDB
 * server and the test runner: run for a number of steps or until an event, halt (from any
 * thread), single-step, breakpoints, watchpoints, trap catching, register/CSR access, and
 * memory access by physical or virtual address that leaves TLBs and devices untouched.
 * <p>
 * All harts run on the calling thread, round-robin, {@link MachineConfig#quantum()} steps each:
 * the same program with the same inputs takes the same path every time. A "step" is one
 * instruction attempted (retired or trapped) or one idle cycle of a hart in wfi.
 */
public final class Machine implements Stateful {

    /** Steps per tick of the 10 MHz timebase while time is virtual: a nominal 1000 MIPS hart. */
    public static final long STEPS_PER_TICK = 100;

    private final MachineConfig config;
    private final Bus bus;
    private final Hart[] harts;
    private final CodeCache code;
    private final Reservations reservations;
    private final Clint clint;
    private final SupervisorTimer sstc;
    private final VirtualClock clock = new VirtualClock(STEPS_PER_TICK);
    /** The host's clock (or a recording of it) instead of {@link #clock} after {@link #useHostTime}; null while time is virtual. */
    private HostTime hostTime;
    private final List<TimedDevice> timedDevices = new ArrayList<>();
    private final List<Long> breakpoints = new ArrayList<>();
    private final List<Watchpoint> watchpoints = new ArrayList<>();
    private long catchExceptions, catchInterrupts;
    private volatile boolean haltRequested;
    private boolean stopWhenIdle = true;
    private Integer exitCode;
    private Htif htif;
    private Translation translation = Translation.DEFAULT;

    // the schedule: see runSlice and endSlice
    private int currentHart;
    private long sliceLeft;
    /** A hart ended its turn of this round running (not in wfi): time does not skip ahead. */
    private boolean roundProgress;
    private long unretired;
    private long machineSteps;
    private boolean idle;
    /** The hart the last run stopped at a breakpoint, which the next run lets past it; -1 if none. */
    private int stoppedAtBreakpoint = -1;

    public Machine(MachineConfig config) {
        this.config = config;
        this.bus = new Bus(new Ram(config.ramBase(), config.ramSize()));
        code = new CodeCache(bus);
        reservations = new Reservations(bus, config.harts());
        harts = new Hart[config.harts()];
        for (int i = 0; i < harts.length; i++) {
            harts[i] = new Hart(i, bus, code, reservations);
            harts[i].setTimeSource(this::time);
        }
        IrqLine[] software = new IrqLine[harts.length];
        IrqLine[] timer = new IrqLine[harts.length];
        for (int i = 0; i < harts.length; i++) {
            software[i] = harts[i].interruptLine(TrapCause.MACHINE_SOFTWARE_INTERRUPT);
            timer[i] = harts[i].interruptLine(TrapCause.MACHINE_TIMER_INTERRUPT);
        }
        clint = new Clint(this::time, software, timer);
        bus.map(CLINT_BASE, CLINT_SIZE, clint);
        addTimedDevice(clint);
        IrqLine[] supervisorTimer = new IrqLine[harts.length];
        for (int i = 0; i < harts.length; i++) {
            supervisorTimer[i] = harts[i].interruptLine(TrapCause.SUPERVISOR_TIMER_INTERRUPT);
        }
        sstc = new SupervisorTimer(this::time, supervisorTimer);
        for (int i = 0; i < harts.length; i++) {
            int hart = i;
            harts[i].setSupervisorTimer(() -> sstc.compare(hart), value -> sstc.setCompare(hart, value));
        }
        addTimedDevice(sstc);
    }

    /** Where the CLINT sits, as on QEMU's virt and spike machines. */
    public static final long CLINT_BASE = 0x200_0000L, CLINT_SIZE = 0x1_0000L;

    /** How the harts run guest code from now on (see {@link Translation}); never changes what the guest does. */
    public void setTranslation(Translation t) {
        translation = java.util.Objects.requireNonNull(t, "translation");
        for (Hart h : harts) {
            h.setTranslation(t);
        }
    }

    public Translation translation() {
        return translation;
    }

    /** Registers a device whose interrupts depend on time: told when time passes its deadline. */
    public void addTimedDevice(TimedDevice device) {
        timedDevices.add(device);
    }

    /**
     * The machine's time source: virtual (advances with hart 0's steps, jumps while all harts
     * wait), or the host's clock after {@link #useHostTime()}.
     */
    public TimeSource clock() {
        return this::time;
    }

    /**
     * Lets the timebase follow the host's monotonic clock, for interactive use: guest delays take
     * real time, but runs are no longer repeatable. Call before the first run.
     */
    public void useHostTime() {
        useHostTime(new HostClock());
    }

    /**
     * Lets the timebase follow {@code source}: the host's clock, or a recording of its readings
     * (a replay: the run loop then never sleeps). Replaces the host time source set before.
     */
    public void useHostTime(HostTime source) {
        hostTime = source;
    }

    /** True after {@link #useHostTime}: time comes from the host, not from retired instructions. */
    public boolean usesHostTime() {
        return hostTime != null;
    }

    private void advanceDevices() {
        long now = time();
        for (TimedDevice d : timedDevices) {
            if (now >= d.nextDeadline()) {
                d.timeAdvanced();
            }
        }
    }

    private boolean anyHartCanWake() {
        for (Hart h : harts) {
            if (h.hasEnabledPendingInterrupt()) {
                return true;
            }
        }
        return false;
    }

    /** Skips time to the next device deadline; false if no device will ever raise anything. */
    private boolean skipToNextDeadline() {
        long next = TimedDevice.NO_DEADLINE;
        for (TimedDevice d : timedDevices) {
            next = Math.min(next, d.nextDeadline());
        }
        if (hostTime != null) {
            waitForHost(next);
            return next != TimedDevice.NO_DEADLINE;
        }
        if (next == TimedDevice.NO_DEADLINE) {
            return false;
        }
        clock.skipTo(next);
        advanceDevices();
        return true;
    }

    /** In host time, all harts wait: sleep towards the next deadline (at most 10 ms, so input is seen soon). */
    private void waitForHost(long deadline) {
        long ticks = Math.min(deadline - time(), 100_000);
        if (ticks > 0) {
            try {
                hostTime.idle(ticks); // a replay does not sleep
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                halt();
            }
        }
        advanceDevices();
    }

    public MachineConfig config() {
        return config;
    }

    /** The physical address space, for boards to map devices into and DMA devices to use. */
    public Bus bus() {
        return bus;
    }

    public int hartCount() {
        return harts.length;
    }

    /** The interrupt wire into hart {@code hart}'s mip bit {@code bit}, for interrupt controllers. */
    public IrqLine interruptLine(int hart, int bit) {
        return harts[checkHart(hart)].interruptLine(bit);
    }

    /** Time in ticks of the 10 MHz timebase: virtual, or the host's after {@link #useHostTime()}. */
    public long time() {
        return hostTime != null ? hostTime.ticks() : clock.ticks();
    }

    /**
     * With every hart in wfi and no timed device armed, nothing but an outside event (console
     * input) can wake the machine: stop with IDLE (default on; boards with input turn it off).
     */
    public void setStopWhenIdle(boolean stop) {
        stopWhenIdle = stop;
    }

    // ---------------------------------------------------------------------------------------
    // Programs

    /**
     * Loads an ELF into RAM, points every hart at its entry with a0 = hart id, and connects HTIF
     * if the program defines a {@code tohost} symbol. Returns the entry point.
     */
    public long load(ElfFile elf, OutputStream console) throws ElfFormatException {
        long entry = ElfLoader.load(elf, bus);
        for (Hart h : harts) {
            h.reset(entry);
            h.setXreg(10, h.id());
        }
        try {
            htif = Htif.forProgram(bus, elf, console, this::exit);
        } catch (IllegalArgumentException e) {
            throw new ElfFormatException(elf.name() + ": symbol tohost/fromhost lies outside RAM");
        }
        return entry;
    }

    /**
     * Ends the run as the guest asked (a power-off device, HTIF): the hart executing now stops
     * after its current instruction and {@link #run} returns {@link StopReason#EXIT} with
     * {@code code}. A later request keeps the first code.
     */
    public void exit(int code) {
        if (exitCode == null) {
            exitCode = code;
        }
        harts[currentHart].stop(exitEvent());
    }

    /** The exit code the guest asked for, or null while it has not. */
    public Integer exitCode() {
        return exitCode;
    }

    // ---------------------------------------------------------------------------------------
    // Running

    /** Runs until {@code maxSteps} steps (over all harts) have been taken or an event stops it. */
    public StopEvent run(long maxSteps) {
        haltRequested = false;
        // only the hart that stopped there: a hart that merely reached a breakpoint when a run
        // was cut must still stop at it, or how runs are cut would change what a debugger sees
        if (stoppedAtBreakpoint >= 0) {
            harts[stoppedAtBreakpoint].resumeFromBreakpoint();
            stoppedAtBreakpoint = -1;
        }
        long done = 0;
        try {
            while (true) {
                if (exitCode != null) {
                    return exitEvent();
                }
                if (haltRequested) {
                    return new StopEvent(StopReason.HALTED, currentHart, harts[currentHart].pc(), 0, 0, "halt requested");
                }
                if (done >= maxSteps) {
                    return new StopEvent(StopReason.BUDGET_EXHAUSTED, currentHart, harts[currentHart].pc(), 0, 0,
                            "ran " + done + " steps");
                }
                done += runSlice(maxSteps - done);
                StopEvent e = harts[currentHart].takeEvent();
                if (sliceLeft == 0) {
                    endSlice();
                }
                if (e != null) {
                    stoppedAtBreakpoint = e.reason() == StopReason.BREAKPOINT ? e.hart() : -1;
                    return e;
                }
                if (exitCode != null) {
                    return exitEvent();
                }
                if (idle) {
                    idle = false;
                    return new StopEvent(StopReason.IDLE, 0, harts[0].pc(), 0, 0,
                            "every hart waits for an interrupt (wfi) and no device can raise one");
                }
            }
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /**
     * Runs the current hart for the rest of its quantum, or {@code budget} steps if fewer.
     * The schedule (which hart, how much of its quantum is left) lives in the machine, not in
     * this call, so how a run is cut into calls (a debugger's stops, host input, budgets) never
     * changes what the guest does: see {@link #endSlice()}.
     */
    private long runSlice(long budget) {
        if (sliceLeft == 0) {
            sliceLeft = config.quantum();
        }
        Hart h = harts[currentHart];
        long before = h.steps();
        long n = Math.min(sliceLeft, budget);
        h.run(before + n);
        if ((h.isWaitingForInterrupt() || h.isYielding()) && h.steps() < before + n) {
            h.idle(before + n - h.steps()); // time passes while it sleeps
        }
        long ran = h.steps() - before;
        sliceLeft -= ran;
        if (currentHart == 0) {
            unretired += ran;
        }
        machineSteps += ran;
        return ran;
    }

    /**
     * A hart used up its quantum: time advances (by hart 0's steps), devices see it, and the
     * next hart's turn begins. Only here does the outside world change for the harts, which is
     * what makes a run a function of its start state and its inputs alone.
     */
    private void endSlice() {
        // whether the hart waits is judged where its turn ends, not where a run was cut within
        // it (a breakpoint, a budget): a cut may not decide whether time skips ahead below
        if (!harts[currentHart].isWaitingForInterrupt()) {
            roundProgress = true;
        }
        harts[currentHart].quantumEnded();
        clock.retire(unretired);
        unretired = 0;
        advanceDevices();
        currentHart = (currentHart + 1) % harts.length;
        if (currentHart == 0) {
            boolean allWaiting = !roundProgress;
            roundProgress = false;
            if (allWaiting && !anyHartCanWake() && !skipToNextDeadline() && stopWhenIdle) {
                idle = true;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Snapshots

    /**
     * Freezes the machine: its state and a copy-on-write share of its RAM. Takes microseconds
     * per MiB of RAM; the machine runs on unaffected. Devices a board adds are the board's to save.
     */
    public MachineSnapshot snapshot() {
        StateWriter out = new StateWriter();
        saveState(out);
        return new MachineSnapshot(out.toByteArray(), bus.ram().freeze());
    }

    /** Puts the machine back in the state of {@code snapshot} (taken of this machine or one like it). */
    public void restore(MachineSnapshot snapshot) throws SnapshotException {
        StateReader in = new StateReader(snapshot.state());
        restoreState(in);
        in.expectEnd();
        restoreRam(snapshot.ram());
    }

    /** Replaces RAM by a snapshot's, sharing its pages copy-on-write. */
    public void restoreRam(io.guestlab.emulator.snapshot.RamImage image) throws SnapshotException {
        byte[][] before = bus.ram().pageArrays();
        try {
            bus.ram().restore(image);
        } catch (IllegalArgumentException e) {
            throw new SnapshotException(e.getMessage());
        }
        code.restored(before);
        for (Hart h : harts) {
            h.flushTranslations();
        }
    }

    /**
     * A new, independent machine in this one's exact state, sharing unchanged RAM pages with it
     * copy-on-write: neither ever sees the other's later writes. Its HTIF console writes to
     * {@code console}. Breakpoints and other debug settings are not copied.
     */
    public Machine fork(OutputStream console) {
        Machine child = new Machine(config);
        if (hostTime != null) {
            child.useHostTime();
        }
        child.setStopWhenIdle(stopWhenIdle);
        child.setTranslation(translation);
        if (htif != null) {
            child.htif = new Htif(child.bus, htif.tohost(), htif.fromhost(), console, child::exit);
        }
        try {
            child.restore(snapshot());
        } catch (SnapshotException e) {
            throw new IllegalStateException("a machine's own state does not fit a machine of its own configuration", e);
        }
        return child;
    }

    @Override
    public void saveState(StateWriter out) {
        out.section("machine");
        out.putInt("harts", harts.length);
        out.putLong("ramBase", config.ramBase());
        out.putLong("ramSize", config.ramSize());
        out.putInt("quantum", config.quantum());
        out.putInt("currentHart", currentHart);
        out.putLong("sliceLeft", sliceLeft);
        out.putBoolean("roundProgress", roundProgress);
        out.putLong("unretired", unretired);
        out.putLong("steps", machineSteps);
        out.putBoolean("exited", exitCode != null);
        out.putInt("exitCode", exitCode == null ? 0 : exitCode);
        clock.saveState(out);
        for (Hart h : harts) {
            HartState.save(h, out);
        }
        reservations.saveState(out);
        clint.saveState(out);
        sstc.saveState(out);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("machine");
        expect("harts", harts.length, in.getInt("harts"));
        expect("RAM base", config.ramBase(), in.getLong("ramBase"));
        expect("RAM size", config.ramSize(), in.getLong("ramSize"));
        expect("quantum", config.quantum(), in.getInt("quantum"));
        int hart = in.getInt("currentHart");
        if (hart < 0 || hart >= harts.length) {
            throw new SnapshotException("machine state names hart " + hart + " of " + harts.length);
        }
        currentHart = hart;
        sliceLeft = in.getLong("sliceLeft");
        roundProgress = in.getBoolean("roundProgress");
        unretired = in.getLong("unretired");
        machineSteps = in.getLong("steps");
        boolean exited = in.getBoolean("exited");
        int code = in.getInt("exitCode");
        exitCode = exited ? code : null;
        idle = false;
        stoppedAtBreakpoint = -1; // a breakpoint the restored state sits at is hit again
        clock.restoreState(in);
        for (Hart h : harts) {
            HartState.restore(h, in);
        }
        reservations.restoreState(in);
        clint.restoreState(in);
        sstc.restoreState(in);
    }

    private static void expect(String what, long mine, long theirs) throws SnapshotException {
        if (mine != theirs) {
            throw new SnapshotException(String.format("the snapshot's machine has %s %d (0x%x), this one %d (0x%x)",
                    what, theirs, theirs, mine, mine));
        }
    }

    /** Steps taken by all harts together since the machine was made: the position in a run. */
    public long steps() {
        return machineSteps;
    }

    private StopEvent exitEvent() {
        return new StopEvent(StopReason.EXIT, currentHart, harts[currentHart].pc(), exitCode, 0,
                "guest exited with code " + exitCode);
    }

    private StopEvent internalError(RuntimeException e) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return new StopEvent(StopReason.INTERNAL_ERROR, currentHart, harts[currentHart].pc(), 0, 0,
                e + (where == null ? "" : " at " + where));
    }

    /**
     * Runs the machine on its schedule until hart {@code hart} has executed one more instruction
     * (or taken one trap, or idled one step in wfi): harts whose turn comes first run first, so
     * stepping never changes what the guest does. If one of them stops on the way (breakpoint,
     * watchpoint, caught trap, exit), that is the event returned; with one hart, only it moves.
     */
    public StopEvent step(int hart) {
        return step(hart, this::run);
    }

    /**
     * {@link #step(int)} through {@code runner}, this machine's {@link #run} or a caller's that
     * also serves the machine's surroundings (a board's host input, a debugger's history).
     */
    public StopEvent step(int hart, LongFunction<StopEvent> runner) {
        long target = hartSteps(checkHart(hart)) + 1;
        passBreakpoint(hart);
        long budget;
        while ((budget = budgetToward(hart, target)) > 0) {
            StopEvent e = runner.apply(budget);
            if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                return e;
            }
        }
        Hart h = harts[hart];
        return new StopEvent(StopReason.STEP, hart, h.pc(), 0, 0, h.isWaitingForInterrupt() ? "waiting for an interrupt" : "");
    }

    /** Lets hart {@code hart}'s next instruction run even where a breakpoint is set: what stepping off one needs. */
    public void passBreakpoint(int hart) {
        harts[checkHart(hart)].resumeFromBreakpoint();
    }

    /** The steps hart {@code hart} has taken since the machine was made (its share of {@link #steps()}). */
    public long hartSteps(int hart) {
        return harts[checkHart(hart)].steps();
    }

    /**
     * The budget for the next {@link #run} that brings hart {@code hart} closer to having taken
     * {@code hartSteps} steps without taking it past them: the rest of another hart's turn, or
     * what {@code hart} still needs within its own. 0 once it has taken them (or more).
     * Running such budgets until 0 reaches that point on the schedule, however a caller's run
     * (a board's, which also serves host input) cuts them further.
     */
    public long budgetToward(int hart, long hartSteps) {
        long needed = hartSteps - harts[checkHart(hart)].steps();
        if (needed <= 0) {
            return 0;
        }
        long turnLeft = sliceLeft == 0 ? config.quantum() : sliceLeft; // 0: the current turn has not begun
        return currentHart == hart ? Math.min(turnLeft, needed) : turnLeft;
    }

    /** Asks a running {@link #run} to return HALTED soon (within one quantum); safe from any thread. */
    public void halt() {
        haltRequested = true;
    }

    /**
     * Makes the running {@link #run} return HALTED right after the current instruction, exact to
     * the instruction (unlike {@link #halt}); for the engine thread only: a device or a host call
     * (a semihosting report) that asks to stop the guest where it is.
     */
    public void haltAfterThisInstruction(String why) {
        Hart h = harts[currentHart];
        h.stop(new StopEvent(StopReason.HALTED, currentHart, h.pc(), 0, 0, why));
    }

    // ---------------------------------------------------------------------------------------
    // Breakpoints, watchpoints, trap catching

    /**
     * Lets {@code handler} answer the ebreaks that are calls to the host (semihosting) on every
     * hart; null: every ebreak is a breakpoint exception again.
     */
    public void setEbreakHandler(EbreakHandler handler) {
        for (Hart h : harts) {
            h.setEbreakHandler(handler);
        }
    }

    /** Lets {@code listener} hear every trap every hart takes (a trap log); null: none. */
    public void setTrapListener(TrapListener listener) {
        for (Hart h : harts) {
            h.setTrapListener(listener);
        }
    }

    public void addBreakpoint(long address) {
        if (!breakpoints.contains(address)) {
            breakpoints.add(address);
            publishBreakpoints();
        }
    }

    public void removeBreakpoint(long address) {
        if (breakpoints.remove(Long.valueOf(address))) {
            publishBreakpoints();
        }
    }

    public List<Long> breakpoints() {
        return List.copyOf(breakpoints);
    }

    private void publishBreakpoints() {
        long[] array = breakpoints.stream().mapToLong(Long::longValue).sorted().toArray(); // one array for all harts
        for (Hart h : harts) {
            h.setBreakpoints(array);
        }
    }

    public void addWatchpoint(Watchpoint w) {
        watchpoints.add(w);
        publishWatchpoints();
    }

    public void removeWatchpoint(Watchpoint w) {
        if (watchpoints.remove(w)) {
            publishWatchpoints();
        }
    }

    private void publishWatchpoints() {
        Watchpoint[] array = watchpoints.toArray(new Watchpoint[0]);
        for (Hart h : harts) {
            h.setWatchpoints(array);
        }
    }

    /** Stops (after the trap is taken) when a hart takes exception or interrupt {@code cause}. */
    public void catchTrap(int cause, boolean interrupt, boolean enabled) {
        if (cause < 0 || cause > 63) {
            throw new IllegalArgumentException("trap cause must be 0..63, got " + cause);
        }
        long bit = 1L << cause;
        if (interrupt) {
            catchInterrupts = enabled ? catchInterrupts | bit : catchInterrupts & ~bit;
        } else {
            catchExceptions = enabled ? catchExceptions | bit : catchExceptions & ~bit;
        }
        for (Hart h : harts) {
            h.setTrapCatch(catchExceptions, catchInterrupts);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Registers

    private int checkHart(int hart) {
        if (hart < 0 || hart >= harts.length) {
            throw new IllegalArgumentException("no hart " + hart + " (this machine has " + harts.length + ")");
        }
        return hart;
    }

    private static int checkRegister(int n) {
        if (n < 0 || n > 31) {
            throw new IllegalArgumentException("register number must be 0..31, got " + n);
        }
        return n;
    }

    public long register(int hart, int n) {
        return harts[checkHart(hart)].xreg(checkRegister(n));
    }

    public void setRegister(int hart, int n, long value) {
        harts[checkHart(hart)].setXreg(checkRegister(n), value);
    }

    /** The raw 64 bits of f register {@code n} (singles are NaN-boxed). */
    public long fpRegister(int hart, int n) {
        return harts[checkHart(hart)].freg(checkRegister(n));
    }

    public void setFpRegister(int hart, int n, long value) {
        harts[checkHart(hart)].setFreg(checkRegister(n), value);
    }

    public long pc(int hart) {
        return harts[checkHart(hart)].pc();
    }

    public void setPc(int hart, long pc) {
        harts[checkHart(hart)].setPc(pc);
    }

    /** 0 (U), 1 (S) or 3 (M). */
    public int privilege(int hart) {
        return harts[checkHart(hart)].privilege();
    }

    public void setPrivilege(int hart, int privilege) {
        harts[checkHart(hart)].setPrivilege(privilege);
    }

    /** CSR {@code number} as M-mode would read it, without side effects; null if the hart has no such CSR. */
    public Long csr(int hart, int number) {
        return harts[checkHart(hart)].csr(number);
    }

    /** Writes a CSR with its WARL rules applied; false if there is no such CSR or it is read-only. */
    public boolean setCsr(int hart, int number, long value) {
        return harts[checkHart(hart)].setCsr(number, value);
    }

    /** Instructions retired by all harts. */
    public long instructionsRetired() {
        long n = 0;
        for (Hart h : harts) {
            n += h.instructionsRetired();
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------
    // Memory (RAM only: device registers are not read, so reading has no side effects)

    /**
     * A device register at a physical address, read without side effects (see
     * {@link io.guestlab.emulator.bus.Inspectable}); null when no such device answers there.
     */
    public Long peekDevice(long address, int size) {
        return bus.peek(address, size);
    }

    /** Writes a device register at a physical address as a guest store would (with its effects); false if none is there. */
    public boolean pokeDevice(long address, int size, long value) {
        if (bus.peek(address, size) == null) {
            return false;
        }
        bus.store(address, size, value, -1);
        return true;
    }

    /** Reads RAM at a physical address; false (buffer untouched) if any byte is not RAM. */
    public boolean readPhysical(long address, byte[] buffer) {
        if (!bus.isRam(address, Math.max(buffer.length, 1))) {
            return false;
        }
        bus.read(address, buffer, 0, buffer.length);
        return true;
    }

    /** Writes RAM at a physical address (decoded code there is invalidated); false if not RAM. */
    public boolean writePhysical(long address, byte[] buffer) {
        if (!bus.isRam(address, Math.max(buffer.length, 1))) {
            return false;
        }
        bus.write(address, buffer, 0, buffer.length);
        return true;
    }

    /** Reads through hart {@code hart}'s current translation (no A/D update, no TLB fill); false if unmapped. */
    public boolean readVirtual(int hart, long address, byte[] buffer) {
        return virtual(hart, address, buffer, false);
    }

    public boolean writeVirtual(int hart, long address, byte[] buffer) {
        return virtual(hart, address, buffer, true);
    }

    private boolean virtual(int hart, long address, byte[] buffer, boolean write) {
        Hart h = harts[checkHart(hart)];
        long[] physical = new long[buffer.length];
        for (int i = 0; i < buffer.length; i++) {
            long pa = h.debugTranslate(address + i, false);
            if (pa == -1 || !bus.isRam(pa, 1)) {
                return false;
            }
            physical[i] = pa;
        }
        for (int i = 0; i < buffer.length; i++) {
            if (write) {
                bus.write(physical[i], buffer, i, 1);
            } else {
                bus.read(physical[i], buffer, i, 1);
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "Machine" + Arrays.asList(config);
    }
}
