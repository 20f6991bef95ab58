package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.os.KernelAccess;
import io.guestlab.debug.core.os.OsAwareness;
import io.guestlab.debug.core.os.OsAwarenessProvider;
import io.guestlab.symbols.Program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/**
 * OS awareness on examples/os-kernel (an xv6-like kernel, built by {@code make -C examples}): the
 * process table read through DWARF at a stop, each process's saved stack unwound, and the same
 * answers from kernel-relaid.elf, whose structs are laid out otherwise.
 */
public class GuestProcessesTest {

    private final Recorder events = new Recorder();
    private MachineSession session;

    @After
    public void end() {
        if (session != null) {
            session.close();
        }
    }

    static Path example(String name) {
        Path p = DebugKernel.root().resolve("examples/os-kernel").resolve(name);
        if (!Files.isRegularFile(p)) {
            String message = p + " is missing (build it with 'make -C examples'; needs Debian's gcc-riscv64-unknown-elf)";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message);
            }
            assumeTrue(message, false);
        }
        return p;
    }

    static int line(String file, String marker) throws IOException {
        List<String> lines = Files.readAllLines(example(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no '" + marker + "' in " + file);
    }

    /** Boots {@code elf}, stops at the worker's breakpoint {@code hits} times, and answers the process list. */
    private OsAwareness.TaskList stopInWorker(String elf, int hits, OsAwareness awareness) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put(LaunchAttributes.KERNEL, example(elf).toString());
        a.put(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        a.put(LaunchAttributes.MEMORY, "32M");
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_MAIN);
        session = MachineSession.create(DebugKernel.setup(a), events, true, List.of());
        if (awareness != null) {
            session.setOsAwareness(awareness);
        }
        session.begin();
        events.stop();
        assertEquals("no processes before main spawned them", List.of(), session.tasks().tasks());
        session.addBreakpoint(BreakpointSpec.of(new BreakpointSpec.Line(example("main.c").toString(),
                line("main.c", "BREAK: worker"))));
        assertNull(events.next(Recorder.Placed.class).problem());
        for (int i = 0; i < hits; i++) {
            session.resume();
            assertEquals(Stop.Kind.BREAKPOINT, events.stop().kind());
        }
        return session.tasks();
    }

    private static GuestTask byName(OsAwareness.TaskList list, String name) {
        return list.tasks().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no process " + name + " in " + list));
    }

    private List<String> functions(GuestTask task) {
        return session.taskFrames(task).stream().map(FrameInfo::function).toList();
    }

    private void assertFirstStop(String elf) throws Exception {
        OsAwareness.TaskList list = stopInWorker(elf, 1, null);
        assertNull(list.problem(), list.problem());
        assertEquals("xv6", list.kernelName());
        assertEquals(List.of("pid 1 clock [RUNNABLE]", "pid 2 sh [SLEEPING]", "pid 3 worker [RUNNING on hart 0]",
                "pid 4 greeter [RUNNABLE]"), list.tasks().stream().map(GuestTask::label).toList());

        // saved stacks: swtch returns into sched, called from yield or sleep
        assertEquals(List.of("sched", "yield", "clock_main", "proc_start"), functions(byName(list, "clock")));
        List<FrameInfo> sh = session.taskFrames(byName(list, "sh"));
        assertEquals(List.of("sched", "sleep", "sh_main", "proc_start"), sh.stream().map(FrameInfo::function).toList());
        assertEquals("the innermost frame is the call of swtch", line("proc.c", "swtch(&p->context, &cpus[0].context);"),
                sh.get(0).line());
        assertEquals(line("main.c", "sleep(&ticks);"), sh.get(2).line());
        // a process that never ran starts at its entry
        assertEquals(List.of("proc_entry"), functions(byName(list, "greeter")));
        // the running one is its hart's stack
        assertEquals(List.of("work", "worker_main", "proc_start"), functions(byName(list, "worker")));

        // a sleeping frame's variables are read on its own stack
        FrameInfo sleep = sh.get(1);
        ValueNode chan = session.variables(sleep).stream().filter(v -> v.name().equals("chan")).findFirst().orElseThrow();
        assertEquals(session.evaluate("&ticks", null).value().integer(), chan.integer());
    }

    @Test
    public void listsTheProcessTableWithStatesAndUnwindsEachSavedStack() throws Exception {
        assertFirstStop("build/kernel.elf");
    }

    @Test
    public void readsAKernelWithAnotherStructLayoutThroughItsTypes() throws Exception {
        assertFirstStop("build/kernel-relaid.elf");
    }

    @Test
    public void anExitedProcessIsAZombieStoppedInExit() throws Exception {
        OsAwareness.TaskList list = stopInWorker("build/kernel.elf", 2, null);
        GuestTask greeter = byName(list, "greeter");
        assertEquals("ZOMBIE", greeter.state());
        assertEquals(-1, greeter.hart());
        assertEquals(List.of("sched", "exit", "proc_start"), functions(greeter));
        assertEquals("SLEEPING", byName(list, "sh").state());
    }

    @Test
    public void aKernelNoProviderKnowsHasNoProcesses() throws Exception {
        session = MachineSession.start(DebugKernel.setup(DebugKernel.attributes()), events, true);
        events.stop();
        assertEquals(OsAwareness.TaskList.NONE, session.tasks());
    }

    @Test
    public void aFailingProviderIsAProblemNotAnError() throws Exception {
        OsAwarenessProvider broken = new OsAwarenessProvider() {
            @Override
            public String kernelName() {
                return "broken";
            }

            @Override
            public boolean recognises(Program kernel) {
                return true;
            }

            @Override
            public List<GuestTask> tasks(Program kernel, KernelAccess machine) {
                throw new IllegalStateException("bug in a provider");
            }
        };
        OsAwareness.TaskList list = stopInWorker("build/kernel.elf", 1, new OsAwareness(List.of(broken)));
        assertEquals(List.of(), list.tasks());
        assertNotNull(list.problem());
        assertTrue(list.problem(), list.problem().contains("bug in a provider"));
    }
}
