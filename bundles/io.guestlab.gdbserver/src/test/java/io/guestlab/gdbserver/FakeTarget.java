package io.guestlab.gdbserver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * A scripted stand-in for a machine, to test the protocol alone: two threads, 33 general
 * registers plus a few CSRs, 4 KiB of memory at 0x1000. A step advances pc by 4; a continue stops
 * at the lowest breakpoint above pc, reports the first watchpoint as hit, or runs until interrupted.
 * When {@link #reversible}, a reverse step takes pc back by 4 down to the start of memory, where
 * history begins; a reverse continue goes straight there.
 */
final class FakeTarget implements GdbTarget {

    static final long MEMORY_BASE = 0x1000;
    final byte[] memory = new byte[0x1000];
    final long[][] registers = new long[3][RiscvRegisters.PRIV + 1];
    final List<String> calls = new ArrayList<>();
    final List<long[]> breakpoints = new ArrayList<>();
    volatile boolean running;
    volatile int interrupts;
    volatile boolean reversible;

    FakeTarget() {
        for (int t = 1; t <= 2; t++) {
            registers[t][RiscvRegisters.PC] = MEMORY_BASE;
            registers[t][RiscvRegisters.PRIV] = 3;
            registers[t][RiscvRegisters.csr(0xf14)] = t - 1;
        }
    }

    @Override
    public synchronized StopInfo attach() {
        calls.add("attach");
        return StopInfo.signal(1, StopInfo.SIGTRAP, "");
    }

    @Override
    public List<Integer> threads() {
        return List.of(1, 2);
    }

    @Override
    public String threadDescription(int thread) {
        return "hart " + (thread - 1) + ", M-mode, stopped";
    }

    @Override
    public SortedMap<Integer, String> csrs() {
        SortedMap<Integer, String> m = new TreeMap<>();
        m.put(0x001, "fflags");
        m.put(0x002, "frm");
        m.put(0x003, "fcsr");
        m.put(0x300, "mstatus");
        m.put(0xf14, "mhartid");
        return m;
    }

    @Override
    public boolean hasFpu() {
        return true;
    }

    @Override
    public long readRegister(int thread, int regno) {
        return registers[thread][regno];
    }

    @Override
    public boolean writeRegister(int thread, int regno, long value) {
        if (regno == RiscvRegisters.csr(0xf14)) {
            return false; // read-only, like the real mhartid
        }
        if (regno != 0) {
            registers[thread][regno] = value;
        }
        return true;
    }

    @Override
    public byte[] readMemory(int thread, long address, int length) {
        long from = address - MEMORY_BASE;
        if (from < 0 || from >= memory.length) {
            return new byte[0];
        }
        int n = (int) Math.min(length, memory.length - from);
        return Arrays.copyOfRange(memory, (int) from, (int) from + n);
    }

    @Override
    public boolean writeMemory(int thread, long address, byte[] data) {
        long from = address - MEMORY_BASE;
        if (from < 0 || from + data.length > memory.length) {
            return false;
        }
        System.arraycopy(data, 0, memory, (int) from, data.length);
        return true;
    }

    @Override
    public synchronized boolean insertBreakpoint(BreakpointType type, long address, long kind) {
        breakpoints.add(new long[] {type.ordinal(), address, kind});
        return true;
    }

    @Override
    public synchronized boolean removeBreakpoint(BreakpointType type, long address, long kind) {
        return breakpoints.removeIf(b -> b[0] == type.ordinal() && b[1] == address && b[2] == kind);
    }

    @Override
    public StopInfo resume(ResumeRequest request, BooleanSupplier interrupted) {
        int stepping = request.steppingThread();
        if (stepping != 0) {
            registers[stepping][RiscvRegisters.PC] += 4;
            return StopInfo.signal(stepping, StopInfo.SIGTRAP, "");
        }
        synchronized (this) {
            for (long[] b : breakpoints) {
                BreakpointType type = BreakpointType.values()[(int) b[0]];
                if (type.isWatchpoint()) {
                    return StopInfo.watchpoint(2, type, b[1]);
                }
            }
            long best = -1;
            for (long[] b : breakpoints) {
                if (b[1] > registers[1][RiscvRegisters.PC] && (best < 0 || b[1] < best)) {
                    best = b[1];
                }
            }
            if (best >= 0) {
                registers[1][RiscvRegisters.PC] = best;
                return StopInfo.breakpoint(1, false);
            }
        }
        running = true;
        try {
            while (!interrupted.getAsBoolean()) {
                Thread.onSpinWait();
            }
        } finally {
            running = false;
        }
        return StopInfo.signal(1, StopInfo.SIGINT, "");
    }

    @Override
    public boolean canReverse() {
        return reversible;
    }

    @Override
    public synchronized StopInfo reverse(boolean step, int thread, BooleanSupplier interrupted) {
        calls.add(step ? "reverse step " + thread : "reverse continue");
        if (!reversible) {
            throw new IllegalStateException("reverse() called on a target that cannot reverse");
        }
        if (step && registers[thread][RiscvRegisters.PC] > MEMORY_BASE) {
            registers[thread][RiscvRegisters.PC] -= 4;
            return StopInfo.signal(thread, StopInfo.SIGTRAP, "");
        }
        registers[thread][RiscvRegisters.PC] = MEMORY_BASE;
        return StopInfo.historyBegin(thread);
    }

    @Override
    public void interrupt() {
        interrupts++;
    }

    @Override
    public String monitor(String command) {
        if (command.equals("fail")) {
            throw new IllegalArgumentException("monitor fail: this command fails");
        }
        return "ran '" + command + "'\n";
    }

    @Override
    public synchronized void detach() {
        calls.add("detach");
        breakpoints.clear();
    }

    @Override
    public synchronized void abandon() {
        calls.add("abandon");
        breakpoints.clear();
    }

    @Override
    public synchronized void kill() {
        calls.add("kill");
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
