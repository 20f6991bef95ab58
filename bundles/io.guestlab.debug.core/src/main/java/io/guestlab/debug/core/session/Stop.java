package io.guestlab.debug.core.session;

/**
 * Why a machine is suspended: the hart that stopped it and what happened there.
 *
 * @param breakpoint the breakpoint that stopped it, or null
 * @param detail     e.g. "breakpoint", "watchpoint (write) on total_work", "trap: illegal instruction (mcause 2)"
 */
public record Stop(Kind kind, int hart, long pc, String detail, BreakpointSpec breakpoint) {

    public enum Kind {
        /** Where the launch said to stop first (reset, the entry, main, a function). */
        ENTRY,
        BREAKPOINT,
        WATCHPOINT,
        /** A caught trap: the hart is at its handler, mcause/scause say which. */
        TRAP,
        /** A step (source or instruction) or a run to line ended. */
        STEP,
        /** The user suspended it. */
        SUSPENDED,
        /** The engine cannot go on: every hart waits forever, a trap loop, an engine defect. */
        FAULT
    }
}
