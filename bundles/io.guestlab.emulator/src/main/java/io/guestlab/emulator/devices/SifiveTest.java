package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Device;

/**
 * The SiFive test device ({@code sifive,test0}) that QEMU's virt board also exposes as a syscon
 * for {@code syscon-poweroff} and {@code syscon-reboot}. A write to offset 0 whose low 16 bits are
 * a command stops the machine; the exit code of a failure is in the upper 16 bits. OpenSBI uses
 * 16-bit writes for power-off and reboot, Linux's syscon drivers 32-bit ones: both are accepted.
 */
public final class SifiveTest implements Device {

    static final int FINISHER = 0x0;

    static final int FINISHER_FAIL = 0x3333;
    static final int FINISHER_PASS = 0x5555;
    static final int FINISHER_RESET = 0x7777;

    private final MachineStopListener listener;
    private final GuestAccessLog log = new GuestAccessLog("test");

    public SifiveTest(MachineStopListener listener) {
        this.listener = listener;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public long read(long offset, int size) {
        return 0; // the finisher register is write-only
    }

    @Override
    public void write(long offset, int size, long value) {
        if (offset != FINISHER || size < 2) {
            log.unimplemented("write", offset, size);
            return;
        }
        int command = (int) value & 0xFFFF;
        int code = size >= 4 ? (int) (value >>> 16) & 0xFFFF : 0;
        switch (command) {
            case FINISHER_PASS -> listener.stopRequested(new MachineStop(MachineStop.Kind.POWER_OFF, 0));
            case FINISHER_RESET -> listener.stopRequested(new MachineStop(MachineStop.Kind.REBOOT, 0));
            case FINISHER_FAIL -> listener.stopRequested(new MachineStop(MachineStop.Kind.FAIL, code));
            default -> log.unimplemented("command 0x" + Integer.toHexString(command) + " write", offset, size);
        }
    }
}
