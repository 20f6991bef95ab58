package io.guestlab.ui.preferences;

/** Keys of the defaults a new Guestlab machine launch starts from (instance scope of io.guestlab.ui). */
public final class MachinePreferences {

    public static final String QUALIFIER = "io.guestlab.ui";

    /** Number of harts of a new machine (1..8, like QEMU's virt -smp). */
    public static final String HARTS = "machine.harts";
    /** RAM size of a new machine, QEMU syntax (256M, 1G). */
    public static final String MEMORY = "machine.memory";
    /** "virtual" (deterministic, from retired instructions) or "wallclock". */
    public static final String TIME_MODE = "machine.time";
    /** TCP port the GDB server listens on when a launch enables it. */
    public static final String GDB_PORT = "gdb.port";

    public static final String TIME_VIRTUAL = "virtual";
    public static final String TIME_WALLCLOCK = "wallclock";

    private MachinePreferences() {
    }
}
