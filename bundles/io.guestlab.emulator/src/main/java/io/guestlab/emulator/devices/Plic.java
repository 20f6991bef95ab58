package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.bus.Inspectable;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * SiFive Platform-Level Interrupt Controller as on QEMU's virt board (RISC-V PLIC specification
 * 1.0.0). Sources 1..{@code sources} are level-triggered wires from devices; source 0 is reserved.
 * Each hart has two contexts, machine mode (2n) and supervisor mode (2n + 1), whose output wires
 * drive MEIP and SEIP. A context's wire is high while an enabled, pending source has a priority
 * above the context's threshold.
 */
public final class Plic implements Device, Inspectable, Stateful {

    /** 32-bit priority of source n at {@code PRIORITY + 4n}. */
    static final int PRIORITY = 0x00_0000;
    /** Pending bits, 32 sources per word (read-only for software). */
    static final int PENDING = 0x00_1000;
    /** Enable bits of context c at {@code ENABLE + 0x80 c}. */
    static final int ENABLE = 0x00_2000;
    static final int ENABLE_STRIDE = 0x80;
    /** Threshold of context c at {@code CONTEXT + 0x1000 c}, claim/complete at +4. */
    static final int CONTEXT = 0x20_0000;
    static final int CONTEXT_STRIDE = 0x1000;
    static final int CONTEXT_THRESHOLD = 0x0;
    static final int CONTEXT_CLAIM = 0x4;

    /** Priorities are 3 bits wide on QEMU's virt PLIC (priority 0 means "never interrupt"). */
    static final int PRIORITY_MASK = 0x7;

    private final int sources;
    private final int words;
    private final int[] priority;
    private final int[] pending;
    /** Claimed and not yet completed: the gateway holds the source until completion. */
    private final int[] inService;
    /** Current level of each input wire. */
    private final int[] level;
    private final int[][] enable;
    private final int[] threshold;
    private final IrqLine[] contextLines;
    private final boolean[] contextLevel;
    private final GuestAccessLog log = new GuestAccessLog("plic");

    /**
     * @param sources      highest source id (96 on the virt board)
     * @param contextLines per context (M then S for each hart), the wire into MEIP or SEIP
     */
    public Plic(int sources, IrqLine[] contextLines) {
        if (sources < 1 || sources > 1023) {
            throw new IllegalArgumentException("PLIC supports 1..1023 sources, got " + sources);
        }
        if (contextLines.length == 0 || contextLines.length > 15872) {
            throw new IllegalArgumentException("PLIC supports 1..15872 contexts, got " + contextLines.length);
        }
        this.sources = sources;
        this.words = (sources + 1 + 31) / 32;
        this.priority = new int[sources + 1];
        this.pending = new int[words];
        this.inService = new int[words];
        this.level = new int[words];
        this.enable = new int[contextLines.length][words];
        this.threshold = new int[contextLines.length];
        this.contextLines = contextLines.clone();
        this.contextLevel = new boolean[contextLines.length];
        for (IrqLine line : contextLines) {
            line.set(false);
        }
    }

    @Override
    public String name() {
        return "plic";
    }

    /** The input wire of source {@code id} (1..sources), for a device to drive. */
    public IrqLine source(int id) {
        if (id < 1 || id > sources) {
            throw new IllegalArgumentException("PLIC source " + id + " does not exist (valid: 1.." + sources + ")");
        }
        return high -> setSourceLevel(id, high);
    }

    private void setSourceLevel(int id, boolean high) {
        int word = id >>> 5;
        int bit = 1 << (id & 31);
        level[word] = high ? level[word] | bit : level[word] & ~bit;
        // The gateway forwards a request only while the source is not being serviced (PLIC spec 5).
        if (high && (inService[word] & bit) == 0) {
            pending[word] |= bit;
        } else if (!high) {
            pending[word] &= ~bit;
        }
        updateOutputs();
    }

    /** Registers are 32 bits wide and accessed only as such (PLIC spec 3); anything else is ignored. */
    @Override
    public long read(long offset, int size) {
        if (size != 4 || offset % 4 != 0) {
            log.unimplemented("read", offset, size);
            return 0;
        }
        return readWord(offset) & 0xFFFF_FFFFL;
    }

