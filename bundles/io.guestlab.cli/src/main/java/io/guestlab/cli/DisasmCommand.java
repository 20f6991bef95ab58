package io.guestlab.cli;

import io.guestlab.emulator.loader.ElfFile;
import io.guestlab.emulator.loader.ElfFormatException;
import io.guestlab.emulator.loader.ElfListing;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code guestlab disasm ELF}: disassembles an ELF's code in the layout of {@code objdump -d}. */
public final class DisasmCommand implements Command {

    /** What `guestlab --help` says of this command (a constant: listing it loads no class). */
    static final String SUMMARY = "disassemble a RISC-V ELF file (same layout as objdump -d)";

    @Override
    public String name() {
        return "disasm";
    }

    @Override
    public String summary() {
        return SUMMARY;
    }

    @Override
    public String usage() {
        return """
                usage: guestlab disasm ELF

                Prints the disassembly of every executable section of ELF (RV64GC) in the layout of
                'objdump -d': GNU syntax with its pseudo-instructions, compressed instructions shown
                as what they expand to, symbols as <name+offset>.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            throw new UsageException(args.isEmpty() ? "which ELF file? (usage: guestlab disasm ELF)"
                    : "expected exactly one ELF file, got " + args);
        }
        try {
            ElfFile elf = ElfFile.read(Path.of(args.get(0)));
            out.print(new ElfListing(elf).render(args.get(0)));
            out.flush();
            return 0;
        } catch (ElfFormatException e) {
            err.println("guestlab disasm: " + e.getMessage());
            return 1;
        }
    }
}
