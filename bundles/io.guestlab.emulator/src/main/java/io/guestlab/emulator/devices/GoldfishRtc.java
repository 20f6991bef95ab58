package io.guestlab.emulator.devices;

import io.guestlab.emulator.board.VirtMemoryMap;
import io.guestlab.emulator.bus.Device;
import io.guestlab.emulator.bus.Inspectable;
import io.guestlab.emulator.bus.IrqLine;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;
import io.guestlab.emulator.snapshot.Stateful;

/**
 * Goldfish real-time clock (Android emulator / QEMU {@code google,goldfish-rtc}): nanoseconds since
 * the Unix epoch, plus one alarm. Reading TIME_LOW latches the high half so that a low-then-high
 * pair of 32-bit reads is consistent. Time comes from the machine's {@link TimeSource}, so in
 * virtual time the clock starts at a fixed instant and advances deterministically.
 */
public final class GoldfishRtc implements Device, Inspectable, TimedDevice, Stateful {

    static final int TIME_LOW = 0x00;
    static final int TIME_HIGH = 0x04;
    static final int ALARM_LOW = 0x08;
    static final int ALARM_HIGH = 0x0C;
    static final int IRQ_ENABLED = 0x10;
    static final int CLEAR_ALARM = 0x14;
    static final int ALARM_STATUS = 0x18;
    static final int CLEAR_INTERRUPT = 0x1C;

    /**
     * The instant every virtual-time run starts at, 2024-01-01T00:00:00Z, so that a guest printing
     * the date prints the same thing on every host and every run.
     */
    public static final long VIRTUAL_EPOCH_NANOS = 1_704_067_200_000_000_000L;

    private static final long NANOS_PER_TICK = 1_000_000_000L / VirtMemoryMap.TIMEBASE_HZ;

    private final TimeSource time;
    private final IrqLine irq;
    private final GuestAccessLog log = new GuestAccessLog("rtc");
    /** Epoch nanoseconds at tick 0 of the time source; guest writes to TIME_* move it. */
    private long epochNanosAtStart;
    private int latchedHigh;
    private int alarmHigh;
    private long alarmNanos;
    private boolean alarmArmed;
    private boolean irqEnabled;
    private boolean irqPending;

    /**
     * @param epochNanosAtStart the wall-clock time (ns since 1970) the guest sees at tick 0:
     *                          {@link #VIRTUAL_EPOCH_NANOS} in virtual-time mode, the host's
     *                          current time in wall-clock mode
     */
    public GoldfishRtc(TimeSource time, long epochNanosAtStart, IrqLine irq) {
        this.time = time;
        this.epochNanosAtStart = epochNanosAtStart;
        this.irq = irq;
        irq.set(false);
    }

    @Override
    public String name() {
        return "rtc";
    }

    /** Nanoseconds since the Unix epoch as the guest sees them. */
    public long nowNanos() {
        return epochNanosAtStart + time.ticks() * NANOS_PER_TICK;
    }

    @Override
    public long read(long offset, int size) {
        if (size != 4 || offset < 0 || offset > CLEAR_INTERRUPT) {
            log.unimplemented("read", offset, size);
            return 0;
        }
        switch ((int) offset) {
            case TIME_LOW: {
                long now = nowNanos();
                latchedHigh = (int) (now >>> 32);
                return now & 0xFFFF_FFFFL;
            }
            case TIME_HIGH:
                return latchedHigh & 0xFFFF_FFFFL;
            case ALARM_LOW:
                return alarmNanos & 0xFFFF_FFFFL;
            case ALARM_HIGH:
                return (alarmNanos >>> 32) & 0xFFFF_FFFFL;
            case IRQ_ENABLED:
                return irqEnabled ? 1 : 0;
            case ALARM_STATUS:
                return alarmArmed ? 1 : 0;
            default:
                log.unimplemented("read", offset, size);
                return 0;
        }
    }

    /** As a read, but TIME_LOW does not latch TIME_HIGH: the time's high half is the current one. */
    @Override
    public long peek(long offset, int size) {
        if (size == 4 && offset == TIME_HIGH) {
            return nowNanos() >>> 32;
        }
        if (size == 4 && offset == TIME_LOW) {
            return nowNanos() & 0xFFFF_FFFFL;
        }
        return read(offset, size);
    }

    @Override
    public void write(long offset, int size, long value) {
        if (size != 4 || offset < 0 || offset > CLEAR_INTERRUPT) {
            log.unimplemented("write", offset, size);
            return;
        }
        long v = value & 0xFFFF_FFFFL;
        switch ((int) offset) {
            case TIME_LOW -> {
                // Setting the clock: high half first (in TIME_HIGH), the low write commits.
                long wanted = ((long) latchedHigh << 32) | v;
                epochNanosAtStart = wanted - time.ticks() * NANOS_PER_TICK;
            }
            case TIME_HIGH -> latchedHigh = (int) v;
            case ALARM_HIGH -> alarmHigh = (int) v;
            case ALARM_LOW -> {
                // Writing the low half arms the alarm (high half written before, as Linux does).
                alarmNanos = ((long) alarmHigh << 32) | v;
                alarmArmed = true;
                timeAdvanced();
            }
            case IRQ_ENABLED -> {
                irqEnabled = (v & 1) != 0;
                updateIrq();
            }
            case CLEAR_ALARM -> alarmArmed = false;
            case CLEAR_INTERRUPT -> {
                irqPending = false;
                updateIrq();
            }
            default -> log.unimplemented("write", offset, size);
        }
    }

    @Override
    public long nextDeadline() {
        if (!alarmArmed) {
            return NO_DEADLINE;
        }
        long nanosAhead = alarmNanos - epochNanosAtStart;
        long tick = nanosAhead <= 0 ? 0 : (nanosAhead + NANOS_PER_TICK - 1) / NANOS_PER_TICK;
        return Math.max(tick, time.ticks());
    }

    @Override
    public void timeAdvanced() {
        if (alarmArmed && nowNanos() >= alarmNanos) {
            alarmArmed = false;
            irqPending = true;
            updateIrq();
        }
    }

    /** The clock offset is state: the guest may have set the date, and the time source is restored separately. */
    @Override
    public void saveState(StateWriter out) {
        out.section("rtc");
        out.putLong("epochNanosAtStart", epochNanosAtStart);
        out.putInt("latchedHigh", latchedHigh);
        out.putInt("alarmHigh", alarmHigh);
        out.putLong("alarmNanos", alarmNanos);
        out.putBoolean("alarmArmed", alarmArmed);
        out.putBoolean("irqEnabled", irqEnabled);
        out.putBoolean("irqPending", irqPending);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        in.section("rtc");
        long epoch = in.getLong("epochNanosAtStart");
        int high = in.getInt("latchedHigh");
        int newAlarmHigh = in.getInt("alarmHigh");
        long alarm = in.getLong("alarmNanos");
        boolean armed = in.getBoolean("alarmArmed");
        boolean enabled = in.getBoolean("irqEnabled");
        boolean pending = in.getBoolean("irqPending");
        epochNanosAtStart = epoch;
        latchedHigh = high;
        alarmHigh = newAlarmHigh;
        alarmNanos = alarm;
        alarmArmed = armed;
        irqEnabled = enabled;
        irqPending = pending;
        updateIrq();
    }

    private void updateIrq() {
        irq.set(irqPending && irqEnabled);
    }
}