    @Override
    public void write(long offset, int size, long value) {
        if (size != 4 || offset % 4 != 0) {
            log.unimplemented("write", offset, size);
            return;
        }
        writeWord(offset, (int) value);
    }

    /** Every register but claim/complete, whose read claims an interrupt: that one peeks as 0. */
    @Override
    public long peek(long offset, int size) {
        if (size != 4 || offset % 4 != 0 || offset >= CONTEXT && (offset - CONTEXT) % CONTEXT_STRIDE == CONTEXT_CLAIM) {
            return 0;
        }
        return read(offset, size);
    }

    private int readWord(long offset) {
        if (offset >= PRIORITY && offset < PRIORITY + 4L * (sources + 1)) {
            return priority[(int) (offset - PRIORITY) / 4];
        }
        if (offset >= PENDING && offset < PENDING + 4L * words) {
            return pending[(int) (offset - PENDING) / 4];
        }
        int contexts = threshold.length;
        if (offset >= ENABLE && offset < ENABLE + (long) ENABLE_STRIDE * contexts) {
            int context = (int) (offset - ENABLE) / ENABLE_STRIDE;
            int word = (int) (offset - ENABLE) % ENABLE_STRIDE / 4;
            return word < words ? enable[context][word] : 0;
        }
        if (offset >= CONTEXT && offset < CONTEXT + (long) CONTEXT_STRIDE * contexts) {
            int context = (int) (offset - CONTEXT) / CONTEXT_STRIDE;
            int register = (int) (offset - CONTEXT) % CONTEXT_STRIDE;
            if (register == CONTEXT_THRESHOLD) {
                return threshold[context];
            }
            if (register == CONTEXT_CLAIM) {
                return claim(context);
            }
        }
        log.unimplemented("read", offset, 4);
        return 0;
    }

    private void writeWord(long offset, int value) {
        int contexts = threshold.length;
        if (offset >= PRIORITY && offset < PRIORITY + 4L * (sources + 1)) {
            int id = (int) (offset - PRIORITY) / 4;
            if (id != 0) {
                priority[id] = value & PRIORITY_MASK;
            }
        } else if (offset >= ENABLE && offset < ENABLE + (long) ENABLE_STRIDE * contexts) {
            int context = (int) (offset - ENABLE) / ENABLE_STRIDE;
            int word = (int) (offset - ENABLE) % ENABLE_STRIDE / 4;
            if (word < words) {
                enable[context][word] = value & validMask(word);
            }
        } else if (offset >= CONTEXT && offset < CONTEXT + (long) CONTEXT_STRIDE * contexts
                && (offset - CONTEXT) % CONTEXT_STRIDE == CONTEXT_THRESHOLD) {
            threshold[(int) (offset - CONTEXT) / CONTEXT_STRIDE] = value & PRIORITY_MASK;
        } else if (offset >= CONTEXT && offset < CONTEXT + (long) CONTEXT_STRIDE * contexts
                && (offset - CONTEXT) % CONTEXT_STRIDE == CONTEXT_CLAIM) {
            complete((int) (offset - CONTEXT) / CONTEXT_STRIDE, value);
        } else if (offset >= PENDING && offset < PENDING + 4L * words) {
            return; // pending bits are read-only; writes are ignored silently (QEMU does the same)
        } else {
            log.unimplemented("write", offset, 4);
            return;
        }
        updateOutputs();
    }

    /** Bits of word {@code word} that name real sources (never source 0). */
    private int validMask(int word) {
        int mask = -1;
        if (word == 0) {
            mask &= ~1;
        }
        int lastBits = (sources + 1) - 32 * word;
        if (lastBits < 32) {
            mask &= (1 << lastBits) - 1;
        }
        return mask;
    }

    /** Claim (PLIC spec 7): the highest-priority pending enabled source, lowest id on ties. */
    private int claim(int context) {
        int id = best(context);
        if (id != 0) {
            int word = id >>> 5;
            int bit = 1 << (id & 31);
            pending[word] &= ~bit;
            inService[word] |= bit;
            updateOutputs();
        }
        return id;
    }

