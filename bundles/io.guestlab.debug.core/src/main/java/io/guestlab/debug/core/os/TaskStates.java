package io.guestlab.debug.core.os;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.ElfSymbol;

import java.util.ArrayList;
import java.util.List;

/**
 * Linux task states by name, as /proc/PID/status spells them. The state bits are macros
 * (include/linux/sched.h), which DWARF does not carry, so their values are the kernel's ABI here;
 * the names come from the kernel's own {@code task_state_array} (fs/proc/array.c) when it has one.
 */
final class TaskStates {

    /** TASK_RUNNING ... TASK_PARKED, exit states included: the bits /proc reports (TASK_REPORT). */
    private static final long TASK_REPORT = 0x7f;
    /** TASK_UNINTERRUPTIBLE | TASK_NOLOAD: a kernel thread waiting without load, shown as idle. */
    private static final long TASK_IDLE = 0x402;
    private static final List<String> BUILT_IN = List.of("R (running)", "S (sleeping)", "D (disk sleep)",
            "T (stopped)", "t (tracing stop)", "X (dead)", "Z (zombie)", "P (parked)", "I (idle)");

    private final List<String> names;

    private TaskStates(List<String> names) {
        this.names = names;
    }

    /**
     * The kernel's names when its {@code task_state_array} is readable, else the built-in ones. The
     * table is an array of {@code char *}: its symbol's size says how many (looking its DWARF type
     * up would walk most of a vmlinux's units, seconds at the first stop).
     */
    static TaskStates of(KernelGlobals kernel, KernelAccess machine) {
        ElfSymbol table = kernel.dataSymbol("task_state_array");
        int pointer = kernel.kernel().is64Bit() ? 8 : 4;
        if (table == null || table.size() < pointer || table.size() % pointer != 0) {
            return new TaskStates(BUILT_IN);
        }
        CType charPointer = CType.pointerTo(CType.base("char", 1, CType.Encoding.SIGNED_CHAR), pointer);
        List<String> names = new ArrayList<>();
        try {
            for (long i = 0; i < table.size() / pointer; i++) {
                String name = GuestObject.at("task_state_array[" + i + "]", charPointer, table.address() + i * pointer, machine)
                        .pointedString(32);
                if (name == null || name.isEmpty()) {
                    return new TaskStates(BUILT_IN); // not initialised as the kernel's image has it
                }
                names.add(name);
            }
        } catch (OsAwarenessException e) {
            return new TaskStates(BUILT_IN);
        }
        return new TaskStates(names);
    }

    /** The name of a task's {@code __state} and {@code exit_state} (fs/proc/array.c's get_task_state). */
    String name(long state, long exitState) {
        long report = (state | exitState) & TASK_REPORT;
        int index = state == TASK_IDLE ? Long.SIZE - Long.numberOfLeadingZeros(TASK_REPORT + 1)
                : Long.SIZE - Long.numberOfLeadingZeros(report);
        return index < names.size() ? names.get(index) : String.format("0x%x", state);
    }
}
