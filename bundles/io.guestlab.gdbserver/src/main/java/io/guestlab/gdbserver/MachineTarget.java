package io.guestlab.gdbserver;

import io.guestlab.emulator.history.History;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.Watchpoint;
import io.guestlab.emulator.isa.Csr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * The protocol's view of a {@link Machine}, through the engine's control API only. Owns who runs
 * the machine: a free-run thread while no debugger is attached, the session's thread while one is.
 */
final class MachineTarget implements GdbTarget {

    /** Steps per call of {@link Machine#run}: bounds how late an interrupt can be noticed. */
    private static final long CHUNK = 10_000_000;

    private final Machine machine;
    /** How the machine runs: {@link Machine#run}, or a board's run that also serves its devices. */
    private final LongFunction<StopEvent> runner;
    private final SortedMap<Integer, String> csrs;
    private final List<Integer> threads;
    /** Breakpoint address to the number of Z0/Z1 insertions there (the engine keeps one per address). */
    private final Map<Long, Integer> breakpoints = new HashMap<>();
    private final Map<Long, Integer> hardwareBreakpoints = new HashMap<>();
    private final List<Watch> watches = new ArrayList<>();
    private final MachineMonitor monitor;
    private final Object lock = new Object();
    private Thread freeRun;
    private volatile boolean freeRunStopRequested;
    /** The event that ended the machine for good, or null while it can still run. */
    private StopEvent end;
    private StopInfo lastStop;
    private volatile boolean physical;
    /** Set when the server closes: the machine is not started again. */
    private volatile boolean shutDown;
    /** The machine's past, for reverse execution, reset and snapshots; null when it cannot be checkpointed. */
    private final History<?> history;
    /** Why there is no history, for the monitor's answers; null when there is one. */
    private final String noHistory;

    private record Watch(BreakpointType type, long address, long length, Watchpoint engine) {
    }

    MachineTarget(Machine machine) {
        this(machine, machine::run, null, "no checkpoints were asked for");
    }

    /**
     * @param history   the machine's past (started on {@code runner}), or null: no reverse
     *                  execution, reset or snapshots, because of {@code noHistory}
     */
    MachineTarget(Machine machine, LongFunction<StopEvent> runner, History<?> history, String noHistory) {
        this.machine = machine;
        this.runner = runner;
        this.history = history;
        this.noHistory = history == null ? noHistory : null;
        SortedMap<Integer, String> found = new TreeMap<>();
        for (int n = 0; n < 4096; n++) {
            if (machine.csr(0, n) != null) {
                String name = Csr.name(n);
                found.put(n, name != null ? name : String.format("csr%03x", n));
            }
        }
        csrs = Collections.unmodifiableSortedMap(found);
        List<Integer> t = new ArrayList<>();
        for (int h = 0; h < machine.hartCount(); h++) {
            t.add(h + 1);
        }
        threads = List.copyOf(t);
        monitor = new MachineMonitor(machine, this);
        lastStop = StopInfo.signal(1, StopInfo.SIGTRAP, "");
    }

    // ---------------------------------------------------------------------------------------
    // Running without a debugger

    /** Lets the machine run on its own thread until a debugger attaches or it ends. */
    void startFreeRun() {
        synchronized (lock) {
            if (end != null || freeRun != null || shutDown) {
                return;
            }
            freeRunStopRequested = false;
            freeRun = new Thread(this::freeRunLoop, "guestlab machine (gdb server)");
            freeRun.setDaemon(true);
            freeRun.start();
        }
    }

    private void freeRunLoop() {
        while (!freeRunStopRequested) {
            StopEvent e = runForward(CHUNK);
            switch (e.reason()) {
                case BUDGET_EXHAUSTED, HALTED -> {
                    // go on unless told to stop
                }
                case BREAKPOINT, WATCHPOINT, TRAP, STEP -> {
                    // left over from a debugger that is gone: nothing to report to, run on
                }
                default -> {
                    finish(e);
                    return;
                }
            }
        }
    }

    /** Runs the machine forward (at most {@code budget} steps), keeping its history. */
    private StopEvent runForward(long budget) {
        if (history == null) {
            return runner.apply(budget);
        }
        StopEvent e = runner.apply(history.beforeForwardRun(budget));
        history.afterForwardRun();
        return e;
    }

    /**
     * One step of {@code hart} on the machine's schedule (see {@link Machine#step}), through the
     * runner so that a board serves its host input on the way.
     */
    private StopEvent step(int hart) {
        return machine.step(hart, this::runForward);
    }

