package io.guestlab.debug.core;

/**
 * The attributes of a "Guestlab Machine" launch configuration ({@link #LAUNCH_TYPE_ID}), one per
 * option of {@code guestlab run}, plus what only a debugger needs (symbol files, where to stop
 * first, traps to catch). Paths are file-system paths in which Eclipse string variables such as
 * {@code ${workspace_loc:/kernel/build/kernel.elf}} are expanded at launch.
 *
 * <p>A configuration either names a {@link #MACHINE_FILE} or describes the machine with the
 * other machine attributes; a machine file wins, and those attributes are then ignored. Attributes
 * that are absent take the documented default; harts, memory, time mode and GDB port of new
 * configurations come from {@link GuestlabPreferences}.
 */
public final class LaunchAttributes {

    /** The launch configuration type "Guestlab Machine" (run and debug modes). */
    public static final String LAUNCH_TYPE_ID = "io.guestlab.debug.launchType.machine";

    private static final String PREFIX = "io.guestlab.debug.";

    // ---------------------------------------------------------------------------------------
    // The machine (what `guestlab run` takes)

    /** String: a machine definition ({@code *.machine}, as {@code guestlab run --machine}); empty: none. */
    public static final String MACHINE_FILE = PREFIX + "machineFile";

    /**
     * String: the firmware at 0x80000000 ({@code --bios}): a file, {@link #FIRMWARE_NONE} (the
     * kernel starts in M-mode from its entry), or empty for the default OpenSBI fw_dynamic.
     */
    public static final String FIRMWARE = PREFIX + "firmware";
    /** The value of {@link #FIRMWARE} for a bare-metal kernel without firmware ({@code --bios none}). */
    public static final String FIRMWARE_NONE = "none";

    /** String: the kernel, an ELF or a raw image ({@code --kernel}); empty: none. */
    public static final String KERNEL = PREFIX + "kernel";
    /** String: the initial RAM disk ({@code --initrd}); empty: none. */
    public static final String INITRD = PREFIX + "initrd";
    /** String: the kernel command line ({@code --append}); default empty. */
    public static final String BOOTARGS = PREFIX + "bootargs";
    /** int: the number of harts, 1..8 ({@code --harts}); default from the preferences. */
    public static final String HARTS = PREFIX + "harts";
    /** String: RAM size in QEMU's syntax, e.g. {@code 128M}, {@code 1G} ({@code --memory}); default from the preferences. */
    public static final String MEMORY = PREFIX + "memory";
    /**
     * List of String: disks, each as {@code --drive} takes it: {@code file=IMG[,readonly|,persistent]}
     * (the guest's writes stay in memory unless {@code persistent}); default none.
     */
    public static final String DRIVES = PREFIX + "drives";
    /**
     * String: the image in CFI flash bank 0 at 0x20000000, where the harts start when it holds one
     * ({@code --flash file=IMG,unit=0}, QEMU's {@code -drive if=pflash,unit=0}); exactly 32 MiB; the
     * guest's writes stay in memory. Empty: the bank is blank (the default).
     */
    public static final String FLASH0 = PREFIX + "flash0";
    /**
     * String: the image in CFI flash bank 1 at 0x22000000, the firmware's next stage
     * ({@code --flash file=IMG,unit=1}); exactly 32 MiB. Empty: the bank is blank (the default).
     */
    public static final String FLASH1 = PREFIX + "flash1";
    /** String: {@link #TIME_VIRTUAL} or {@link #TIME_WALLCLOCK} ({@code --time virtual|host}); default from the preferences. */
    public static final String TIME_MODE = PREFIX + "timeMode";
    /** Guest time advances with retired instructions: every run is the same run. */
    public static final String TIME_VIRTUAL = "virtual";
    /** Guest time follows the host's clock (what {@code guestlab run --time host} does). */
    public static final String TIME_WALLCLOCK = "wallclock";
    /** boolean: answer RISC-V semihosting calls ({@code --semihosting}); default false. */
    public static final String SEMIHOSTING = PREFIX + "semihosting";
    /** String: the only folder semihosting file calls may use ({@code --semihosting-root}); empty: no host files. */
    public static final String SEMIHOSTING_ROOT = PREFIX + "semihostingRoot";
    /** boolean: a virtio entropy device ({@code --rng}); default false. */
    public static final String RNG = PREFIX + "rng";
    /** String: the entropy device's seed, a decimal or 0x number ({@code --rng-seed}); empty: 0. */
    public static final String RNG_SEED = PREFIX + "rngSeed";

