package io.guestlab.debug.core.session;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.SymbolFile;
import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.os.OsAwareness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/**
 * The Linux provider on the example Linux (examples/linux/build, made by build-kernel; its
 * vmlinux carries DWARF 4): booted on OpenSBI to the init's power-off, the tasks on init_task's
 * list with their pids, names and states, init running on the hart, and a sleeping kernel
 * thread's saved stack unwound into the scheduler.
 */
public class LinuxTasksTest {

    private static final Path FW_JUMP = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin");

    private final Recorder events = new Recorder();
    private MachineSession session;

    @After
    public void end() {
        if (session != null) {
            session.close();
        }
    }

    private static Path build(String name) {
        Path p = DebugKernel.root().resolve("examples/linux/build").resolve(name);
        if (!Files.isRegularFile(p) || !Files.isRegularFile(FW_JUMP)) {
            String message = p + " or " + FW_JUMP + " is missing (examples/linux/build-kernel; Debian's opensbi)";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message);
            }
            assumeTrue(message, false);
        }
        return p;
    }

    /** Boots the example Linux on {@code harts} harts and stops where its init powers off. */
    private void bootToPowerOff(int harts) throws Exception {
        boot(harts, "kernel_power_off");
    }

    /** Boots the example Linux on {@code harts} harts and stops at the kernel's function {@code stopAt}. */
    private void boot(int harts, String stopAt) throws Exception {
        Map<String, Object> a = new HashMap<>();
        a.put(LaunchAttributes.FIRMWARE, FW_JUMP.toString());
        a.put(LaunchAttributes.KERNEL, build("Image").toString());
        a.put(LaunchAttributes.INITRD, build("initramfs.cpio").toString());
        a.put(LaunchAttributes.BOOTARGS, "console=ttyS0");
        a.put(LaunchAttributes.MEMORY, "256M");
        a.put(LaunchAttributes.HARTS, harts);
        a.put(LaunchAttributes.SYMBOL_FILES, List.of(new SymbolFile(build("vmlinux").toString(), 0).encode()));
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_FUNCTION_NAME);
        a.put(LaunchAttributes.STOP_AT_FUNCTION, stopAt);
        session = MachineSession.start(DebugKernel.setup(a), events, true);
        events.stop();
    }

    /**
     * Watchpoints on kernel globals, at their upper-half virtual addresses (negative as a Java
     * long, which the debugger once took for "not in memory"): jiffies_64, written at every
     * timer tick, stops the boot in the tick code; panic_cpu, written only by a panic, does not.
     */
    @Test
    public void watchpointsOnLinuxGlobals() throws Exception {
        boot(1, "start_kernel");
        BreakpointSpec jiffies = BreakpointSpec.of(new BreakpointSpec.Watch("jiffies_64", 0, false, true));
        events.place(session, jiffies);
        String before = value("jiffies_64");
        session.resume();
        Stop hit = events.stop();
        assertEquals(hit.toString(), Stop.Kind.WATCHPOINT, hit.kind());
        assertTrue(hit.detail(), hit.detail().startsWith("watchpoint (write) on jiffies_64"));
        assertTrue("written by the tick code: " + functions(session.frames(0)), functions(session.frames(0)).stream()
                .anyMatch(f -> f.contains("tick") || f.contains("do_timer")));
        assertTrue(before + " -> " + value("jiffies_64"), Long.parseUnsignedLong(value("jiffies_64")) > Long.parseUnsignedLong(before));

        session.removeBreakpoint(jiffies);
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Watch("panic_cpu", 0, false, true)));
        events.place(session, BreakpointSpec.of(new BreakpointSpec.Function("kernel_power_off")));
        session.resume();
        Stop end = events.stop();
        assertEquals("no panic on the way to the power-off: " + end, Stop.Kind.BREAKPOINT, end.kind());
        assertTrue(functions(session.frames(0)).toString(), functions(session.frames(0)).contains("kernel_power_off"));
    }

    /**
     * A system call's backtrace: the handler's frames, then handle_exception (stvec's vector; the
     * handler returns to its local label check_syscall_nr), then the user code it interrupted at
     * sepc, where the backtrace ends; before, the frame-pointer guess past the label read garbage.
     */
    @Test
    public void aSystemCallUnwindsThroughTheTrapEntryToTheUserPc() throws Exception {
        boot(1, "do_sys_openat2");
        List<FrameInfo> frames = session.frames(0);
        List<String> functions = functions(frames);
        int entry = functions.indexOf("check_syscall_nr");
        assertTrue(functions.toString(), functions.indexOf("do_sys_openat2") == 0 && entry > 0);
        assertEquals("the user pc follows the trap entry, and ends the backtrace: " + functions, entry + 2, frames.size());
        FrameInfo user = frames.get(entry + 1);
        assertTrue(user.toString(), user.trap());
        String sepc = value("$sepc");
        assertEquals(sepc, sepc.startsWith("0x") ? Long.parseUnsignedLong(sepc.substring(2), 16) : Long.parseUnsignedLong(sepc), user.pc());
        assertTrue(String.format("a user address: 0x%x", user.pc()), user.pc() > 0 && user.pc() < 0x40_0000_0000L);
    }

    private String value(String expression) {
        MachineSession.Evaluation e = session.evaluate(expression, session.frames(0).get(0));
        assertNull(expression + ": " + e.error(), e.error());
        return e.value().text();
    }

    @Test
    public void listsTheTasksOfABootedLinuxAndUnwindsASleepingKernelThread() throws Exception {
        bootToPowerOff(1);
        assertTrue(functions(session.frames(0)).toString(), functions(session.frames(0)).contains("kernel_power_off"));

        long start = System.nanoTime();
        OsAwareness.TaskList list = session.tasks();
        System.out.printf("LinuxTasksTest: first listing (recognition + DWARF of vmlinux) %.0f ms%n", (System.nanoTime() - start) / 1e6);
        assertNull(list.problem(), list.problem());
        assertEquals("Linux", list.kernelName());
        list.tasks().forEach(t -> System.out.println("  " + t.label()));
        start = System.nanoTime();
        session.tasks();
        System.out.printf("LinuxTasksTest: a later listing (%d tasks) %.1f ms%n", list.tasks().size(), (System.nanoTime() - start) / 1e6);

        GuestTask swapper = list.tasks().get(0);
        assertEquals("init_task comes first", 0, swapper.pid());
        assertEquals("swapper/0", swapper.name());
        GuestTask init = byPid(list, 1);
        assertEquals("init", init.name());
        assertEquals("init powers off: it runs on the hart, in the kernel", 0, init.hart());
        assertEquals("R (running)", init.state());
        GuestTask kthreadd = byPid(list, 2);
        assertEquals("kthreadd", kthreadd.name());
        assertEquals(-1, kthreadd.hart());
        assertEquals("S (sleeping)", kthreadd.state());
        assertTrue("kernel threads beside init: " + list.tasks(), list.tasks().size() > 3);

        // init's frames are the hart's; kthreadd's are unwound from thread.ra/sp/s[]
        assertEquals(functions(session.frames(0)), functions(session.taskFrames(init)));
        List<String> functions = functions(session.taskFrames(kthreadd));
        assertTrue(functions.toString(), functions.indexOf("__schedule") >= 0);
        assertTrue(functions.toString(), functions.indexOf("schedule") > functions.indexOf("__schedule"));
        assertTrue(functions.toString(), functions.indexOf("kthreadd") > functions.indexOf("schedule"));
        assertTrue("no frame below the kernel's entry code is a guess: " + functions, functions.stream().allMatch(f -> f != null));
    }

    @Test
    public void anotherHartsIdleTaskIsShownOnItsHart() throws Exception {
        bootToPowerOff(2);
        OsAwareness.TaskList list = session.tasks();
        assertNull(list.problem(), list.problem());
        GuestTask idle = list.tasks().stream().filter(t -> t.name().equals("swapper/1")).findFirst()
                .orElseThrow(() -> new AssertionError("no swapper/1 in " + list.tasks()));
        assertEquals("hart 1 idles in swapper/1 (not on init_task's list: found as hart 1's current task)", 1, idle.hart());
        assertEquals(0, idle.pid());
        assertEquals(functions(session.frames(1)), functions(session.taskFrames(idle)));
    }

    private static List<String> functions(List<FrameInfo> frames) {
        return frames.stream().map(FrameInfo::function).toList();
    }

    private static GuestTask byPid(OsAwareness.TaskList list, long pid) {
        return list.tasks().stream().filter(t -> t.pid() == pid).findFirst()
                .orElseThrow(() -> new AssertionError("no pid " + pid + " in " + list.tasks()));
    }
}
