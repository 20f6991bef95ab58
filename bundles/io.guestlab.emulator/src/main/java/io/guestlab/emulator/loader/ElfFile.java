package io.guestlab.emulator.loader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A little-endian ELF64 RISC-V file: its loadable segments, sections and symbols (System V ABI
 * gABI, chapter 4; RISC-V ELF psABI for e_machine 243). Every offset is bounds-checked so that a
 * truncated or corrupt file is reported, not crashed on.
 */
public final class ElfFile {

    public static final int EM_RISCV = 243;
    private static final int PT_LOAD = 1;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_NOBITS = 8;
    private static final long SHF_EXECINSTR = 4;

    /** A PT_LOAD segment: {@code fileSize} bytes from the file, then zeros up to {@code memorySize}. */
    public record Segment(long physicalAddress, long virtualAddress, long fileOffset, long fileSize, long memorySize) {
    }

    public record Section(String name, int type, long flags, long address, long offset, long size) {

        public boolean isExecutable() {
            return (flags & SHF_EXECINSTR) != 0;
        }

        public boolean hasBits() {
            return type != SHT_NOBITS;
        }
    }

    /** A symbol; {@code type} is STT_* (0 none, 1 object, 2 func, 3 section, 4 file). */
    public record Symbol(String name, long value, long size, int type, int binding, int sectionIndex) {
    }

    private final String name;
    private final byte[] data;
    private final long entry;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();

    private ElfFile(String name, byte[] data) throws ElfFormatException {
        this.name = name;
        this.data = data;
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        if (data.length < 64 || b.getInt(0) != 0x464c457f) {
            throw fail("not an ELF file");
        }
        if (data[4] != 2) {
            throw fail("not a 64-bit ELF file (ELFCLASS64 expected; RV32 is not supported yet)");
        }
        if (data[5] != 1) {
            throw fail("not a little-endian ELF file");
        }
        int machine = b.getShort(18) & 0xffff;
        if (machine != EM_RISCV) {
            throw fail("not a RISC-V ELF file (e_machine is " + machine + ", RISC-V is 243)");
        }
        entry = b.getLong(24);
        long phoff = b.getLong(32);
        long shoff = b.getLong(40);
        int phentsize = b.getShort(54) & 0xffff;
        int phnum = b.getShort(56) & 0xffff;
        int shentsize = b.getShort(58) & 0xffff;
        int shnum = b.getShort(60) & 0xffff;
        int shstrndx = b.getShort(62) & 0xffff;
        for (int i = 0; i < phnum; i++) {
            long at = phoff + (long) i * phentsize;
            check(at, 56, "program header " + i);
            if (b.getInt((int) at) != PT_LOAD) {
                continue;
            }
            Segment s = new Segment(b.getLong((int) at + 24), b.getLong((int) at + 16), b.getLong((int) at + 8),
                    b.getLong((int) at + 32), b.getLong((int) at + 40));
            check(s.fileOffset(), s.fileSize(), "segment " + i);
            if (s.memorySize() < s.fileSize()) {
                throw fail("segment " + i + " is smaller in memory than in the file");
            }
            segments.add(s);
        }
        if (shoff != 0 && shnum > 0) {
            List<long[]> raw = new ArrayList<>();
            for (int i = 0; i < shnum; i++) {
                long at = shoff + (long) i * shentsize;
                check(at, 64, "section header " + i);
                int p = (int) at;
                raw.add(new long[] {b.getInt(p) & 0xffffffffL, b.getInt(p + 4), b.getLong(p + 8), b.getLong(p + 16),
                        b.getLong(p + 24), b.getLong(p + 32), b.getInt(p + 40) & 0xffffffffL, b.getLong(p + 56)});
            }
            long[] names = shstrndx < raw.size() ? raw.get(shstrndx) : null;
            for (long[] r : raw) {
                String sectionName = names == null ? "" : string(names[4], names[5], r[0]);
                if ((int) r[1] != SHT_NOBITS) {
                    check(r[4], r[5], "section " + sectionName);
                }
                sections.add(new Section(sectionName, (int) r[1], r[2], r[3], r[4], r[5]));
            }
            for (long[] r : raw) {
                if ((int) r[1] != SHT_SYMTAB || r[6] >= raw.size()) {
                    continue;
                }
                long[] strtab = raw.get((int) r[6]);
                long entsize = r[7] == 0 ? 24 : r[7];
                for (long at = r[4]; at + 24 <= r[4] + r[5]; at += entsize) {
                    int p = (int) at;
                    int info = data[p + 4] & 0xff;
                    symbols.add(new Symbol(string(strtab[4], strtab[5], b.getInt(p) & 0xffffffffL), b.getLong(p + 8),
                            b.getLong(p + 16), info & 15, info >>> 4, b.getShort(p + 6) & 0xffff));
                }
            }
        }
    }

    public static ElfFile read(Path path) throws ElfFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ElfFormatException(path + ": cannot read: " + e.getMessage());
        }
        return new ElfFile(path.toString(), bytes);
    }

    public static ElfFile parse(String name, byte[] bytes) throws ElfFormatException {
        return new ElfFile(name, bytes);
    }

    private void check(long offset, long length, String what) throws ElfFormatException {
        if (offset < 0 || length < 0 || offset > data.length || length > data.length - offset) {
            throw fail(what + " lies outside the file (truncated or corrupt)");
        }
    }

    private String string(long tableOffset, long tableSize, long index) throws ElfFormatException {
        check(tableOffset, tableSize, "string table");
        if (index >= tableSize) {
            return "";
        }
        int start = (int) (tableOffset + index);
        int end = start;
        while (end < tableOffset + tableSize && data[end] != 0) {
            end++;
        }
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }

    private ElfFormatException fail(String message) {
        return new ElfFormatException(name + ": " + message);
    }

    public String name() {
        return name;
    }

    public long entry() {
        return entry;
    }

    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    public List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    public List<Symbol> symbols() {
        return Collections.unmodifiableList(symbols);
    }

    /** The bytes of {@code length} at file {@code offset} (already bounds-checked for segments and sections). */
    public byte[] bytes(long offset, int length) {
        byte[] out = new byte[length];
        System.arraycopy(data, (int) offset, out, 0, length);
        return out;
    }

    /** The value of the first symbol called {@code symbolName}. */
    public Optional<Long> symbol(String symbolName) {
        for (Symbol s : symbols) {
            if (s.name().equals(symbolName)) {
                return Optional.of(s.value());
            }
        }
        return Optional.empty();
    }
}