    /**
     * String: a snapshot file (written by the Snapshots view's "Save to file" or {@code guestlab
     * snapshot}) to start from instead of booting; empty: boot. The machine is the snapshot's own
     * (its harts, memory and drives; the other machine attributes are ignored, the drives' base
     * images must be unchanged); the symbol files still come from {@link #SYMBOL_FILES} (or the
     * snapshot's kernel). A debug launch stops where the snapshot was taken unless
     * {@link #STOP_AT} is {@link #STOP_AT_NONE}.
     */
    public static final String SNAPSHOT_FILE = PREFIX + "snapshotFile";

    // ---------------------------------------------------------------------------------------
    // The debugger

    /**
     * List of String: the ELF files that give symbols, each encoded by {@link SymbolFile#encode()}
     * ({@code OFFSET;PATH}, the load offset added to every link-time address). Empty or absent:
     * the kernel, when it is an ELF, with offset 0.
     */
    public static final String SYMBOL_FILES = PREFIX + "symbolFiles";

    /** String: where a debug launch stops first: one of the {@code STOP_AT_*} values; default {@link #STOP_AT_MAIN}. */
    public static final String STOP_AT = PREFIX + "stopAt";
    /** Do not stop: run until a breakpoint, a caught trap or the end. */
    public static final String STOP_AT_NONE = "none";
    /** Stop before the first instruction (the reset vector at 0x1000). */
    public static final String STOP_AT_RESET = "reset";
    /** Stop at the kernel's entry point (the ELF's e_entry). */
    public static final String STOP_AT_ENTRY = "entry";
    /** Stop at {@code main} (after its prologue, as gdb's {@code break main}). */
    public static final String STOP_AT_MAIN = "main";
    /** Stop at the function named by {@link #STOP_AT_FUNCTION}. */
    public static final String STOP_AT_FUNCTION_NAME = "function";
    /** String: the function {@link #STOP_AT_FUNCTION_NAME} stops at, e.g. {@code kmain}. */
    public static final String STOP_AT_FUNCTION = PREFIX + "stopAtFunction";

    /**
     * List of String: traps that stop the machine when taken, each encoded by
     * {@link CaughtTrap#encode()} ({@code exception:2}, {@code interrupt:7}); default none.
     * Breakpoints of the catchpoint kind add to these.
     */
    public static final String CATCH_TRAPS = PREFIX + "catchTraps";

    /** boolean: also serve the GDB remote protocol so an external gdb can attach; default false. */
    public static final String GDB_SERVER = PREFIX + "gdbServer";
    /** int: the TCP port of the GDB server (on localhost); default from the preferences. */
    public static final String GDB_PORT = PREFIX + "gdbPort";

    // ---------------------------------------------------------------------------------------
    // A replay (what "Debug this test" launches on a failed guest test's replay files)

    /**
     * String: a snapshot file (as {@code guestlab run --load-snapshot}) the machine starts from
     * instead of booting its images; the machine attributes then only give the symbols' default
     * (the kernel). Empty: boot.
     */
    public static final String REPLAY_SNAPSHOT = PREFIX + "replaySnapshot";
    /** String: the recording of the run's inputs ({@code guestlab run --replay}); empty: none. Needs {@link #REPLAY_SNAPSHOT}. */
    public static final String REPLAY_FILE = PREFIX + "replayFile";
    /**
     * String: a decimal machine step count ({@code guestlab run --stop-at-step}); a debug launch
     * of a replay stops there first, instead of where {@link #STOP_AT} says (a failed test's
     * replay: the failing instruction). Empty: {@link #STOP_AT}. Needs {@link #REPLAY_SNAPSHOT}.
     */
    public static final String STOP_AT_STEP = PREFIX + "stopAtStep";

    private LaunchAttributes() {
    }
}
