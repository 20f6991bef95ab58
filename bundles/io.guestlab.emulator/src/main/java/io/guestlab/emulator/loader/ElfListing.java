package io.guestlab.emulator.loader;

import io.guestlab.emulator.isa.Disassembler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The disassembly of an ELF file's executable sections in the layout of {@code objdump -d}:
 * a file header, one block per section, a {@code <label>:} line at each symbol, and one line
 * per instruction with its address, raw bits and text.
 */
public final class ElfListing {

    private static final int STT_SECTION = 3, STT_FILE = 4;

    private final ElfFile elf;
    /** The symbol objdump would name at each address. */
    private final TreeMap<Long, String> labels = new TreeMap<>(Long::compareUnsigned);
    /** Mapping symbols (RISC-V psABI "Mapping Symbol"): true where data ($d) starts, false where code ($x) does. */
    private final TreeMap<Long, Boolean> dataRegions = new TreeMap<>(Long::compareUnsigned);

    public ElfListing(ElfFile elf) {
        this.elf = elf;
        List<ElfFile.Symbol> named = new ArrayList<>();
        for (ElfFile.Symbol s : elf.symbols()) {
            if (s.name().startsWith("$d") || s.name().startsWith("$x")) {
                dataRegions.put(s.value(), s.name().startsWith("$d"));
            }
            if (!s.name().isEmpty() && !s.name().startsWith("$") && s.type() != STT_SECTION && s.type() != STT_FILE
                    && s.sectionIndex() != 0) {
                named.add(s);
            }
        }
        // at one address objdump prefers a function, then a sized symbol (larger first), then a
        // global one, then the name that sorts first
        Comparator<ElfFile.Symbol> preference = Comparator
                .comparing((ElfFile.Symbol s) -> s.type() != 2)
                .thenComparing(s -> -s.size())
                .thenComparing(s -> s.binding() == 0)
                .thenComparing(ElfFile.Symbol::name);
        TreeMap<Long, ElfFile.Symbol> chosen = new TreeMap<>(Long::compareUnsigned);
        for (ElfFile.Symbol s : named) {
            ElfFile.Symbol existing = chosen.get(s.value());
            if (existing == null || preference.compare(s, existing) < 0) {
                chosen.put(s.value(), s);
            }
        }
        chosen.forEach((address, s) -> labels.put(address, s.name()));
    }

    /** "name", "name+0x10", or "name-0x4" relative to the nearest symbol as objdump prints it. */
    public String symbolize(long address) {
        var floor = labels.floorEntry(address);
        if (floor == null) {
            var first = labels.firstEntry();
            return first == null ? null : first.getValue() + "-0x" + Long.toHexString(first.getKey() - address);
        }
        long offset = address - floor.getKey(); // unsigned: address is at or above the symbol
        return offset == 0 ? floor.getValue() : floor.getValue() + "+0x" + Long.toHexString(offset);
    }

    /**
     * One item of a data region as objdump shows it: up to 4 bytes, cut at the next mapping
     * symbol or the section end, as .word, .short or .byte. Returns the bytes consumed.
     */
    private int data(StringBuilder out, byte[] code, int i, long pc) {
        int length = Math.min(4, code.length - i);
        Long next = dataRegions.higherKey(pc);
        if (next != null && Long.compareUnsigned(next - pc, length) < 0) {
            length = (int) (next - pc);
        }
        if (length == 3) {
            length = 2;
        }
        long value = 0;
        for (int b = length - 1; b >= 0; b--) {
            value = value << 8 | (code[i + b] & 0xff);
        }
        switch (length) {
            case 4 -> out.append(String.format("%12x:\t%08x          \t.word\t0x%08x%n", pc, value, value));
            case 2 -> out.append(String.format("%12x:\t%04x                \t.short\t0x%04x%n", pc, value, value));
            default -> out.append(String.format("%12x:\t%02x                  \t.byte\t0x%02x%n", pc, value, value));
        }
        return length;
    }

    /** Where objdump stops a run of zeros: the next label or the end of the section. */
    private int stop(long base, int i, int length) {
        Long next = labels.higherKey(base + i);
        return next == null || Long.compareUnsigned(next - base, length) > 0 ? length : (int) (next - base);
    }

    /**
     * How many zero bytes objdump (without -z) folds into "...": a run of at least 8, rounded
     * down to a multiple of 4 unless it reaches the stop, or a run of under 3 that reaches it.
     */
    private static int zeroRun(byte[] code, int from, int stop) {
        int z = from;
        while (z < stop && code[z] == 0) {
            z++;
        }
        int n = z - from;
        if (n == 0) {
            return 0;
        }
        if (n >= 8 || (z == stop && n < 3)) {
            return z == stop ? n : n & ~3;
        }
        return 0;
    }

    /** The whole listing, as {@code objdump -d FILE} prints it for file name {@code displayName}. */
    public String render(String displayName) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append(displayName).append(":     file format elf64-littleriscv\n\n");
        long gp = elf.symbol("__global_pointer$").orElse(Long.MIN_VALUE);
        for (ElfFile.Section section : elf.sections()) {
            if (!section.isExecutable() || !section.hasBits() || section.size() == 0) {
                continue;
            }
            out.append("\nDisassembly of section ").append(section.name()).append(":\n");
            byte[] code = elf.bytes(section.offset(), (int) section.size());
            Disassembler disassembler = new Disassembler(labels.isEmpty() ? Disassembler.Symbolizer.NONE : this::symbolize, gp);
            long base = section.address();
            if (!labels.containsKey(base)) {
                out.append(String.format("%n%016x <%s>:%n", base, section.name()));
            }
            int i = 0;
            while (i < code.length) {
                long pc = base + i;
                String label = labels.get(pc);
                if (label != null) {
                    out.append(String.format("%n%016x <%s>:%n", pc, label));
                }
                int zeros = zeroRun(code, i, stop(base, i, code.length));
                if (zeros > 0) {
                    out.append("\t...\n");
                    i += zeros;
                    continue;
                }
                var region = dataRegions.floorEntry(pc);
                if (region != null && region.getValue()) {
                    i += data(out, code, i, pc);
                    continue;
                }
                int low = (code[i] & 0xff) | (i + 1 < code.length ? (code[i + 1] & 0xff) << 8 : 0);
                if (i + 1 >= code.length) {
                    i += data(out, code, i, pc);
                    continue;
                }
                if ((low & 3) == 3 && i + 3 < code.length) {
                    int bits = low | (code[i + 2] & 0xff) << 16 | (code[i + 3] & 0xff) << 24;
                    out.append(String.format("%12x:\t%08x          \t%s%n", pc, bits, disassembler.disassemble(bits, pc)));
                    i += 4;
                } else {
                    out.append(String.format("%12x:\t%04x                \t%s%n", pc, low, disassembler.disassemble(low, pc)));
                    i += 2;
                }
            }
        }
        return out.toString();
    }
}
