package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * The Sstc extension's {@code stimecmp} CSR of every hart (RISC-V Sstc 1.0): a wire per hart is
 * high while the {@code time} CSR is at or past the hart's {@code stimecmp} (unsigned). The hart
 * takes its supervisor timer interrupt (mip.STIP) from that wire while {@code menvcfg.STCE} is
 * set. {@code stimecmp} resets to 0, as QEMU's does; software writes it before enabling STIE.
 */
public final class SupervisorTimer implements TimedDevice, Stateful {

    private final TimeSource time;
    private final IrqLine[] lines;
    private final long[] stimecmp;
    private final boolean[] level;

    /** @param lines per hart, the wire into the hart's supervisor-timer pending bit */
    public SupervisorTimer(TimeSource time, IrqLine[] lines) {
        this.time = time;
        this.lines = lines.clone();
        this.stimecmp = new long[lines.length];
        this.level = new boolean[lines.length];
        for (int hart = 0; hart < lines.length; hart++) {
            lines[hart].set(false);
            update(hart);
        }
    }

    public long compare(int hart) {
        return stimecmp[hart];
    }

    public void setCompare(int hart, long value) {
        stimecmp[hart] = value;
        update(hart);
    }

    @Override
    public long nextDeadline() {
        long now = time.ticks();
        long earliest = NO_DEADLINE;
        for (int hart = 0; hart < stimecmp.length; hart++) {
            // 2^63 ticks or more is never reached: software writes all ones to mean "no timer"
            if (!level[hart] && stimecmp[hart] >= 0) {
                earliest = Math.min(earliest, Math.max(stimecmp[hart], now));
            }
        }
        return earliest;
    }

    @Override
    public void timeAdvanced() {
        for (int hart = 0; hart < stimecmp.length; hart++) {
            update(hart);
        }
    }

    /** The levels are saved as they are, not recomputed: like the CLINT's, they change only when the run loop says time moved. */
    @Override
    public void saveState(StateWriter out) {
        out.section("sstc");
        out.putLongs("stimecmp", stimecmp);
        out.putBytes("level", StateArrays.fromBooleans(level));
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("sstc");
        long[] compare = StateArrays.longs(in, "sstc", "stimecmp", stimecmp.length);
        boolean[] levels = StateArrays.booleans(in, "sstc", "level", stimecmp.length);
        System.arraycopy(compare, 0, stimecmp, 0, compare.length);
        System.arraycopy(levels, 0, level, 0, levels.length);
        for (int hart = 0; hart < lines.length; hart++) {
            lines[hart].set(level[hart]);
        }
    }

    private void update(int hart) {
        boolean reached = Long.compareUnsigned(time.ticks(), stimecmp[hart]) >= 0;
        if (reached != level[hart]) {
            level[hart] = reached;
            lines[hart].set(reached);
        }
    }
}
