package io.guestlab.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The last traps and interrupts a machine's harts took, oldest first, in a ring of fixed depth:
 * recording one writes a few array slots and allocates nothing, so a debugger can keep it on
 * while the guest runs. Install with {@link Machine#setTrapListener}; use on the machine's thread.
 */
public final class TrapLog implements TrapListener {

    /** One trap: {@code cause} as mcause/scause hold it (bit 63: interrupt). */
    public record Entry(int hart, long hartStep, long cause, long epc, long tval, int fromPrivilege, int toPrivilege) {

        public boolean interrupt() {
            return cause < 0;
        }

        /** The cause's name from the privileged spec's mcause table (section 3.1.15). */
        public String causeName() {
            return TrapCause.describe((int) (cause & 63), interrupt());
        }
    }

    private final int depth;
    private final int[] hart;
    private final long[] hartStep, cause, epc, tval;
    private final byte[] fromPrivilege, toPrivilege;
    /** Entries recorded since the log began (or was last cut back); the newest is at (count - 1) % depth. */
    private long count;

    /** A log of the last {@code depth} traps. */
    public TrapLog(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("a trap log holds at least one trap, not " + depth);
        }
        this.depth = depth;
        hart = new int[depth];
        hartStep = new long[depth];
        cause = new long[depth];
        epc = new long[depth];
        tval = new long[depth];
        fromPrivilege = new byte[depth];
        toPrivilege = new byte[depth];
    }

    public int depth() {
        return depth;
    }

    @Override
    public void trapTaken(int hart, long hartStep, long cause, long epc, long tval, int fromPrivilege, int toPrivilege) {
        int i = (int) (count++ % depth);
        this.hart[i] = hart;
        this.hartStep[i] = hartStep;
        this.cause[i] = cause;
        this.epc[i] = epc;
        this.tval[i] = tval;
        this.fromPrivilege[i] = (byte) fromPrivilege;
        this.toPrivilege[i] = (byte) toPrivilege;
    }

    /** The traps held, oldest first. */
    public List<Entry> entries() {
        int n = (int) Math.min(count, depth);
        List<Entry> out = new ArrayList<>(n);
        for (long k = count - n; k < count; k++) {
            int i = (int) (k % depth);
            out.add(new Entry(hart[i], hartStep[i], cause[i], epc[i], tval[i], fromPrivilege[i], toPrivilege[i]));
        }
        return out;
    }

    /**
     * The machine went back in time to where hart h had taken {@code hartSteps[h]} steps: the
     * traps taken after that point are forgotten (re-running records them again). An exception
     * is recorded with the step count that includes its trapping step; an interrupt is taken
     * before the step it records, so one at exactly that count lies ahead too.
     */
    public void forgetFrom(long[] hartSteps) {
        List<Entry> kept = entries().stream()
                .filter(e -> e.interrupt() ? e.hartStep() < hartSteps[e.hart()] : e.hartStep() <= hartSteps[e.hart()])
                .toList();
        count = 0;
        for (Entry e : kept) {
            trapTaken(e.hart(), e.hartStep(), e.cause(), e.epc(), e.tval(), e.fromPrivilege(), e.toPrivilege());
        }
    }
}
