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

    /**
     * {@code addresses} sorted, a new array for each new set: its identity tells blocks that
     * worked out where breakpoints are ({@link #locate}) whether that still holds. The harts of a
     * machine share it, as they share blocks.
     */
    void setBreakpoints(long[] addresses) {
        breakpoints = addresses;
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

    /** Whether block {@code b}'s knowledge of breakpoints ({@link #locate}) holds for it at {@code base}. */
    boolean located(Block b, long base) {
        return b.breakpointSet == breakpoints && b.breakpointBase == base;
    }

    /**
     * Works out where the breakpoints are for block {@code b} entered at {@code base}: at its
     * start, how many instructions run before the next one, and whether any lies in the bytes its
     * translation may run (the translated code does not look at breakpoints).
     */
    void locate(Block b, long base) {
        b.breakpointSet = breakpoints;
        b.breakpointBase = base;
        int i = Arrays.binarySearch(breakpoints, base);
        b.breakpointAtStart = i >= 0;
        int next = i >= 0 ? i + 1 : -i - 1;
        b.breakpointCut = b.count;
        if (next < breakpoints.length && breakpoints[next] - base < b.offsets[b.count]) {
            long offset = breakpoints[next] - base;
            int cut = 1;
            while (cut < b.count && b.offsets[cut] < offset) {
                cut++;
            }
            b.breakpointCut = cut;
        }
        b.breakpointInTranslation = false;
        if (b.translated != null) {
            int[] ranges = b.translatedRanges;
            for (int k = 0; k < ranges.length; k += 2) {
                b.breakpointInTranslation |= anyIn(base + ranges[k], base + ranges[k + 1]);
            }
        }
    }

    /** Whether a breakpoint lies in [{@code from}, {@code to}). */
    private boolean anyIn(long from, long to) {
        int i = Arrays.binarySearch(breakpoints, from);
        i = i >= 0 ? i : -i - 1;
        return i < breakpoints.length && breakpoints[i] < to;
    }

    /** Whether a breakpoint at {@code pc} stops the hart there (it is not resuming from it); changes nothing. */
    boolean stopsAt(long pc) {
        return pc != resumeFrom && Arrays.binarySearch(breakpoints, pc) >= 0;
    }

    /** At a breakpoint address: the stop there, or null when resuming from it. */
    StopEvent stopAt(long pc) {
        boolean resuming = pc == resumeFrom;
        resumeFrom = -1;
        return resuming ? null
                : new StopEvent(StopReason.BREAKPOINT, hart, pc, 0, 0, String.format("breakpoint at 0x%x", pc));
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
