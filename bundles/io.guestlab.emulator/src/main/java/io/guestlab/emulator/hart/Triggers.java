package io.guestlab.emulator.hart;

import static io.guestlab.emulator.isa.Csr.*;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * A hart's debug triggers as the guest programs them (Sdtrig, RISC-V Debug Specification 1.0,
 * chapter 5): four address triggers of type mcontrol6 (section 5.7.13) on instruction execution,
 * loads and stores, in any of M, S and U, matching an address equal to tdata2, in the NAPOT range
 * it encodes, at or above it, or below it. A trigger that fires raises a breakpoint exception
 * (action 0) before the instruction or access, with tval the matching address. What this hart
 * leaves out, as the specification allows: Debug Mode (dmode and action 1, which need Sdext),
 * chaining, data-value matches (select), access sizes other than any, and tcontrol; without
 * tcontrol, an M-mode trigger fires only while mstatus.MIE is 1 (section 5.4), so an M-mode
 * trap handler does not trigger itself. A load or store matches when any byte it accesses does.
 * <p>
 * Nothing here costs a guest that arms no trigger: the hart looks only while one is enabled
 * ({@link #execute}, {@link #load}, {@link #store}), and then runs execution one instruction at
 * a time, or keeps loads or stores off its TLB fast paths.
 */
final class Triggers implements Stateful {

    static final int COUNT = 4;
    static final long LOAD = 1, STORE = 1 << 1, EXECUTE = 1 << 2;
    private static final long U = 1 << 3, S = 1 << 4, M = 1 << 6, MATCH = 0xfL << 7, HIT0 = 1L << 22;
    private static final int MATCH_SHIFT = 7;
    private static final long TYPE_MCONTROL6 = 6, TYPE_DISABLED = 15;
    private static final long DISABLED = TYPE_DISABLED << 60;
    /** The mcontrol6 fields a write keeps; the rest (dmode, vs, vu, select, size, action, chain, ...) read 0. */
    private static final long WRITABLE = HIT0 | MATCH | M | S | U | EXECUTE | STORE | LOAD;
    /** tinfo: version 1 (this specification) and the types a trigger can take, mcontrol6 and disabled. */
    static final long TINFO_VALUE = 1L << 24 | 1 << TYPE_MCONTROL6 | 1 << TYPE_DISABLED;

    private final long[] tdata1 = new long[COUNT], tdata2 = new long[COUNT];
    private int tselect;
    /** Whether an enabled trigger matches execution, loads, stores: the hart looks only then. */
    boolean execute, load, store;

    Triggers() {
        reset();
    }

    /** Every trigger disabled (the reset value of tdata1 for a trigger that exists). */
    void reset() {
        java.util.Arrays.fill(tdata1, DISABLED);
        java.util.Arrays.fill(tdata2, 0);
        tselect = 0;
        recompute();
    }

    long read(int csr) {
        return switch (csr) {
            case TSELECT -> tselect;
            case TDATA1 -> tdata1[tselect];
            case TDATA2 -> tdata2[tselect];
            case TINFO -> TINFO_VALUE;
            default -> 0; // tdata3 (textra): no context matching, read-only zero
        };
    }

    /** Writes a trigger CSR; true when what the triggers match changed (the hart then drops its fast paths). */
    boolean write(int csr, long value) {
        switch (csr) {
            case TSELECT -> {
                if (value >= 0 && value < COUNT) { // WARL: a trigger that does not exist leaves it (how software counts them)
                    tselect = (int) value;
                }
                return false;
            }
            case TDATA1 -> tdata1[tselect] = legal(value);
            case TDATA2 -> tdata2[tselect] = value;
            default -> {
                return false; // tdata3, tinfo: writes ignored
            }
        }
        recompute();
        return true;
    }

    /** The WARL value of tdata1 for a write of {@code value}: mcontrol6 with the fields kept, else disabled. */
    private static long legal(long value) {
        if (value >>> 60 != TYPE_MCONTROL6) {
            return DISABLED;
        }
        long v = value & WRITABLE;
        if ((v & MATCH) >>> MATCH_SHIFT > 3) {
            v &= ~MATCH; // matches 0 (equal), 1 (NAPOT), 2 (>=) and 3 (<) only
        }
        return TYPE_MCONTROL6 << 60 | v;
    }

    private void recompute() {
        long any = 0;
        for (long t : tdata1) {
            if (t >>> 60 == TYPE_MCONTROL6 && (t & (M | S | U)) != 0) {
                any |= t;
            }
        }
        execute = (any & EXECUTE) != 0;
        load = (any & LOAD) != 0;
        store = (any & STORE) != 0;
    }

    /**
     * Whether a trigger on {@code kind} ({@link #EXECUTE}, {@link #LOAD} or {@link #STORE})
     * fires for the {@code size} bytes at {@code address}, in privilege {@code priv} with
     * mstatus.MIE {@code mie}; one that does records it in its hit0 bit.
     */
    boolean fires(long kind, long address, int size, int priv, boolean mie) {
        long mode = priv == Hart.M ? (mie ? M : 0) : priv == Hart.S ? S : U;
        for (int i = 0; i < COUNT; i++) {
            long t = tdata1[i];
            if (t >>> 60 == TYPE_MCONTROL6 && (t & kind) != 0 && (t & mode) != 0
                    && matches((int) ((t & MATCH) >>> MATCH_SHIFT), tdata2[i], address, address + size - 1)) {
                tdata1[i] = t | HIT0;
                return true;
            }
        }
        return false;
    }

    /** Whether an address in [{@code first}, {@code last}] matches {@code value} under {@code match} (section 5.7.13). */
    private static boolean matches(int match, long value, long first, long last) {
        return switch (match) {
            case 0 -> Long.compareUnsigned(first, value) <= 0 && Long.compareUnsigned(value, last) <= 0;
            case 1 -> { // NAPOT: value's trailing ones and the 0 above them are the range's low bits
                int low = Long.numberOfTrailingZeros(~value) + 1;
                if (low >= 64) {
                    yield true;
                }
                long base = value >>> low << low;
                long end = base + (1L << low) - 1;
                yield Long.compareUnsigned(first, end) <= 0 && Long.compareUnsigned(base, last) <= 0;
            }
            case 2 -> Long.compareUnsigned(last, value) >= 0;
            default -> Long.compareUnsigned(first, value) < 0;
        };
    }

    /** Takes over another hart state's triggers (a restored state checked on a scratch copy first). */
    void copyFrom(Triggers other) {
        tselect = other.tselect;
        System.arraycopy(other.tdata1, 0, tdata1, 0, COUNT);
        System.arraycopy(other.tdata2, 0, tdata2, 0, COUNT);
        recompute();
    }

    @Override
    public void saveState(StateWriter out) {
        out.putInt("tselect", tselect);
        out.putLongs("tdata1", tdata1);
        out.putLongs("tdata2", tdata2);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        int select = in.getInt("tselect");
        long[] data1 = in.getLongs("tdata1");
        long[] data2 = in.getLongs("tdata2");
        if (select < 0 || select >= COUNT || data1.length != COUNT || data2.length != COUNT) {
            throw new SnapshotException("machine state fields 'tselect' / 'tdata1' / 'tdata2' are " + select + " / "
                    + data1.length + " / " + data2.length + " entries, but this hart has " + COUNT + " triggers");
        }
        for (int i = 0; i < COUNT; i++) {
            if (legal(data1[i]) != data1[i]) {
                throw new SnapshotException(String.format(
                        "machine state field 'tdata1' holds 0x%x for trigger %d, which no write can produce", data1[i], i));
            }
        }
        tselect = select;
        System.arraycopy(data1, 0, tdata1, 0, COUNT);
        System.arraycopy(data2, 0, tdata2, 0, COUNT);
        recompute();
    }
}
