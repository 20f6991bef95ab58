package io.guestlab.cli;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

import io.guestlab.emulator.Machine;
import io.guestlab.symbols.CxxDemangler;

/**
 * Guestlab's unwinder gives gdb-multiarch's backtrace, frame by frame (function, pc, file and
 * line, inlined calls included), at stops in every examples/symbols program: the bare-metal RV64
 * ones on Guestlab itself (through its GDB server, then on a fresh machine), the RV32 ones on
 * qemu-system-riscv32 and the Linux user ones on qemu-riscv64 (Guestlab runs neither RV32 nor
 * Linux user programs), unwound from the registers and stack gdb read there. The C++ program
 * (names.cpp) runs on Guestlab too.
 */
public class SymbolsBacktraceMatchesGdbTest {

    /** The n-th hit of a gdb breakpoint and the function gdb must be stopped in. */
    private record Stop(String breakpoint, int hits, String function, String why) {
    }

    private static final List<Stop> STOPS = List.of(
            new Stop("*sum_grid", 1, "sum_grid", "a leaf at its first instruction (at -O2 without a frame of its own)"),
            new Stop("square", 1, "square", "an inlined leaf (at -O0 a real one) under an inlined caller"),
            new Stop("add", 1, "add", "a call through a function pointer"),
            new Stop("walk", 4, "walk", "the innermost of four recursive calls"),
            new Stop("shapes.c:34", 1, "walk", "the recursion's base case, by source line"),
            new Stop("square", 3, "square", "inlined code inside the recursion"),
            new Stop("square", 6, "square", "inlined code in a loop (line rows with discriminators)"),
            new Stop("handle_trap", 1, "handle_trap", "a function taking a trap frame"));

    private static final List<String> OPTIONS = List.of("O0-dwarf4", "O0-dwarf5", "O2-dwarf4", "O2-dwarf5");

    @Test
    public void bareMetalRv64OnGuestlab() throws Exception {
        for (String options : OPTIONS) {
            Path elf = SymbolsExamples.elf("shapes-elf-" + options);
            for (Stop s : STOPS) {
                GdbBacktraces.GdbStop gdb = GdbBacktraces.assertSameOnGuestlab(elf, s.breakpoint(), s.hits());
                assertEquals(s.why() + ": " + gdb.output(), s.function(), gdb.frames().get(0).function());
            }
        }
    }

    /** names.cpp: C++ frames; at -O2 GCC folds nearly all of main, only dot and the clone of scaled remain. */
    @Test
    public void cxxOnGuestlab() throws Exception {
        List<Stop> o0 = List.of(
                new Stop("geo::Vec::operator+", 1, "geo::Vec::operator+", "an operator member function"),
                new Stop("geo::Vec::dot", 1, "geo::Vec::dot", "a const volatile member function"),
                new Stop("maxOf<double>", 1, "maxOf<double>", "a function template"),
                new Stop("geo::Buffer<int, 3>::sum", 1, "geo::Buffer<int, 3>::sum", "a class template's member"),
                new Stop("(anonymous namespace)::hidden", 1, "(anonymous namespace)::hidden", "an anonymous namespace"),
                new Stop("names.cpp:79", 2, "operator()", "a lambda called from a member function template"),
                new Stop("scaled", 2, "scaled", "a static function"));
        List<Stop> o2 = List.of(new Stop("names.cpp:33", 1, "geo::Vec::dot", "a member function inlined into main"),
                new Stop("scaled", 2, "scaled", "GCC's clone of a function for a constant argument"));
        for (String options : OPTIONS) {
            Path elf = SymbolsExamples.elf("names-elf-" + options);
            for (Stop s : options.startsWith("O0") ? o0 : o2) {
                GdbBacktraces.GdbStop gdb = GdbBacktraces.gdbOnGuestlab(elf, s.breakpoint(), s.hits());
                assertEquals(s.why() + ": " + gdb.output(), s.function(), gdb.frames().isEmpty() ? "" : gdb.frames().get(0).function());
                Machine m = GdbBacktraces.stoppedLike(elf, gdb, s.hits());
                List<GdbBacktraces.Frame> ours = GdbBacktraces.guestlabFrames(elf, GdbBacktraces.target(m), m.pc(0));
                GdbBacktraces.assertSameFrames(elf.getFileName() + ", hit " + s.hits() + " of " + s.breakpoint(),
                        comparableNames(gdb), ours.stream().map(SymbolsBacktraceMatchesGdbTest::asGdbNames).toList());
            }
        }
    }

