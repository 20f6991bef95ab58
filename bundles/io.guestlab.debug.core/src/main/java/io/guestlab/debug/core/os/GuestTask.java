package io.guestlab.debug.core.os;

import java.util.Map;

/**
 * A process or task of the guest kernel as its {@link OsAwarenessProvider} read it at a stop.
 *
 * @param address        where the kernel keeps it (its {@code struct proc} or {@code task_struct}): its identity
 * @param pid            the kernel's process id
 * @param name           its name ({@code comm}, {@code name}), as the kernel spells it
 * @param state          the kernel's own name for its state ({@code SLEEPING}, {@code S (sleeping)})
 * @param hart           the hart running it now, or -1 when it runs nowhere
 * @param savedRegisters the registers the kernel saved when it last switched away from it, by DWARF number
 *                       (1 = ra, 2 = sp, 8/9 = s0/s1, 18-27 = s2-s11); empty when nothing is saved
 * @param process        the pid of the process it is a thread of (Linux's tgid): its own pid for a process
 *                       (a thread group's leader)
 */
public record GuestTask(long address, long pid, String name, String state, int hart, Map<Integer, Long> savedRegisters,
                        long process) {

    /** DWARF numbers of the registers a RISC-V context switch saves (psABI: ra, sp and s0-s11). */
    public static final int RA = 1;
    public static final int SP = 2;

    public GuestTask {
        savedRegisters = Map.copyOf(savedRegisters);
    }

    /** A process: a task that is its own thread group (every task of a kernel without threads). */
    public GuestTask(long address, long pid, String name, String state, int hart, Map<Integer, Long> savedRegisters) {
        this(address, pid, name, state, hart, savedRegisters, pid);
    }

    /** Whether it is a thread of another task's process rather than a process (or its first thread) itself. */
    public boolean isThread() {
        return process != pid;
    }

    /** The DWARF number of {@code s<n>} (s0, s1 are x8, x9; s2-s11 are x18-x27). */
    public static int s(int n) {
        return n < 2 ? 8 + n : 16 + n;
    }

    public boolean isRunning() {
        return hart >= 0;
    }

    /** {@code pid 3 worker [SLEEPING]}, {@code pid 1 init [RUNNING on hart 0]}, {@code pid 9 worker (thread of pid 7) [S (sleeping)]}. */
    public String label() {
        return "pid " + pid + " " + name + (isThread() ? " (thread of pid " + process + ")" : "") + " [" + state
                + (hart >= 0 ? " on hart " + hart : "") + "]";
    }
}
