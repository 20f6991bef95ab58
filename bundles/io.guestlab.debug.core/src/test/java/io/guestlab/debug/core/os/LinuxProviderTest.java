package io.guestlab.debug.core.os;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.Variables;

import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Linux provider alone on the example Linux's vmlinux (its DWARF 4 gives task_struct's
 * layout) over a memory written here: the tasks list walked by its link offsets, states by
 * /proc's names, the current task of a hart in the kernel, and a corrupt list refused.
 */
public class LinuxProviderTest {

    private static Program vmlinux;
    private static CType taskStruct;
    private static long initTask;

    @BeforeClass
    public static void open() throws Exception {
        vmlinux = Program.open(Xv6ProviderTest.example("linux/build/vmlinux"), 0);
        taskStruct = Variables.global(vmlinux, "init_task").type();
        initTask = vmlinux.addressOf("init_task").getAsLong();
    }

    private static long at(String member) throws OsAwarenessException {
        return GuestObject.offsetOf(taskStruct, member);
    }

    /** A kernel image's memory: the whole upper half readable, zero unless written. */
    private static FakeKernel memory() {
        return new FakeKernel(0xffffffff00000000L, 0xfffffffffffff000L);
    }

    private static void task(FakeKernel m, long task, int pid, String comm, long state, long next) throws Exception {
        thread(m, task, pid, pid, comm, state);
        m.write(task + at("tasks"), next + at("tasks"), 8);
    }

    /** A task not linked on the tasks list: its pid, its process's (tgid), and a thread group of its own until linked. */
    private static void thread(FakeKernel m, long task, int pid, int tgid, String comm, long state) throws Exception {
        m.write(task + at("pid"), pid, 4);
        m.write(task + at("tgid"), tgid, 4);
        m.write(task + at("thread_group"), task + at("thread_group"), 8);
        m.writeString(task + at("comm"), comm);
        m.write(task + at("__state"), state, 4);
        long thread = task + at("thread");
        m.write(thread + GuestObject.offsetOf(taskStruct.stripped().member("thread").type(), "ra"), 0xffffffff80001234L, 8);
    }

    @Test
    public void walksInitTasksListWithStatesAndTheCurrentTask() throws Exception {
        LinuxProvider linux = new LinuxProvider();
        assertTrue(linux.recognises(vmlinux));
        FakeKernel m = memory();
        long a = 0xffffffff90100000L;
        long b = 0xffffffff90200000L;
        task(m, initTask, 0, "swapper/0", 0, a);
        task(m, a, 1, "init", 0x1, b);         // TASK_INTERRUPTIBLE
        task(m, b, 2, "kthreadd", 0x402, initTask); // TASK_IDLE
        m.register(4, a); // tp: the hart runs init, in the kernel
        List<GuestTask> tasks = linux.tasks(vmlinux, m);
        assertEquals(List.of("pid 0 swapper/0 [R (running)]", "pid 1 init [S (sleeping) on hart 0]",
                "pid 2 kthreadd [I (idle)]"), tasks.stream().map(GuestTask::label).toList());
        assertEquals(0xffffffff80001234L, (long) tasks.get(2).savedRegisters().get(GuestTask.RA));
    }

    @Test
    public void theThreadsOfAProcessFollowIt() throws Exception {
        FakeKernel m = memory();
        long app = 0xffffffff90100000L;
        long worker = 0xffffffff90200000L;
        long io = 0xffffffff90300000L;
        task(m, initTask, 0, "swapper/0", 0, app);
        task(m, app, 5, "app", 0x1, initTask);
        thread(m, worker, 6, 5, "app-worker", 0x1);
        thread(m, io, 7, 5, "app-io", 0x2);
        // the group's ring, through each task's thread_group: app -> worker -> io -> app
        m.write(app + at("thread_group"), worker + at("thread_group"), 8);
        m.write(worker + at("thread_group"), io + at("thread_group"), 8);
        m.write(io + at("thread_group"), app + at("thread_group"), 8);
        List<GuestTask> tasks = new LinuxProvider().tasks(vmlinux, m);
        assertEquals(List.of("pid 0 swapper/0 [R (running)]", "pid 5 app [S (sleeping)]",
                "pid 6 app-worker (thread of pid 5) [S (sleeping)]", "pid 7 app-io (thread of pid 5) [D (disk sleep)]"),
                tasks.stream().map(GuestTask::label).toList());
        assertTrue(tasks.get(2).isThread());
        assertEquals(0xffffffff80001234L, (long) tasks.get(3).savedRegisters().get(GuestTask.RA));
    }

    @Test
    public void aThreadRingThatNeverClosesIsRefused() throws Exception {
        FakeKernel m = memory();
        long app = 0xffffffff90100000L;
        long worker = 0xffffffff90200000L;
        task(m, initTask, 0, "swapper/0", 0, app);
        task(m, app, 5, "app", 0x1, initTask);
        thread(m, worker, 6, 5, "app-worker", 0x1);
        m.write(app + at("thread_group"), worker + at("thread_group"), 8); // worker's ring stays on itself
        String message = Xv6ProviderTest.message(() -> new LinuxProvider().tasks(vmlinux, m));
        assertTrue(message, message.endsWith(".thread_group has more than " + LinuxProvider.MAX_TASKS + " threads: the list is corrupt"));
    }

    @Test
    public void statesAreNamedByTheKernelsOwnTable() throws Exception {
        FakeKernel m = memory();
        long a = 0xffffffff90100000L;
        task(m, initTask, 0, "swapper/0", 0, a);
        task(m, a, 1, "init", 0x1, initTask);
        long table = vmlinux.addressOf("task_state_array").getAsLong();
        long strings = 0xffffffff90300000L;
        for (int i = 0; i < 9; i++) {
            m.write(table + 8L * i, strings + 64L * i, 8);
            m.writeString(strings + 64L * i, "state " + i + " as this kernel names it");
        }
        assertEquals(List.of("pid 0 swapper/0 [state 0 as this kernel names it]", "pid 1 init [state 1 as this kernel names it]"),
                new LinuxProvider().tasks(vmlinux, m).stream().map(GuestTask::label).toList());
    }

    @Test
    public void aListThatLoopsWithoutReachingItsHeadIsRefused() throws Exception {
        FakeKernel m = memory();
        long a = 0xffffffff90100000L;
        task(m, initTask, 0, "swapper/0", 0, a);
        task(m, a, 1, "init", 0, a); // points at itself
        String message = Xv6ProviderTest.message(() -> new LinuxProvider().tasks(vmlinux, m));
        assertEquals(String.format("init_task.tasks loops back to 0x%x without reaching its head", a), message);
    }

    @Test
    public void anUnmappedTaskSaysWhere() throws Exception {
        FakeKernel m = memory();
        task(m, initTask, 0, "swapper/0", 0, 0x1000); // a task at a user address: not readable
        String message = Xv6ProviderTest.message(() -> new LinuxProvider().tasks(vmlinux, m));
        assertTrue(message, message.startsWith("cannot read (*(struct task_struct *)0x1000)."));
    }
}