    /**
     * gdb names C++ frames from the DWARF (no demangler): binutils' demangled name without its
     * return type and parameters, except around lambdas, which it names its own way
     * ("operator()", "main()::<lambda(int)>"); those names are left out of the comparison.
     */
    private static GdbBacktraces.GdbStop comparableNames(GdbBacktraces.GdbStop gdb) {
        List<GdbBacktraces.Frame> frames = gdb.frames().stream()
                .map(f -> f.function().equals("operator()") || f.function().contains("<lambda") ? withName(f, LAMBDA) : f)
                .toList();
        return new GdbBacktraces.GdbStop(gdb.locations(), gdb.pc(), frames, gdb.registers(), gdb.memory(), gdb.output());
    }

    private static final String LAMBDA = "(a lambda's name: not compared)";

    private static GdbBacktraces.Frame asGdbNames(GdbBacktraces.Frame f) {
        String name = CxxDemangler.demangle(f.function()).orElse(f.function());
        return withName(f, name.contains("{lambda(") ? LAMBDA : withoutSignature(name));
    }

    private static GdbBacktraces.Frame withName(GdbBacktraces.Frame f, String name) {
        return new GdbBacktraces.Frame(name, f.pc(), f.file(), f.line());
    }

    /**
     * "double maxOf<double>(double, double)" without return type and parameters: "maxOf<double>";
     * "scaled(long const volatile*, int) [clone .constprop.0]": "scaled".
     */
    static String withoutSignature(String demangled) {
        String s = demangled.replaceAll("( \\[clone [^\\]]*\\])+$", "");
        for (boolean trimmed = true; trimmed; ) {
            trimmed = false;
            for (String qualifier : List.of(" const", " volatile", " &&", " &")) {
                if (s.endsWith(qualifier)) {
                    s = s.substring(0, s.length() - qualifier.length());
                    trimmed = true;
                }
            }
        }
        if (s.endsWith(")")) {
            int depth = 0;
            for (int i = s.length() - 1; i >= 0; i--) {
                char c = s.charAt(i);
                depth += c == ')' ? 1 : c == '(' ? -1 : 0;
                if (depth == 0) {
                    s = s.substring(0, i);
                    break;
                }
            }
        }
        int depth = 0;
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
            if (c == ' ' && depth == 0 && !s.startsWith("operator", i - 8)) {
                cut = i;
            }
        }
        return s.substring(cut + 1);
    }

    @Test
    public void bareMetalRv32OnQemu() throws Exception {
        for (String options : OPTIONS) {
            Path elf = SymbolsExamples.elf("shapes-rv32-" + options);
            compareOnQemu(elf, List.of("qemu-system-riscv32", "-M", "virt", "-bios", "none", "-display", "none",
                    "-serial", "null", "-monitor", "none", "-kernel", elf.toString(), "-gdb", "tcp:127.0.0.1:PORT", "-S"));
        }
    }

    @Test
    public void linuxUserProgramsOnQemuUser() throws Exception {
        for (String options : OPTIONS) {
            Path elf = SymbolsExamples.elf("shapes-linux-" + options);
            compareOnQemu(elf, List.of("qemu-riscv64", "-g", "PORT", elf.toString()));
        }
    }

    private static void compareOnQemu(Path elf, List<String> qemu) throws Exception {
        for (Stop s : STOPS) {
            GdbBacktraces.GdbStop gdb = GdbBacktraces.gdbOnQemu(qemu, elf, s.breakpoint(), s.hits());
            assertEquals(s.why() + ": " + gdb.output(), s.function(), gdb.frames().isEmpty() ? "" : gdb.frames().get(0).function());
            GdbBacktraces.assertSameFrames(elf.getFileName() + ", hit " + s.hits() + " of " + s.breakpoint(), gdb,
                    GdbBacktraces.guestlabFrames(elf, GdbBacktraces.snapshot(gdb), gdb.pc()));
        }
    }
}
