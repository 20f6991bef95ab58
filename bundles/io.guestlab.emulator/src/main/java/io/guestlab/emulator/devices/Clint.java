package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.bus.Inspectable;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

import java.util.Arrays;

/**
 * SiFive Core-Local Interruptor (CLINT), as on QEMU's virt board: a software-interrupt bit
 * ({@code msip}) and a timer compare register ({@code mtimecmp}) per hart, and the shared
 * {@code mtime} counter. Both interrupt lines are level-triggered: MSIP follows bit 0 of
 * {@code msip}, MTIP is high while {@code mtime >= mtimecmp} (RISC-V privileged spec 3.2.1).
 */
public final class Clint implements Device, Inspectable, TimedDevice, Stateful {

    /** 32-bit {@code msip} of hart n at {@code MSIP + 4n}; only bit 0 is writable. */
    static final int MSIP = 0x0000;
    /** 64-bit {@code mtimecmp} of hart n at {@code MTIMECMP + 8n}. */
    static final int MTIMECMP = 0x4000;
    /** 64-bit {@code mtime}. */
    static final int MTIME = 0xBFF8;

    private final TimeSource time;
    private final IrqLine[] softwareLines;
    private final IrqLine[] timerLines;
    private final boolean[] msip;
    private final long[] mtimecmp;
    private final boolean[] timerLevel;
    private final GuestAccessLog log = new GuestAccessLog("clint");
    /** Guest writes to {@code mtime} move it relative to the time source. */
    private long mtimeOffset;

    /**
     * @param softwareLines per hart, the MSIP wire into {@code mip}
     * @param timerLines    per hart, the MTIP wire into {@code mip}
     */
    public Clint(TimeSource time, IrqLine[] softwareLines, IrqLine[] timerLines) {
        if (softwareLines.length != timerLines.length || softwareLines.length == 0) {
            throw new IllegalArgumentException("CLINT needs one MSIP and one MTIP line per hart, got "
                    + softwareLines.length + " and " + timerLines.length);
        }
        int harts = softwareLines.length;
        this.time = time;
        this.softwareLines = softwareLines.clone();
        this.timerLines = timerLines.clone();
        this.msip = new boolean[harts];
        this.mtimecmp = new long[harts];
        this.timerLevel = new boolean[harts];
        // mtimecmp resets to all ones so that no timer fires before software programs it.
        Arrays.fill(mtimecmp, -1L);
        for (int hart = 0; hart < harts; hart++) {
            softwareLines[hart].set(false);
            timerLines[hart].set(false);
        }
    }

    @Override
    public String name() {
        return "clint";
    }

    /** Current value of {@code mtime}. */
    public long mtime() {
        return time.ticks() + mtimeOffset;
    }

    @Override
    public long read(long offset, int size) {
        int harts = msip.length;
        if (offset >= MSIP && offset < MSIP + 4L * harts && size == 4 && offset % 4 == 0) {
            return msip[(int) (offset - MSIP) / 4] ? 1 : 0;
        }
        if (offset >= MTIMECMP && offset < MTIMECMP + 8L * harts) {
            return slice(mtimecmp[(int) (offset - MTIMECMP) / 8], offset % 8, size);
        }
        if (offset >= MTIME && offset < MTIME + 8) {
            return slice(mtime(), offset - MTIME, size);
        }
        log.unimplemented("read", offset, size);
        return 0;
    }

    /** Reads have no side effects on the CLINT. */
    @Override
    public long peek(long offset, int size) {
        return read(offset, size);
    }

