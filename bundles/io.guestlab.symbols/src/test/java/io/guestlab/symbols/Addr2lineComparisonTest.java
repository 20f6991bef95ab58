package io.guestlab.symbols;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.Test;

/**
 * {@link Program#describe} gives what binutils' addr2line -a -f -i prints, for every line-table
 * address, every symbol (start and middle) and addresses outside any section, on every variant.
 */
public class Addr2lineComparisonTest {

    @Test
    public void describeMatchesAddr2lineForEveryVariant() throws Exception {
        for (String variant : GuestExamples.VARIANTS) {
            Path elf = GuestExamples.elf(variant);
            Program program = Program.open(elf, 0);
            TreeSet<Long> addresses = new TreeSet<>(Long::compareUnsigned);
            for (LineEntry e : program.lineEntries()) {
                addresses.add(e.address());
                addresses.add(e.address() + 2);
                addresses.add(e.address() - 1);
            }
            for (ElfSymbol s : program.symbols()) {
                if (s.isAddressable()) {
                    addresses.add(s.address());
                    addresses.add(s.address() + s.size() / 2);
                }
            }
            addresses.add(0L);
            addresses.add(0x7ffffff0L);
            addresses.add(0xfffffffffffff000L);
            List<Object> args = new ArrayList<>(List.of("-a", "-f", "-i", "-e", elf));
            StringBuilder actual = new StringBuilder();
            for (long a : addresses) {
                args.add(String.format("0x%x", a));
                format(program.describe(program.is64Bit() ? a : a & 0xffffffffL), actual, program.is64Bit());
            }
            String expected = GuestExamples.run(GuestExamples.command("riscv64-unknown-elf-addr2line", args.toArray()));
            assertEquals(variant + " first difference:\n" + firstDifference(expected, actual.toString()), expected,
                    actual.toString());
        }
    }

    /** The first differing line with a few lines of context before it, for a readable failure. */
    static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                StringBuilder b = new StringBuilder();
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    b.append("  ").append(e[k]).append('\n');
                }
                return b.append("- ").append(el).append("\n+ ").append(al).toString();
            }
        }
        return "(none)";
    }

    /** addr2line's -a -f -i layout (binutils addr2line.c, translate_addresses). */
    private static void format(AddressInfo info, StringBuilder out, boolean is64) {
        out.append(String.format(is64 ? "0x%016x%n" : "0x%08x%n", info.address()));
        if (!info.found()) {
            out.append("??\n??:0\n");
            return;
        }
        // addr2line repeats the innermost discriminator on inlined callers' lines.
        int discriminator = info.locations().get(0).discriminator();
        for (SourceLocation l : info.locations()) {
            out.append(l.function() == null ? "??" : l.function()).append('\n');
            out.append(l.file() == null ? "??" : l.file()).append(':');
            if (l.line() == 0) {
                out.append("?\n");
            } else if (discriminator != 0) {
                out.append(l.line()).append(" (discriminator ").append(discriminator).append(")\n");
            } else {
                out.append(l.line()).append('\n');
            }
        }
    }
}
