package io.guestlab.debug.core.os;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SymbolsException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Linux on RISC-V: the tasks on {@code init_task}'s {@code tasks} list (every process: a thread
 * group's leader), each followed by the other threads of its group (the ring of {@code
 * thread_group} links, or, on kernels without it, of {@code thread_node} links from {@code
 * signal->thread_head}), each {@code task_struct}'s {@code pid}, {@code tgid}, {@code comm},
 * state and the {@code thread} registers {@code __switch_to} saved (ra, sp, s[12]). The hart
 * running a task is the one whose current task it is: {@code tp} in the kernel, {@code sscratch}
 * in user mode (arch/riscv/kernel/entry.S). Idle tasks of other harts are not on the list; they
 * are added when a hart runs one.
 */
public final class LinuxProvider implements OsAwarenessProvider {

    /** A corrupt list must not loop forever: more tasks than this is an error. */
    static final int MAX_TASKS = 1 << 16;
    private static final int SSCRATCH = 0x140;
    private static final int TP = 4;

    private KernelGlobals globals;

    @Override
    public String kernelName() {
        return "Linux";
    }

    @Override
    public boolean recognises(Program kernel) throws SymbolsException {
        return kernel.addressOf("init_task").isPresent() && kernel.addressOf("linux_banner").isPresent();
    }

    @Override
    public List<GuestTask> tasks(Program kernel, KernelAccess machine) throws OsAwarenessException {
        if (globals == null || globals.kernel() != kernel) {
            globals = new KernelGlobals(kernel);
        }
        GuestObject init = globals.get("init_task", machine);
        TaskStates states = TaskStates.of(globals, machine);
        Map<Long, Integer> current = currentTasks(machine);
        CType taskType = init.type();
        long link = GuestObject.offsetOf(taskType, "tasks");
        long head = init.address() + link;
        Map<Long, GuestTask> tasks = new LinkedHashMap<>();
        tasks.put(init.address(), task(init, states, current));
        long node = init.member("tasks").member("next").unsigned();
        // counts the list's nodes, not the tasks found: their threads are not on this list
        for (int n = 1; node != head; n++) {
            if (n >= MAX_TASKS) {
                throw new OsAwarenessException("init_task.tasks has more than " + MAX_TASKS + " tasks: the list is corrupt");
            }
            GuestObject t = taskAt(node - link, taskType, machine);
            if (tasks.containsKey(t.address())) {
                throw new OsAwarenessException(String.format("init_task.tasks loops back to 0x%x without reaching its head", t.address()));
            }
            tasks.put(t.address(), task(t, states, current));
            addThreads(t, taskType, tasks, states, current, machine);
            node = t.member("tasks").member("next").unsigned();
        }
        List<GuestTask> out = new ArrayList<>(tasks.values());
        for (Map.Entry<Long, Integer> c : current.entrySet()) {
            if (!tasks.containsKey(c.getKey())) {
                GuestObject idle = taskAt(c.getKey(), taskType, machine);
                try {
                    out.add(task(idle, states, current));
                } catch (OsAwarenessException e) {
                    // tp is not a task yet (early boot) or any more: the hart runs no task we can show
                }
            }
        }
        return out;
    }

    private static GuestObject taskAt(long address, CType taskType, KernelAccess machine) {
        return GuestObject.at(String.format("(*(struct task_struct *)0x%x)", address), taskType, address, machine);
    }

    /**
     * Adds the threads of {@code leader}'s group after it (only leaders are on the tasks list):
     * {@code thread_group} links the group's tasks in a ring through each of them (before 6.7);
     * later kernels link them on {@code thread_node} from the {@code signal_struct}'s {@code thread_head}.
     */
    private static void addThreads(GuestObject leader, CType taskType, Map<Long, GuestTask> tasks, TaskStates states,
                                   Map<Long, Integer> current, KernelAccess machine) throws OsAwarenessException {
        String field;
        long head;
        if (leader.has("thread_group")) {
            field = "thread_group";
            head = leader.member("thread_group").address();
        } else if (leader.has("thread_node") && leader.has("signal")) {
            GuestObject signal = leader.member("signal").deref();
            if (signal == null || !signal.has("thread_head")) {
                return;
            }
            field = "thread_node";
            head = signal.member("thread_head").address();
        } else {
            return; // a kernel without threads
        }
        long link = GuestObject.offsetOf(taskType, field);
        long node = GuestObject.at(leader.path() + "." + field, leader.member(field).type(), head, machine).member("next").unsigned();
        for (int n = 0; node != head; n++) {
            if (n >= MAX_TASKS) {
                throw new OsAwarenessException(leader.path() + "." + field + " has more than " + MAX_TASKS + " threads: the list is corrupt");
            }
            GuestObject t = taskAt(node - link, taskType, machine);
            if (!tasks.containsKey(t.address())) {
                tasks.put(t.address(), task(t, states, current));
            }
            node = t.member(field).member("next").unsigned();
        }
    }

    private static GuestTask task(GuestObject t, TaskStates states, Map<Long, Integer> current) throws OsAwarenessException {
        GuestObject stateField = t.has("__state") ? t.member("__state") : t.member("state");
        long exitState = t.has("exit_state") ? t.member("exit_state").unsigned() : 0;
        Integer hart = current.get(t.address());
        long pid = t.member("pid").integer();
        return new GuestTask(t.address(), pid, t.member("comm").string(), states.name(stateField.unsigned(), exitState),
                hart == null ? -1 : hart, thread(t.member("thread")), t.has("tgid") ? t.member("tgid").integer() : pid);
    }

    /** ra, sp and s0-s11 of the task's {@code struct thread_struct}. */
    private static Map<Integer, Long> thread(GuestObject thread) throws OsAwarenessException {
        Map<Integer, Long> regs = new HashMap<>();
        regs.put(GuestTask.RA, thread.member("ra").unsigned());
        regs.put(GuestTask.SP, thread.member("sp").unsigned());
        GuestObject s = thread.member("s");
        for (int n = 0; n < Math.min(12, s.length()); n++) {
            regs.put(GuestTask.s(n), s.element(n).unsigned());
        }
        return regs;
    }

    /** Each hart's current task (riscv keeps it in tp while in the kernel, in sscratch while in user mode). */
    private static Map<Long, Integer> currentTasks(KernelAccess machine) {
        Map<Long, Integer> current = new HashMap<>();
        for (int h = 0; h < machine.harts(); h++) {
            long task = switch (machine.privilege(h)) {
                case KernelAccess.SUPERVISOR -> machine.register(h, TP).orElse(0);
                case KernelAccess.USER -> machine.csr(h, SSCRATCH).orElse(0);
                default -> 0; // in the firmware: whose call it serves is not known here
            };
            // kernel addresses are in the upper half of the address space (Sv39/Sv48)
            if (task < 0) {
                current.putIfAbsent(task, h);
            }
        }
        return current;
    }
}