    @Override
    public void write(long offset, int size, long value) {
        int harts = msip.length;
        if (offset >= MSIP && offset < MSIP + 4L * harts && size == 4 && offset % 4 == 0) {
            int hart = (int) (offset - MSIP) / 4;
            msip[hart] = (value & 1) != 0;
            softwareLines[hart].set(msip[hart]);
        } else if (offset >= MTIMECMP && offset < MTIMECMP + 8L * harts && isAlignedWordOrDouble(offset, size)) {
            int hart = (int) (offset - MTIMECMP) / 8;
            mtimecmp[hart] = merge(mtimecmp[hart], offset % 8, size, value);
            updateTimer(hart);
        } else if (offset >= MTIME && offset < MTIME + 8 && isAlignedWordOrDouble(offset - MTIME, size)) {
            long newTime = merge(mtime(), offset - MTIME, size, value);
            mtimeOffset = newTime - time.ticks();
            timeAdvanced();
        } else {
            log.unimplemented("write", offset, size);
        }
    }

    @Override
    public long nextDeadline() {
        long now = time.ticks();
        long earliest = NO_DEADLINE;
        for (int hart = 0; hart < mtimecmp.length; hart++) {
            // A compare value of 2^63 or more is never reached (29,000 years at 10 MHz): software
            // writes all ones, or the upper half first, to mean "no timer".
            if (!timerLevel[hart] && mtimecmp[hart] >= 0) {
                long due = mtimecmp[hart] - mtimeOffset; // in time-source ticks
                earliest = Math.min(earliest, Math.max(due, now));
            }
        }
        return earliest;
    }

    @Override
    public void timeAdvanced() {
        for (int hart = 0; hart < mtimecmp.length; hart++) {
            updateTimer(hart);
        }
    }

    /**
     * The timer levels are saved as they are rather than recomputed: they change only when the
     * run loop calls {@link #timeAdvanced()}, and the restored CLINT must lag the same way.
     */
    @Override
    public void saveState(StateWriter out) {
        out.section("clint");
        out.putInt("harts", msip.length);
        out.putLong("mtimeOffset", mtimeOffset);
        out.putLongs("mtimecmp", mtimecmp);
        out.putBytes("msip", StateArrays.fromBooleans(msip));
        out.putBytes("timerLevel", StateArrays.fromBooleans(timerLevel));
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("clint");
        int harts = in.getInt("harts");
        if (harts != msip.length) {
            throw new SnapshotException("machine state field 'clint.harts' is " + harts
                    + " but this machine has " + msip.length + " harts");
        }
        long offset = in.getLong("mtimeOffset");
        long[] compare = StateArrays.longs(in, "clint", "mtimecmp", harts);
        boolean[] software = StateArrays.booleans(in, "clint", "msip", harts);
        boolean[] timer = StateArrays.booleans(in, "clint", "timerLevel", harts);
        mtimeOffset = offset;
        System.arraycopy(compare, 0, mtimecmp, 0, harts);
        System.arraycopy(software, 0, msip, 0, harts);
        System.arraycopy(timer, 0, timerLevel, 0, harts);
        for (int hart = 0; hart < harts; hart++) {
            softwareLines[hart].set(msip[hart]);
            timerLines[hart].set(timerLevel[hart]);
        }
    }

    private void updateTimer(int hart) {
        boolean level = Long.compareUnsigned(mtime(), mtimecmp[hart]) >= 0;
        if (level != timerLevel[hart]) {
            timerLevel[hart] = level;
            timerLines[hart].set(level);
        }
    }

    private static boolean isAlignedWordOrDouble(long offsetInRegister, int size) {
        return (size == 8 && offsetInRegister % 8 == 0) || (size == 4 && offsetInRegister % 4 == 0);
    }

    /** Bytes {@code [byteOffset, byteOffset + size)} of a 64-bit register. */
    static long slice(long register, long byteOffset, int size) {
        long shifted = register >>> (8 * byteOffset);
        return size >= 8 ? shifted : shifted & ((1L << (8 * size)) - 1);
    }

    /** A 64-bit register with bytes {@code [byteOffset, byteOffset + size)} replaced by {@code value}. */
    static long merge(long register, long byteOffset, int size, long value) {
        if (size >= 8) {
            return value;
        }
        long mask = ((1L << (8 * size)) - 1) << (8 * byteOffset);
        return (register & ~mask) | ((value << (8 * byteOffset)) & mask);
    }
}