    /** Completion (PLIC spec 8): ignored unless the source is enabled for the context. */
    private void complete(int context, int id) {
        if (id <= 0 || id > sources) {
            return;
        }
        int word = id >>> 5;
        int bit = 1 << (id & 31);
        if ((enable[context][word] & bit) == 0) {
            return;
        }
        inService[word] &= ~bit;
        if ((level[word] & bit) != 0) {
            pending[word] |= bit; // level still high: the gateway forwards a new request
        }
    }

    /** The pending enabled source of highest priority above the context's threshold, or 0. */
    private int best(int context) {
        int bestId = 0;
        int bestPriority = threshold[context];
        for (int word = 0; word < words; word++) {
            int candidates = pending[word] & enable[context][word];
            while (candidates != 0) {
                int bit = Integer.numberOfTrailingZeros(candidates);
                candidates &= candidates - 1;
                int id = 32 * word + bit;
                if (priority[id] > bestPriority) {
                    bestPriority = priority[id];
                    bestId = id;
                }
            }
        }
        return bestId;
    }

    @Override
    public void saveState(StateWriter out) {
        int contexts = threshold.length;
        int[] enables = new int[contexts * words];
        for (int context = 0; context < contexts; context++) {
            System.arraycopy(enable[context], 0, enables, context * words, words);
        }
        out.section("plic");
        out.putInt("sources", sources);
        out.putInt("contexts", contexts);
        out.putInts("priority", priority);
        out.putInts("pending", pending);
        out.putInts("inService", inService);
        out.putInts("level", level);
        out.putInts("enable", enables);
        out.putInts("threshold", threshold);
    }

    /**
     * The context wires are recomputed, not saved: after every register access and input change
     * they equal "some enabled pending source above the threshold", so that is what is re-driven.
     */
    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        int contexts = threshold.length;
        in.section("plic");
        checkShape(in.getInt("sources"), sources, "sources");
        checkShape(in.getInt("contexts"), contexts, "contexts");
        int[] newPriority = StateArrays.ints(in, "plic", "priority", sources + 1);
        int[] newPending = StateArrays.ints(in, "plic", "pending", words);
        int[] newInService = StateArrays.ints(in, "plic", "inService", words);
        int[] newLevel = StateArrays.ints(in, "plic", "level", words);
        int[] enables = StateArrays.ints(in, "plic", "enable", contexts * words);
        int[] newThreshold = StateArrays.ints(in, "plic", "threshold", contexts);
        for (int id = 0; id <= sources; id++) {
            if ((newPriority[id] & ~PRIORITY_MASK) != 0 || (id == 0 && newPriority[0] != 0)) {
                throw StateArrays.invalid("plic", "priority", "of source " + id + " is " + newPriority[id]);
            }
        }
        for (int context = 0; context < contexts; context++) {
            if ((newThreshold[context] & ~PRIORITY_MASK) != 0) {
                throw StateArrays.invalid("plic", "threshold", "of context " + context + " is " + newThreshold[context]);
            }
        }
        for (int word = 0; word < words; word++) {
            int invalid = ~validMask(word);
            if (((newPending[word] | newInService[word] | newLevel[word]) & invalid) != 0) {
                throw StateArrays.invalid("plic", "pending", "names sources that do not exist in word " + word);
            }
        }
        System.arraycopy(newPriority, 0, priority, 0, priority.length);
        System.arraycopy(newPending, 0, pending, 0, words);
        System.arraycopy(newInService, 0, inService, 0, words);
        System.arraycopy(newLevel, 0, level, 0, words);
        System.arraycopy(newThreshold, 0, threshold, 0, contexts);
        for (int context = 0; context < contexts; context++) {
            for (int word = 0; word < words; word++) {
                enable[context][word] = enables[context * words + word] & validMask(word);
            }
            contextLevel[context] = best(context) != 0;
            contextLines[context].set(contextLevel[context]);
        }
    }

    private static void checkShape(int found, int expected, String field) throws SnapshotException {
        if (found != expected) {
            throw StateArrays.invalid("plic", field, "is " + found + " but this PLIC has " + expected);
        }
    }

    private void updateOutputs() {
        for (int context = 0; context < contextLines.length; context++) {
            boolean high = best(context) != 0;
            if (high != contextLevel[context]) {
                contextLevel[context] = high;
                contextLines[context].set(high);
            }
        }
    }
}
