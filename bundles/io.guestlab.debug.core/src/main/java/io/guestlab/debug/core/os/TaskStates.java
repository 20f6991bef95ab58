package io.guestlab.debug.core.os;

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

    static TaskStates of(KernelGlobals kernel, KernelAccess machine) {
        try {
            if (kernel.hasSymbol("task_state_array")) {
                GuestObject array = kernel.get("task_state_array", machine);
                List<String> names = new ArrayList<>();
                for (long i = 0; i < array.length(); i++) {
                    String s = array.element(i).pointedString(32);
                    if (s == null || s.isEmpty()) {
                        return new TaskStates(BUILT_IN); // not initialised as the kernel's image has it
                    }
                    names.add(s);
                }
                return new TaskStates(names);
            }
        } catch (OsAwarenessException e) {
            // the built-in names say the same
        }
        return new TaskStates(BUILT_IN);
    }

    /** The name of a task's {@code __state} and {@code exit_state} (fs/proc/array.c's get_task_state). */
    String name(long state, long exitState) {
        long report = (state | exitState) & TASK_REPORT;
        int index = state == TASK_IDLE ? Long.SIZE - Long.numberOfLeadingZeros(TASK_REPORT + 1)
                : Long.SIZE - Long.numberOfLeadingZeros(report);
        return index < names.size() ? names.get(index) : String.format("0x%x", state);
    }
}
