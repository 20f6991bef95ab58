package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.gdbserver.GdbServer;
import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.TrapBoundary;
import io.guestlab.symbols.Unwinder;

/**
 * Guestlab's own unwinder (io.guestlab.symbols) gives the same call chain as gdb-multiarch's
 * `bt` at the same stop: machines are deterministic, so a breakpoint at the address gdb chose
 * stops a second, fresh machine in exactly the same state.
 */
public class BacktraceMatchesGdbTest {

    private static final Pattern BREAKPOINT = Pattern.compile("^Breakpoint 1 at (0x[0-9a-f]+)", Pattern.MULTILINE);
    private static final Pattern FRAME = Pattern.compile("^#(\\d+)\\s+(?:0x[0-9a-f]+ in )?(\\w+) \\(", Pattern.MULTILINE);

    @Test
    public void backtraceInSquareAtO0() throws Exception {
        compare("gdb/build/debuggee-O0.elf", "square");
    }

    @Test
    public void backtraceInBumpAtO0() throws Exception {
        compare("gdb/build/debuggee-O0.elf", "bump");
    }

    @Test
    public void backtraceInBumpAtO2() throws Exception {
        compare("gdb/build/debuggee-O2.elf", "bump");
    }

    private static void compare(String guest, String function) throws Exception {
        Path gdb = GuestElfs.tool("gdb-multiarch");
        Path elf = GuestElfs.example(guest);

        // gdb's view, through the GDB server
        Machine served = machine(elf);
        String output;
        try (GdbServer server = GdbServer.start(served, "tcp:127.0.0.1:0", true,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            Process p = new ProcessBuilder(gdb.toString(), "-nx", "-batch", "-ex", "set pagination off",
                "-ex", "target remote 127.0.0.1:" + server.port(), "-ex", "break " + function, "-ex", "continue",
                "-ex", "bt", "-ex", "kill", elf.toString()).redirectErrorStream(true).start();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("gdb ends", p.waitFor(60, TimeUnit.SECONDS));
        }
        Matcher at = BREAKPOINT.matcher(output);
        assertTrue(output, at.find());
        long stop = Long.decode(at.group(1));
        List<String> gdbFrames = new ArrayList<>();
        Matcher frame = FRAME.matcher(output.substring(output.indexOf("\n#0")));
        while (frame.find()) {
            gdbFrames.add(frame.group(2));
        }
        assertTrue(output, gdbFrames.size() >= 2 && gdbFrames.get(0).equals(function));

        // Guestlab's view: the same stop on a fresh machine, unwound by io.guestlab.symbols
        Machine m = machine(elf);
        m.addBreakpoint(stop);
        StopEvent e = m.run(100_000_000);
        assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        AddressSpace space = new AddressSpace().add(Program.open(elf, 0));
        TargetAccess target = new TargetAccess() {
            @Override
            public OptionalLong register(int n) {
                return n < 32 ? OptionalLong.of(m.register(0, n)) : OptionalLong.empty();
            }

            @Override
            public boolean read(long address, byte[] into) {
                return m.readVirtual(0, address, into);
            }
        };
        Unwinder.Backtrace bt = new Unwinder(space, TrapBoundary.stopAt(Set.of())).backtrace(target, m.pc(0), 32);
        List<String> ours = new ArrayList<>();
        for (StackFrame f : bt.frames()) {
            ours.add(space.symbolAt(f.level() == 0 ? f.pc() : f.pc() - 1).symbol().name());
        }
        // gdb stops at main (backtrace past-main is off); ours may go on to the entry code
        assertEquals("gdb: " + output, gdbFrames, ours.subList(0, Math.min(ours.size(), gdbFrames.size())));
    }

    private static Machine machine(Path elf) throws Exception {
        Machine m = new Machine(MachineConfig.defaults());
        m.load(ElfFile.read(elf), new ByteArrayOutputStream());
        return m;
    }
}
