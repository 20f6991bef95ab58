package io.guestlab.emulator.hart;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * Physical memory protection with 16 entries, granularity 4 bytes (Privileged ISA 20211203,
 * section 3.7): TOR, NA4 and NAPOT regions, the lock bit, and the rule that S/U accesses matching
 * no entry fail. Address ranges are recomputed on every write so checks are a plain scan.
 */
final class Pmp implements Stateful {

    static final int ENTRIES = 16;
    static final int FETCH = 0, LOAD = 1, STORE = 2;

    private static final int R = 1, W = 2, X = 4, A_SHIFT = 3, L = 0x80;
    private static final int OFF = 0, TOR = 1, NA4 = 2, NAPOT = 3;
    /** pmpaddr holds physical address bits [55:2]. */
    private static final long ADDR_MASK = (1L << 54) - 1;

    private final int[] cfg = new int[ENTRIES];
    private final long[] addr = new long[ENTRIES];
    private final long[] lo = new long[ENTRIES];
    private final long[] hi = new long[ENTRIES];

    /** All entries off and unlocked, as after a hart reset (section 3.7.1). */
    void reset() {
        java.util.Arrays.fill(cfg, 0);
        java.util.Arrays.fill(addr, 0);
        recompute();
    }

    /** pmpcfg{@code reg} (0 or 2 hold entries; other even registers read zero). */
    long readCfg(int reg) {
        if (reg > 2) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) cfg[reg * 4 + i] << (8 * i);
        }
        return v;
    }

    void writeCfg(int reg, long value) {
        if (reg > 2) {
            return;
        }
        for (int i = 0; i < 8; i++) {
            int e = reg * 4 + i;
            if ((cfg[e] & L) != 0) {
                continue;
            }
            int c = (int) (value >>> (8 * i)) & 0x9f; // bits 6:5 are reserved, read as zero
            if ((c & (R | W)) == W) {
                c &= ~W; // R=0,W=1 is reserved: WARL keeps it at no access
            }
            cfg[e] = c;
        }
        recompute();
    }

    long readAddr(int i) {
        return i < ENTRIES ? addr[i] : 0;
    }

    void writeAddr(int i, long value) {
        if (i >= ENTRIES || (cfg[i] & L) != 0) {
            return;
        }
        if (i + 1 < ENTRIES && (cfg[i + 1] & L) != 0 && ((cfg[i + 1] >>> A_SHIFT) & 3) == TOR) {
            return; // a locked TOR entry also locks the address below it
        }
        addr[i] = value & ADDR_MASK;
        recompute();
    }

    private void recompute() {
        for (int i = 0; i < ENTRIES; i++) {
            long a = addr[i];
            switch ((cfg[i] >>> A_SHIFT) & 3) {
                case TOR -> {
                    lo[i] = i == 0 ? 0 : addr[i - 1] << 2;
                    hi[i] = a << 2;
                }
                case NA4 -> {
                    lo[i] = a << 2;
                    hi[i] = lo[i] + 4;
                }
                case NAPOT -> {
                    int ones = Long.numberOfTrailingZeros(~a);
                    if (ones >= 54) {
                        lo[i] = 0;
                        hi[i] = Long.MAX_VALUE;
                    } else {
                        long size = 1L << (ones + 3);
                        lo[i] = (a << 2) & ~(size - 1);
                        hi[i] = lo[i] + size;
                    }
                }
                default -> {
                    lo[i] = 0;
                    hi[i] = 0;
                }
            }
        }
    }

    /** The entries' fields; the hart's section holds them. The derived ranges are recomputed. */
    @Override
    public void saveState(StateWriter out) {
        out.putInts("pmpcfg", cfg);
        out.putLongs("pmpaddr", addr);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        int[] newCfg = in.getInts("pmpcfg");
        long[] newAddr = in.getLongs("pmpaddr");
        if (newCfg.length != ENTRIES || newAddr.length != ENTRIES) {
            throw new SnapshotException("machine state fields 'pmpcfg' / 'pmpaddr' have " + newCfg.length + " / "
                    + newAddr.length + " entries but this hart has " + ENTRIES + " PMP entries");
        }
        for (int i = 0; i < ENTRIES; i++) {
            // only values writeCfg / writeAddr can produce (WARL, section 3.7.1)
            if ((newCfg[i] & ~0x9f) != 0 || (newCfg[i] & (R | W)) == W) {
                throw new SnapshotException(String.format(
                        "machine state field 'pmpcfg' holds 0x%x for entry %d, which no write can produce", newCfg[i], i));
            }
            if ((newAddr[i] & ~ADDR_MASK) != 0) {
                throw new SnapshotException(String.format(
                        "machine state field 'pmpaddr' holds 0x%x for entry %d, wider than 54 bits", newAddr[i], i));
            }
        }
        System.arraycopy(newCfg, 0, cfg, 0, ENTRIES);
        System.arraycopy(newAddr, 0, addr, 0, ENTRIES);
        recompute();
    }

    /** Takes over another unit's entries (a restored state checked on a scratch copy first). */
    void copyFrom(Pmp other) {
        System.arraycopy(other.cfg, 0, cfg, 0, ENTRIES);
        System.arraycopy(other.addr, 0, addr, 0, ENTRIES);
        recompute();
    }

    /** True if {@code size} bytes at {@code address} may be accessed ({@code access} FETCH/LOAD/STORE) in {@code priv}. */
    boolean allows(long address, long size, int access, int priv) {
        long end = address + size;
        for (int i = 0; i < ENTRIES; i++) {
            if (lo[i] >= hi[i]) {
                continue;
            }
            if (address >= lo[i] && end <= hi[i]) {
                if (priv == Hart.M && (cfg[i] & L) == 0) {
                    return true;
                }
                int need = access == FETCH ? X : access == LOAD ? R : W;
                return (cfg[i] & need) != 0;
            }
            if (address < hi[i] && end > lo[i]) {
                return false; // an access straddling an entry boundary fails (section 3.7.1)
            }
        }
        return priv == Hart.M;
    }
}
