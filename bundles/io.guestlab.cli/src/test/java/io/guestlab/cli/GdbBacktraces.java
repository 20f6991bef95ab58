package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.MachineConfig;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.gdbserver.GdbServer;
import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SourceLocation;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.TrapBoundary;
import io.guestlab.symbols.Unwinder;

/**
 * Test support for comparing Guestlab's unwinder (io.guestlab.symbols) with gdb-multiarch at
 * the same stop. gdb stops at the n-th hit of a breakpoint (any of its locations) and reports
 * every frame through its Python API, inlined calls included; Guestlab's frames come from the
 * same stop, either on a fresh deterministic machine (breakpoints at gdb's locations, the same
 * number of hits) or, for targets Guestlab cannot run, from the registers and stack gdb read.
 */
final class GdbBacktraces {

    /** A frame as a debugger lists it: an inlined call is a frame of its own at its caller's pc. */
    record Frame(String function, long pc, String file, int line) {
        @Override
        public String toString() {
            return String.format("%s 0x%x %s:%d", function, pc, file, line);
        }
    }

    /** What gdb saw: its breakpoint's locations, the stop, its frames, and (if asked) registers and stack. */
    record GdbStop(List<Long> locations, long pc, List<Frame> frames, Map<Integer, Long> registers,
            NavigableMap<Long, byte[]> memory, String output) {
    }

    /** How much stack above sp a snapshot keeps: more than the test programs' frames down to main. */
    private static final int STACK_BYTES = 16 * 1024;

    /** Runs in gdb after 'target remote': stop at the n-th hit, print locations, frames, registers, stack. */
    private static final String SCRIPT = """
            import gdb
            bp = gdb.Breakpoint(%s)
            for _ in range(%d):
                gdb.execute("continue", to_string=True)
            print("GL-LOCATIONS " + " ".join("0x%%x" %% l.address for l in bp.locations))
            f = gdb.newest_frame()
            print("GL-STOP 0x%%x" %% f.pc())
            while f is not None:
                sal = f.find_sal()
                path = sal.symtab.fullname() if sal.symtab is not None else "??"
                print("GL-FRAME\\t%%s\\t0x%%x\\t%%s\\t%%d" %% (f.name() or "??", f.pc(), path, sal.line))
                f = f.older()
            if %s:
                top = gdb.newest_frame()
                mask = (1 << (8 * gdb.lookup_type("long").sizeof)) - 1
                for r in range(1, 32):
                    print("GL-REG %%d 0x%%x" %% (r, int(top.read_register("x%%d" %% r)) & mask))
                sp = int(top.read_register("sp")) & mask
                inferior = gdb.selected_inferior()
                for chunk in range(sp & ~255, sp + %d, 256):
                    try:
                        print("GL-MEM 0x%%x %%s" %% (chunk, inferior.read_memory(chunk, 256).tobytes().hex()))
                    except gdb.MemoryError:
                        break
            gdb.execute("kill")
            """;

    private GdbBacktraces() {
    }

    /** gdb's view of the n-th hit of {@code breakpoint}, through Guestlab's GDB server on a fresh machine. */
    static GdbStop gdbOnGuestlab(Path elf, String breakpoint, int hits) throws Exception {
        Machine served = machine(elf);
        try (GdbServer server = GdbServer.start(served, "tcp:127.0.0.1:0", true,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            return gdb(elf, "127.0.0.1:" + server.port(), breakpoint, hits, false);
        }
    }

    /**
     * gdb's view of the n-th hit of {@code breakpoint} in a QEMU started from {@code qemu} (the
     * word PORT replaced by a free port), with the registers and stack gdb read there.
     */
    static GdbStop gdbOnQemu(List<String> qemu, Path elf, String breakpoint, int hits) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(GuestElfs.tool(qemu.get(0)).toString());
        for (String a : qemu.subList(1, qemu.size())) {
            command.add(a.replace("PORT", Integer.toString(port)));
        }
        Process q = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        try {
            // QEMU opens its gdb port a moment after it starts: gdb retries until it connects.
            GdbStop stop = null;
            for (int attempt = 0; attempt < 50 && stop == null; attempt++) {
                stop = tryGdb(elf, "127.0.0.1:" + port, breakpoint, hits);
                if (stop == null) {
                    Thread.sleep(100);
                }
            }
            assertTrue("gdb could not connect to " + command, stop != null);
            return stop;
        } finally {
            q.destroy();
            if (!q.waitFor(10, TimeUnit.SECONDS)) {
                q.destroyForcibly();
            }
        }
    }

