package io.guestlab.cli;

import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.Section;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.UnitSummary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code guestlab symbols ELF}: a readable summary of an ELF's sections, symbols and debug info. */
public final class SymbolsCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "summarize an ELF: sections, symbols, compilation units, DWARF version";

    @Override
    public String name() {
        return "symbols";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab symbols ELF
                Prints the ELF's class and entry, its sections, how many symbols it has, its
                compilation units and their DWARF versions, and its line-table size.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException("expects exactly one ELF file (see 'guestlab symbols --help')");
        }
        Path file = Path.of(args.get(0));
        try {
            print(Program.open(file, 0), out);
            return 0;
        } catch (SymbolsException e) {
            err.println("guestlab symbols: " + e.getMessage());
            return 1;
        }
    }

    private static void print(Program p, PrintStream out) throws SymbolsException {
        out.printf("%s: ELF%d RISC-V, entry 0x%x, flags 0x%x%n", p.path(), p.is64Bit() ? 64 : 32, p.entry(), p.flags());
        Map<String, String> attributes = p.riscvAttributes();
        if (attributes.containsKey("arch")) {
            out.println("ISA: " + attributes.get("arch"));
        }
        List<Section> sections = p.sections();
        out.printf("sections: %d%n", Math.max(0, sections.size() - 1));
        for (Section s : sections) {
            if (s.index() == 0) {
                continue;
            }
            out.printf("  [%2d] %-20s %s 0x%016x size 0x%x%n", s.index(), s.name(), flags(s), s.address(), s.size());
        }
        List<ElfSymbol> symbols = p.symbols();
        long functions = symbols.stream().filter(s -> s.isDefined() && s.isFunction()).count();
        long objects = symbols.stream().filter(s -> s.isDefined() && s.type() == ElfSymbol.STT_OBJECT).count();
        out.printf("symbols: %d (%d functions, %d objects)%n", Math.max(0, symbols.size() - 1), functions, objects);
        if (!p.hasDebugInfo()) {
            out.println("debug info: none");
            return;
        }
        List<UnitSummary> units = p.units();
        TreeSet<Integer> versions = new TreeSet<>();
        units.forEach(u -> versions.add(u.dwarfVersion()));
        out.printf("DWARF version: %s%n", versions.isEmpty() ? "-" : joinVersions(versions));
        out.printf("compilation units: %d%n", units.size());
        for (UnitSummary u : units) {
            out.printf("  %s (DWARF %d)%s%n", u.name() == null ? "?" : u.name(), u.dwarfVersion(),
                    u.compDir() == null ? "" : " in " + u.compDir());
        }
        out.printf("line table rows: %d%n", p.loadLineTables());
    }

    private static String joinVersions(TreeSet<Integer> versions) {
        StringBuilder b = new StringBuilder();
        for (int v : versions) {
            b.append(b.length() == 0 ? "" : ", ").append(v);
        }
        return b.toString();
    }

    private static String flags(Section s) {
        return ((s.flags() & Section.SHF_ALLOC) != 0 ? "A" : "-") + ((s.flags() & Section.SHF_WRITE) != 0 ? "W" : "-")
                + ((s.flags() & Section.SHF_EXECINSTR) != 0 ? "X" : "-");
    }
}
