package io.guestlab.debug.core.launching;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assume.assumeTrue;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.SymbolFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** Every field of a Guestlab Machine configuration gets one sentence naming it when it is wrong. */
public class MachineSetupTest {

    private static Path kernel() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("examples/Makefile"))) {
            root = root.getParent();
        }
        Path elf = root == null ? null : root.resolve("examples/debug-kernel/build/kernel.elf");
        assumeTrue("examples/debug-kernel/build/kernel.elf is missing (make -C examples)",
                elf != null && Files.isRegularFile(elf) || "1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS")));
        return elf;
    }

    private static Map<String, Object> good() {
        Map<String, Object> a = new HashMap<>();
        a.put(LaunchAttributes.KERNEL, kernel().toString());
        a.put(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        return a;
    }

    private static String machine(Map<String, Object> a) {
        return MachineSetup.machineProblem(a, s -> s);
    }

    @Test
    public void aGoodConfigurationHasNoProblem() throws Exception {
        Map<String, Object> a = good();
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_FUNCTION_NAME);
        a.put(LaunchAttributes.STOP_AT_FUNCTION, "run_task");
        a.put(LaunchAttributes.CATCH_TRAPS, List.of("exception:2", "interrupt:7"));
        assertNull(machine(a));
        assertNull(MachineSetup.symbolsProblem(a, s -> s));
        assertNull(MachineSetup.debuggerProblem(a, s -> s));
        MachineSetup setup = MachineSetup.read(a, s -> s);
        assertEquals(kernel(), setup.symbols().get(0).file()); // the kernel gives the symbols by default
        assertEquals(2, setup.traps().size());
        assertNull(setup.board().bios());
    }

    @Test
    public void eachMachineFieldNamesItself() {
        Map<String, Object> a = good();
        a.put(LaunchAttributes.KERNEL, "/nonexistent/kernel.elf");
        assertEquals("Kernel: /nonexistent/kernel.elf does not exist or is not a file", machine(a));

        a = good();
        a.put(LaunchAttributes.MEMORY, "12X");
        assertEquals("Memory: '12X' is not a size like 256M, 1G, 1.5G, 512K or 4096B (no suffix means MiB)", machine(a));

        a = good();
        a.put(LaunchAttributes.HARTS, 9);
        assertEquals("Harts: 9 is out of range 1..8", machine(a));

        a = good();
        a.put(LaunchAttributes.TIME_MODE, "fast");
        assertEquals("Time: 'fast' is not virtual or wallclock", machine(a));

        a = good();
        a.put(LaunchAttributes.DRIVES, List.of("file=" + kernel() + ",bogus"));
        assertEquals("Drives: unknown part 'bogus' in 'file=" + kernel() + ",bogus' (expected file=IMG[,readonly|,persistent][,bus=N]"
                + "[,serial=S][,discard=ignore|unmap|unmap-clusters][,writethrough])",
                machine(a));

        a = good();
        a.put(LaunchAttributes.INITRD, "/nonexistent/initrd");
        assertEquals("Initrd: /nonexistent/initrd does not exist or is not a file", machine(a));

        a = new HashMap<>();
        a.put(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        assertEquals("Machine: with no firmware there must be a kernel to run", machine(a));

        a = good();
        a.put(LaunchAttributes.GDB_SERVER, true);
        a.put(LaunchAttributes.GDB_PORT, 70000);
        assertEquals("GDB server port: 70000 is out of range 1..65535", machine(a));

        a = good();
        a.put(LaunchAttributes.HARTS, "two");
        assertEquals("Harts: 'two' is not a whole number", machine(a));
    }

    @Test
    public void aMachineFileProblemNamesTheFile() throws IOException {
        Path file = Files.createTempFile("broken", ".machine");
        try {
            Files.writeString(file, "<not a machine");
            Map<String, Object> a = new HashMap<>();
            a.put(LaunchAttributes.MACHINE_FILE, file.toString());
            String problem = machine(a);
            assertEquals("Machine file: " + file, problem.substring(0, ("Machine file: " + file).length()));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void symbolsAndDebuggerFieldsNameThemselves() throws IOException {
        Map<String, Object> a = good();
        a.put(LaunchAttributes.SYMBOL_FILES, List.of("zz;" + kernel()));
        assertEquals("Symbols: symbol file '" + kernel() + "': load offset 'zz' is not a number (decimal or 0x hex)",
                MachineSetup.symbolsProblem(a, s -> s));

        Path text = Files.createTempFile("notelf", ".txt");
        try {
            Files.writeString(text, "hello");
            a.put(LaunchAttributes.SYMBOL_FILES, List.of(new SymbolFile(text.toString(), 0x1000).encode()));
            assertEquals("Symbols: " + text + " is not an ELF file", MachineSetup.symbolsProblem(a, s -> s));
        } finally {
            Files.delete(text);
        }

        a = good();
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_FUNCTION_NAME);
        a.put(LaunchAttributes.STOP_AT_FUNCTION, "kmain");
        assertEquals("Stop at function: no function 'kmain' in " + kernel(), MachineSetup.debuggerProblem(a, s -> s));

        a = good();
        a.put(LaunchAttributes.STOP_AT, "somewhere");
        assertEquals("Stop at: 'somewhere' is not none, reset, entry, main or function", MachineSetup.debuggerProblem(a, s -> s));

        a = good();
        a.put(LaunchAttributes.CATCH_TRAPS, List.of("page fault"));
        assertEquals("Catch traps: trap to catch 'page fault' is not exception:N or interrupt:N",
                MachineSetup.debuggerProblem(a, s -> s));
    }

    @Test
    public void aShortcutOnABareMetalElfNeedsNoFirmware() {
        assertEquals(true, LaunchDefaults.isBareMetal(kernel()));
    }
}
