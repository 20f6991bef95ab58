package io.guestlab.emulator.hart;

import io.guestlab.emulator.EbreakHandler;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.Watchpoint;

import java.util.Arrays;

/**
 * What a debugger (through {@link io.guestlab.emulator.Machine}) asked one hart to watch:
 * breakpoints, watchpoints, caught trap causes and the ebreak host-call handler. The hart asks
 * it at block starts, on slow-path data accesses and when it takes a trap; nothing here costs
 * anything while nothing is set.
 */
final class DebugHooks {

    private final int hart;
    /** Breakpoint addresses, sorted: searched per page and per block. */
    private long[] breakpoints = new long[0];
    /** The pc the next run resumes from, whose breakpoint does not stop it; -1 if none. */
    private long resumeFrom = -1;
    private Watchpoint[] watchpoints = new Watchpoint[0];
    private long catchExceptions, catchInterrupts;
    /** Answers ebreaks that are host calls (semihosting); null: every ebreak traps. */
    EbreakHandler ebreakHandler;

    DebugHooks(int hart) {
        this.hart = hart;
    }

    void setBreakpoints(long[] addresses) {
        long[] sorted = addresses.clone();
        Arrays.sort(sorted);
        breakpoints = sorted;
    }

    boolean hasBreakpoints() {
        return breakpoints.length != 0;
    }

    void resumeFrom(long pc) {
        resumeFrom = pc;
    }

    void endResume() {
        resumeFrom = -1;
    }

    /** Whether a breakpoint lies in the 4 KiB page at {@code page} (a block never crosses one). */
    boolean anyBreakpointIn(long page) {
        int i = Arrays.binarySearch(breakpoints, page);
        if (i >= 0) {
            return true;
        }
        i = -i - 1;
        return i < breakpoints.length && breakpoints[i] - page < 4096 && breakpoints[i] - page >= 0;
    }

    /** The index of a breakpoint at {@code pc}, or (-(insertion point) - 1), as Arrays.binarySearch. */
    int search(long pc) {
        return Arrays.binarySearch(breakpoints, pc);
    }

    /** At a breakpoint address: the stop there, or null when resuming from it. */
    StopEvent stopAt(long pc) {
        boolean resuming = pc == resumeFrom;
        resumeFrom = -1;
        return resuming ? null
                : new StopEvent(StopReason.BREAKPOINT, hart, pc, 0, 0, String.format("breakpoint at 0x%x", pc));
    }

    /**
     * How many of the first {@code n} instructions of block {@code b} (at {@code base}) run
     * before one at a breakpoint address, {@code next} being the index of the first breakpoint
     * after {@code base}: a debugger's breakpoints cost one search per block, and blocks without
     * one run whole (translated too).
     */
    int untilBreakpoint(Block b, int n, long base, int next) {
        if (next == breakpoints.length || breakpoints[next] - base >= b.offsets[n]) {
            return n;
        }
        long offset = breakpoints[next] - base;
        int i = 1;
        while (i < n && b.offsets[i] < offset) {
            i++;
        }
        return i;
    }

    void setWatchpoints(Watchpoint[] list) {
        watchpoints = list.clone();
    }

    /** Whether any watchpoint is set: accesses on the slow path are then checked. */
    boolean watching() {
        return watchpoints.length != 0;
    }

    /**
     * Whether a watchpoint for this kind of access lies in the 4 KiB page of {@code va} (virtual
     * watchpoints) or {@code pa} (physical ones): such a page stays off the TLB fast paths, so
     * watchpoints cost nothing on the pages they do not watch.
     */
    boolean watchesPage(long va, long pa, boolean write) {
        for (Watchpoint w : watchpoints) {
            if ((write ? w.onWrite() : w.onRead()) && w.overlaps((w.physical() ? pa : va) & ~0xfffL, 4096)) {
                return true;
            }
        }
        return false;
    }

    /** The stop an access at {@code va} ({@code pa}) causes, made at {@code pc}, or null. */
    StopEvent watchpointHit(long va, long pa, int size, boolean write, long pc) {
        for (Watchpoint w : watchpoints) {
            if ((write ? w.onWrite() : w.onRead()) && w.overlaps(w.physical() ? pa : va, size)) {
                return new StopEvent(StopReason.WATCHPOINT, hart, pc, 0, w.physical() ? pa : va,
                        String.format("%s of %d bytes at %s address 0x%x", write ? "write" : "read", size,
                                w.physical() ? "physical" : "virtual", w.physical() ? pa : va));
            }
        }
        return null;
    }

    void setTrapCatch(long exceptions, long interrupts) {
        catchExceptions = exceptions;
        catchInterrupts = interrupts;
    }

    /** Whether taking this trap stops the machine. */
    boolean catches(int cause, boolean interrupt) {
        return (((interrupt ? catchInterrupts : catchExceptions) >>> cause) & 1) != 0;
    }
}