    /** One gdb run, or null when it could not connect (the target is not listening yet). */
    private static GdbStop tryGdb(Path elf, String remote, String breakpoint, int hits) throws Exception {
        GdbStop stop = gdb(elf, remote, breakpoint, hits, true);
        return stop.output().contains("Connection refused") ? null : stop;
    }

    private static GdbStop gdb(Path elf, String remote, String breakpoint, int hits, boolean snapshot) throws Exception {
        Path gdb = GuestElfs.tool("gdb-multiarch");
        Path script = Files.createTempFile("guestlab-bt", ".py");
        Path log = Files.createTempFile("guestlab-bt", ".log");
        try {
            Files.writeString(script, SCRIPT.formatted(pythonString(breakpoint), hits, snapshot ? "True" : "False", STACK_BYTES));
            Process p = new ProcessBuilder(gdb.toString(), "-nx", "-batch", "-ex", "set pagination off",
                    "-ex", "set confirm off", "-ex", "target remote " + remote, "-x", script.toString(), elf.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("gdb did not end within 120 s: " + Files.readString(log));
            }
            return parse(Files.readString(log));
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(log);
        }
    }

    private static String pythonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static GdbStop parse(String output) {
        List<Long> locations = new ArrayList<>();
        long pc = -1;
        List<Frame> frames = new ArrayList<>();
        Map<Integer, Long> registers = new HashMap<>();
        NavigableMap<Long, byte[]> memory = new TreeMap<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("GL-LOCATIONS ")) {
                for (String a : line.substring(13).trim().split(" ")) {
                    locations.add(Long.decode(a));
                }
            } else if (line.startsWith("GL-STOP ")) {
                pc = Long.decode(line.substring(8).trim());
            } else if (line.startsWith("GL-FRAME\t")) {
                String[] f = line.split("\t");
                frames.add(new Frame(f[1], Long.decode(f[2]), f[3], Integer.parseInt(f[4].trim())));
            } else if (line.startsWith("GL-REG ")) {
                String[] f = line.split(" ");
                registers.put(Integer.parseInt(f[1]), Long.parseUnsignedLong(f[2].trim().substring(2), 16));
            } else if (line.startsWith("GL-MEM ")) {
                String[] f = line.split(" ");
                memory.put(Long.parseUnsignedLong(f[1].substring(2), 16), HexFormat.of().parseHex(f[2].trim()));
            }
        }
        return new GdbStop(locations, pc, frames, registers, memory, output);
    }

    /** A fresh machine with the ELF loaded, as the GDB server serves it. */
    static Machine machine(Path elf) throws Exception {
        Machine m = new Machine(MachineConfig.defaults());
        m.load(ElfFile.read(elf), new ByteArrayOutputStream());
        return m;
    }

    /** A fresh machine run to gdb's stop: the same breakpoint locations, hit the same number of times. */
    static Machine stoppedLike(Path elf, GdbStop gdb, int hits) throws Exception {
        assertTrue(gdb.output(), !gdb.locations().isEmpty() && gdb.pc() != -1);
        Machine m = machine(elf);
        gdb.locations().forEach(m::addBreakpoint);
        for (int i = 0; i < hits; i++) {
            StopEvent e = m.run(100_000_000);
            assertEquals(e.toString(), StopReason.BREAKPOINT, e.reason());
        }
        assertEquals("gdb stopped elsewhere: " + gdb.output(), gdb.pc(), m.pc(0));
        return m;
    }

    /**
     * gdb on Guestlab's GDB server, then Guestlab's own unwinder on a fresh machine at the same
     * stop: the same frames. Returns gdb's stop for further checks.
     */
    static GdbStop assertSameOnGuestlab(Path elf, String breakpoint, int hits) throws Exception {
        GdbStop gdb = gdbOnGuestlab(elf, breakpoint, hits);
        Machine m = stoppedLike(elf, gdb, hits);
        assertSameFrames(elf.getFileName() + ", hit " + hits + " of " + breakpoint, gdb, guestlabFrames(elf, target(m), m.pc(0)));
        return gdb;
    }

    /** The stopped machine's hart 0 as the unwinder sees a target. */
    static TargetAccess target(Machine m) {
        return new TargetAccess() {
            @Override
            public OptionalLong register(int n) {
                return n < 32 ? OptionalLong.of(m.register(0, n)) : OptionalLong.empty();
            }

            @Override
            public boolean read(long address, byte[] into) {
                return m.readVirtual(0, address, into);
            }
        };
    }

    /** The registers and stack gdb read at its stop, as a target (everything else is unreadable). */
    static TargetAccess snapshot(GdbStop gdb) {
        assertTrue("gdb read no registers or stack: " + gdb.output(), !gdb.registers().isEmpty() && !gdb.memory().isEmpty());
        return new TargetAccess() {
            @Override
            public OptionalLong register(int n) {
                Long v = n == 0 ? Long.valueOf(0) : gdb.registers().get(n);
                return v == null ? OptionalLong.empty() : OptionalLong.of(v);
            }

            @Override
            public boolean read(long address, byte[] into) {
                for (int i = 0; i < into.length; i++) {
                    Entry<Long, byte[]> chunk = gdb.memory().floorEntry(address + i);
                    if (chunk == null || address + i - chunk.getKey() >= chunk.getValue().length) {
                        return false;
                    }
                    into[i] = chunk.getValue()[(int) (address + i - chunk.getKey())];
                }
                return true;
            }
        };
    }

    /**
     * Guestlab's frames at the stop: the unwinder's physical frames, each expanded into its
     * inlined calls by the line and inline tables ({@link Program#describeFrame}). A caller's pc
     * is a return address, so its source is looked up at pc - 1 (the call), as gdb does.
     */
    static List<Frame> guestlabFrames(Path elf, TargetAccess target, long pc) throws Exception {
        Program program = Program.open(elf, 0);
        AddressSpace space = new AddressSpace().add(program);
        Unwinder.Backtrace bt = new Unwinder(space, TrapBoundary.stopAt(Set.of())).backtrace(target, pc, 64);
        List<Frame> frames = new ArrayList<>();
        for (StackFrame f : bt.frames()) {
            long lookup = f.level() == 0 || f.source() == StackFrame.Source.TRAP ? f.pc() : f.pc() - 1;
            AddressInfo info = program.describeFrame(lookup);
            if (!info.found()) {
                SymbolMatch m = space.symbolAt(lookup);
                frames.add(new Frame(m == null ? "??" : m.symbol().name(), f.pc(), "??", 0));
                continue;
            }
            for (SourceLocation l : info.locations()) {
                String file = l.file() == null ? "??" : Path.of(l.file()).normalize().toString();
                frames.add(new Frame(l.function() == null ? "??" : l.function(), f.pc(), file, l.line()));
            }
        }
        return frames;
    }

    /**
     * Frame by frame, gdb's and Guestlab's backtraces agree: function, pc, file and line. gdb
     * stops at main (backtrace past-main is off); Guestlab's may go on into the entry code.
     */
    static void assertSameFrames(String what, GdbStop gdb, List<Frame> ours) {
        String both = what + "\ngdb:\n" + lines(gdb.frames()) + "guestlab:\n" + lines(ours);
        assertTrue(both + gdb.output(), gdb.frames().size() >= 2);
        assertTrue(both, ours.size() >= gdb.frames().size());
        assertEquals(both, gdb.frames(), ours.subList(0, gdb.frames().size()));
    }

    private static String lines(List<Frame> frames) {
        return frames.stream().map(f -> "  " + f + "\n").collect(Collectors.joining());
    }
}
