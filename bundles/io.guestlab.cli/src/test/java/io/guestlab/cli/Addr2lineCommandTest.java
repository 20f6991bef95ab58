package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

/** `guestlab addr2line` prints byte for byte what binutils' addr2line prints, option by option. */
public class Addr2lineCommandTest {

    private static final List<List<String>> OPTION_SETS = List.of(
            List.of(), List.of("-f"), List.of("-f", "-i"), List.of("-a", "-f", "-i"), List.of("-p", "-f", "-i", "-a"),
            List.of("-afip"), List.of("-s", "-p", "-f", "-i"), List.of("-C", "-f"), List.of("--functions", "--inlines",
                    "--addresses", "--pretty-print", "--basenames"));

    @Test
    public void matchesBinutilsForEveryOptionSet() throws Exception {
        for (String variant : List.of("shapes-elf-O2-dwarf5", "shapes-elf-O0-dwarf4", "shapes-linux-O2-dwarf4", "shapes-rv32-O2-dwarf5")) {
            Path elf = SymbolsExamples.elf(variant);
            List<String> addresses = addresses(elf);
            for (List<String> options : OPTION_SETS) {
                List<String> args = new ArrayList<>(options);
                args.add("-e");
                args.add(elf.toString());
                args.addAll(addresses);
                String expected = SymbolsExamples.run("riscv64-unknown-elf-addr2line", args, "");
                assertEquals(variant + " " + options, expected, guestlab(args, ""));
            }
        }
    }

    /** names.cpp: every function's address (and one inside it), demangled or not, as binutils prints it. */
    @Test
    public void demanglesCxxNamesLikeBinutils() throws Exception {
        List<List<String>> optionSets = List.of(List.of("-C", "-f"), List.of("-f"), List.of("-C", "-f", "-i"),
                List.of("-a", "-C", "-f", "-i", "-p"), List.of("--demangle", "--functions", "--inlines"),
                List.of("--demangle=gnu-v3", "-f"));
        for (String variant : List.of("names-elf-O0-dwarf4", "names-elf-O0-dwarf5", "names-elf-O2-dwarf4", "names-elf-O2-dwarf5")) {
            Path elf = SymbolsExamples.elf(variant);
            List<String> addresses = new ArrayList<>();
            String nm = SymbolsExamples.run("riscv64-unknown-elf-nm", List.of("-n", elf.toString()), "");
            for (String line : nm.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 3 && "tTwW".indexOf(f[1].charAt(0)) >= 0) {
                    addresses.add("0x" + f[0]);
                    addresses.add(Long.toHexString(Long.parseUnsignedLong(f[0], 16) + 6));
                }
            }
            assertTrue(nm, addresses.size() >= 20);
            for (List<String> options : optionSets) {
                List<String> args = new ArrayList<>(options);
                args.add("-e");
                args.add(elf.toString());
                args.addAll(addresses);
                String expected = SymbolsExamples.run("riscv64-unknown-elf-addr2line", args, "");
                // the comparison means something: with -C binutils prints demangled names, without it mangled ones
                boolean demangled = options.contains("-C") || options.stream().anyMatch(o -> o.startsWith("--demangle"));
                assertEquals(expected, demangled, expected.contains("apply(int (*)(int), int)"));
                assertEquals(expected, !demangled, expected.contains("_Z5applyPFiiEi"));
                assertEquals(variant + " " + options, expected, guestlab(args, ""));
            }
        }
    }

    @Test
    public void readsAddressesFromStandardInput() throws Exception {
        Path elf = SymbolsExamples.elf("shapes-elf-O2-dwarf5");
        String input = String.join("\n", addresses(elf)) + "\n";
        List<String> args = List.of("-f", "-i", "-e", elf.toString());
        assertEquals(SymbolsExamples.run("riscv64-unknown-elf-addr2line", args, input), guestlab(args, input));
    }

    @Test
    public void badInputGivesAClearError() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Addr2lineCommand().run(List.of("-e", "/nonexistent/elf", "0x0"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("/nonexistent/elf"));
        int usage = new Main(List.of(new Addr2lineCommand())).execute(List.of("addr2line", "-Z"),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.EXIT_USAGE, usage);
    }

    /** Every symbol of the ELF, a few bytes into each, and addresses outside every section. */
    private static List<String> addresses(Path elf) throws Exception {
        List<String> out = new ArrayList<>(List.of("0", "0x10", "ffffffff"));
        String nm = SymbolsExamples.run("riscv64-unknown-elf-nm", List.of("-n", elf.toString()), "");
        int i = 0;
        for (String line : nm.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 3 && (i++ % 7 == 0 || f[2].matches("walk|main|handle_trap|square|sum_squares|apply|add|origin"))) {
                out.add("0x" + f[0]);
                out.add(Long.toHexString(Long.parseUnsignedLong(f[0], 16) + 6));
            }
        }
        return out;
    }

    private static String guestlab(List<String> args, String stdin) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Addr2lineCommand command = new Addr2lineCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code = command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        return out.toString(StandardCharsets.UTF_8);
    }
}