    /** Stops the free-run thread and waits for it: afterwards this thread may use the machine. */
    private void stopFreeRun() {
        Thread t;
        synchronized (lock) {
            t = freeRun;
            freeRun = null;
        }
        if (t == null) {
            return;
        }
        freeRunStopRequested = true;
        while (t.isAlive()) {
            machine.halt();
            try {
                t.join(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void finish(StopEvent e) {
        synchronized (lock) {
            if (end == null) {
                end = e;
                lock.notifyAll();
            }
        }
    }

    /** The event that ended the machine, waiting at most {@code millis} (0: forever); null on timeout. */
    StopEvent awaitEnd(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            while (end == null) {
                long left = millis == 0 ? 0 : (deadline - System.nanoTime()) / 1_000_000;
                if (millis != 0 && left <= 0) {
                    return null;
                }
                lock.wait(left);
            }
            return end;
        }
    }

    /** The server closes: the machine stops running (it is not ended: the caller decides). */
    void shutdown() {
        shutDown = true;
        stopFreeRun();
    }

    // ---------------------------------------------------------------------------------------
    // GdbTarget

    @Override
    public StopInfo attach() {
        boolean wasRunning;
        synchronized (lock) {
            wasRunning = freeRun != null;
        }
        stopFreeRun();
        synchronized (lock) {
            if (end != null) {
                lastStop = translate(end);
            } else if (wasRunning) {
                lastStop = StopInfo.signal(1, StopInfo.SIGINT, "");
            }
            return lastStop;
        }
    }

    @Override
    public List<Integer> threads() {
        return threads;
    }

    static int hart(int thread) {
        return thread - 1;
    }

    @Override
    public String threadDescription(int thread) {
        int hart = hart(thread);
        return String.format("hart %d, %s-mode, %s", hart, MachineMonitor.privilegeName(machine.privilege(hart)),
                threadState(thread));
    }

    /** Why a thread is stopped: the last stop's reason for the thread that caused it. */
    String threadState(int thread) {
        return lastStop.thread() == thread ? describe(lastStop) : "stopped";
    }

    private static String describe(StopInfo s) {
        return switch (s.kind()) {
            case SOFTWARE_BREAKPOINT, HARDWARE_BREAKPOINT -> "stopped at a breakpoint";
            case WRITE_WATCHPOINT, READ_WATCHPOINT, ACCESS_WATCHPOINT -> "stopped by a watchpoint";
            case EXITED -> "exited";
            case HISTORY_BEGIN -> "at the beginning of its history";
            case SIGNAL -> s.signal() == StopInfo.SIGINT ? "interrupted" : "stopped";
        };
    }

    @Override
    public SortedMap<Integer, String> csrs() {
        return csrs;
    }

    @Override
    public boolean hasFpu() {
        return true; // RV64GC
    }

    @Override
    public long readRegister(int thread, int regno) {
        int hart = hart(thread);
        if (regno >= 0 && regno < 32) {
            return machine.register(hart, regno);
        }
        if (regno == RiscvRegisters.PC) {
            return machine.pc(hart);
        }
        if (regno >= RiscvRegisters.FIRST_FPR && regno < RiscvRegisters.FIRST_FPR + 32) {
            return machine.fpRegister(hart, regno - RiscvRegisters.FIRST_FPR);
        }
        if (regno == RiscvRegisters.PRIV) {
            return machine.privilege(hart);
        }
        if (regno >= RiscvRegisters.FIRST_CSR && regno < RiscvRegisters.PRIV) {
            Long v = machine.csr(hart, regno - RiscvRegisters.FIRST_CSR);
            if (v != null) {
                return v;
            }
        }
        throw new IllegalArgumentException("no register " + regno);
    }

    @Override
    public boolean writeRegister(int thread, int regno, long value) {
        Long old = registerOrNull(thread, regno);
        if (!setRegister(hart(thread), regno, value)) {
            return false;
        }
        if (old == null || old != readRegister(thread, regno)) {
            edited(); // gdb rewrites unchanged registers (G, a resume at an address): no new future then
        }
        return true;
    }

    private Long registerOrNull(int thread, int regno) {
        try {
            return readRegister(thread, regno);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The debugger changed the machine: its history from here on is another one. */
    private void edited() {
        if (history != null) {
            history.edited();
        }
    }

    private boolean setRegister(int hart, int regno, long value) {
        if (regno >= 0 && regno < 32) {
            machine.setRegister(hart, regno, value);
        } else if (regno == RiscvRegisters.PC) {
            machine.setPc(hart, value);
        } else if (regno >= RiscvRegisters.FIRST_FPR && regno < RiscvRegisters.FIRST_FPR + 32) {
            machine.setFpRegister(hart, regno - RiscvRegisters.FIRST_FPR, value);
        } else if (regno == RiscvRegisters.PRIV) {
            if (value != 0 && value != 1 && value != 3) {
                return false; // U, S or M (section 1.2 of the privileged ISA)
            }
            machine.setPrivilege(hart, (int) value);
        } else if (regno >= RiscvRegisters.FIRST_CSR && regno < RiscvRegisters.PRIV) {
            return machine.setCsr(hart, regno - RiscvRegisters.FIRST_CSR, value);
        } else {
            return false;
        }
        return true;
    }

    boolean physical() {
        return physical;
    }

    void setPhysical(boolean on) {
        physical = on;
    }

    private boolean read(int hart, long address, byte[] buffer) {
        return physical ? machine.readPhysical(address, buffer) : machine.readVirtual(hart, address, buffer);
    }

    @Override
    public byte[] readMemory(int thread, long address, int length) {
        int hart = hart(thread);
        byte[] all = new byte[length];
        if (read(hart, address, all)) {
            return all;
        }
        // find the readable prefix, page by page and then byte by byte in the page that fails
        int done = 0;
        while (done < length) {
            long at = address + done;
            int chunk = (int) Math.min(length - done, 4096 - (at & 4095));
            byte[] part = new byte[chunk];
            if (read(hart, at, part)) {
                System.arraycopy(part, 0, all, done, chunk);
                done += chunk;
                continue;
            }
            byte[] one = new byte[1];
            while (done < length && read(hart, address + done, one)) {
                all[done++] = one[0];
            }
            break;
        }
        return Arrays.copyOf(all, done);
    }

    @Override
    public boolean writeMemory(int thread, long address, byte[] data) {
        boolean same = Arrays.equals(readMemory(thread, address, data.length), data);
        boolean written = physical ? machine.writePhysical(address, data) : machine.writeVirtual(hart(thread), address, data);
        if (written && !same) {
            edited();
        }
        return written;
    }

    @Override
    public boolean insertBreakpoint(BreakpointType type, long address, long kind) {
        switch (type) {
            case SOFTWARE, HARDWARE -> {
                // the engine checks pcs, it does not patch ebreaks in: Z0 and Z1 are the same here
                breakpoints.merge(address, 1, Integer::sum);
                if (type == BreakpointType.HARDWARE) {
                    hardwareBreakpoints.merge(address, 1, Integer::sum);
                }
                machine.addBreakpoint(address);
            }
            default -> {
                Watchpoint w = new Watchpoint(address, kind, physical, type != BreakpointType.WRITE_WATCHPOINT,
                        type != BreakpointType.READ_WATCHPOINT);
                watches.add(new Watch(type, address, kind, w));
                machine.addWatchpoint(w);
            }
        }
        return true;
    }

    @Override
    public boolean removeBreakpoint(BreakpointType type, long address, long kind) {
        switch (type) {
            case SOFTWARE, HARDWARE -> {
                if (type == BreakpointType.HARDWARE) {
                    hardwareBreakpoints.computeIfPresent(address, (a, n) -> n == 1 ? null : n - 1);
                }
                Integer left = breakpoints.get(address);
                if (left == null) {
                    return false;
                }
                if (left == 1) {
                    breakpoints.remove(address);
                    machine.removeBreakpoint(address);
                } else {
                    breakpoints.put(address, left - 1);
                }
                return true;
            }
            default -> {
                for (Watch w : watches) {
                    if (w.type == type && w.address == address && w.length == kind) {
                        watches.remove(w);
                        machine.removeWatchpoint(w.engine);
                        return true;
                    }
                }
                return false;
            }
        }
    }

    @Override
    public StopInfo resume(ResumeRequest request, BooleanSupplier interrupted) {
        synchronized (lock) {
            if (end != null) {
                return lastStop = translate(end);
            }
        }
        StopInfo stop;
        int stepping = request.steppingThread();
        if (stepping != 0) {
            // harts whose turn comes first move first, as in any run: stepping never changes
            // what the guest does, so that going back and forth repeats the same run
            stop = translate(step(hart(stepping)));
        } else {
            stop = null;
            while (stop == null) {
                if (interrupted.getAsBoolean()) {
                    stop = StopInfo.signal(lastStop.thread(), StopInfo.SIGINT, "");
                    break;
                }
                StopEvent e = runForward(CHUNK);
                if (e.reason() == StopReason.HALTED) {
                    continue; // the loop head decides: an interrupt, or a stale halt request
                }
                if (e.reason() != StopReason.BUDGET_EXHAUSTED) {
                    stop = translate(e);
                }
            }
        }
        lastStop = stop;
        return stop;
    }

    @Override
    public boolean canReverse() {
        return history != null;
    }

    @Override
    public StopInfo reverse(boolean step, int thread, BooleanSupplier interrupted) {
        synchronized (lock) {
            if (end != null) {
                return lastStop = translate(end);
            }
        }
        if (history == null) {
            throw new IllegalStateException("reverse execution is off: " + noHistory);
        }
        StopEvent e = step ? history.reverseStep(hart(thread)) : history.reverseContinue(interrupted);
        return lastStop = e == null ? StopInfo.historyBegin(thread) : translate(e);
    }

    /** The machine's history, or null when it cannot be checkpointed ({@link #noHistory()} says why). */
    History<?> history() {
        return history;
    }

    String noHistory() {
        return noHistory;
    }

    /** The monitor moved the machine to another state (reset, a snapshot): what the debugger is told. */
    void moved() {
        lastStop = StopInfo.signal(1, StopInfo.SIGTRAP, "");
    }

    /** Maps an engine stop to a stop reply; records the end of the machine. */
    private StopInfo translate(StopEvent e) {
        int thread = e.hart() + 1;
        return switch (e.reason()) {
            case BREAKPOINT -> StopInfo.breakpoint(thread,
                    hardwareBreakpoints.containsKey(e.pc()) && hardwareBreakpoints.get(e.pc()).equals(breakpoints.get(e.pc())));
            case WATCHPOINT -> watchStop(thread, e.tval());
            case STEP, BUDGET_EXHAUSTED -> StopInfo.signal(thread, StopInfo.SIGTRAP, "");
            case HALTED -> StopInfo.signal(thread, StopInfo.SIGINT, "");
            case TRAP -> StopInfo.signal(thread, StopInfo.SIGTRAP, String.format("hart %d took a trap: %s (cause 0x%x, tval 0x%x)",
                    e.hart(), TrapCause.describe((int) (e.cause() & 63), e.cause() < 0), e.cause(), e.tval()));
            case EXIT -> {
                finish(e);
                yield StopInfo.exited(e.exitCode(), "");
            }
            case INTERNAL_ERROR -> StopInfo.signal(thread, StopInfo.NO_SIGNAL, "engine error: " + e.detail());
            // IDLE, TRAP_LOOP and whatever the engine adds: stopped, with the engine's explanation
            default -> StopInfo.signal(thread, StopInfo.NO_SIGNAL, e.reason().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ": " + e.detail());
        };
    }

    /**
     * GDB finds the watchpoint that triggered by the address in the stop reply, which must lie
     * in the watched range: the accessed address if it does, else the start of the range.
     */
    private StopInfo watchStop(int thread, long accessed) {
        for (Watch w : watches) {
            if (w.engine.overlaps(accessed, 8)) {
                long reported = Long.compareUnsigned(accessed - w.address, w.length) < 0 ? accessed : w.address;
                return StopInfo.watchpoint(thread, w.type, reported);
            }
        }
        return StopInfo.watchpoint(thread, BreakpointType.ACCESS_WATCHPOINT, accessed);
    }

    @Override
    public void interrupt() {
        machine.halt();
    }

    @Override
    public String monitor(String command) {
        return monitor.execute(command);
    }

    /** Removes everything the debugger set, so that the machine runs on as if it never came. */
    private void forgetDebuggerState() {
        for (Long address : breakpoints.keySet()) {
            machine.removeBreakpoint(address);
        }
        breakpoints.clear();
        hardwareBreakpoints.clear();
        for (Watch w : watches) {
            machine.removeWatchpoint(w.engine);
        }
        watches.clear();
        monitor.clearCatches();
        physical = false;
    }

    @Override
    public void detach() {
        forgetDebuggerState();
        startFreeRun();
    }

    @Override
    public void abandon() {
        forgetDebuggerState();
    }

    @Override
    public void kill() {
        forgetDebuggerState();
        finish(new StopEvent(StopReason.HALTED, 0, machine.pc(0), 0, 0, "killed by the debugger"));
    }
}
