package io.guestlab.symbols.elf;

import io.guestlab.symbols.ElfSymbol;
import io.guestlab.symbols.Section;
import io.guestlab.symbols.Segment;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed little-endian RISC-V ELF32/ELF64 file: header, program and section headers, and
 * symbol tables (ELF gABI, chapters "ELF Header", "Sections", "Symbol Table").
 */
public final class ElfFile {

    public static final int EM_RISCV = 243;
    private static final long SHT_SYMTAB = 2;
    private static final long SHT_DYNSYM = 11;
    private static final long SHT_NOBITS = 8;

    private final ByteBuffer data;
    private final boolean is64;
    private final int type;
    private final int machine;
    private final long entry;
    private final long flags;
    private final List<Section> sections;
    private final List<Segment> segments;

    private ElfFile(ByteBuffer data) {
        this.data = data;
        ByteReader r = new ByteReader(data, "ELF header");
        if (r.size() < 16 || r.u8() != 0x7f || r.u8() != 'E' || r.u8() != 'L' || r.u8() != 'F') {
            throw r.fail(0, "not an ELF file (bad magic)");
        }
        int elfClass = r.u8();
        if (elfClass != 1 && elfClass != 2) {
            throw r.fail(4, "unknown ELF class " + elfClass);
        }
        is64 = elfClass == 2;
        if (r.u8() != 1) {
            throw r.fail(5, "not a little-endian ELF (only little-endian RISC-V is supported)");
        }
        r.at(16);
        type = r.u16();
        machine = r.u16();
        r.u32();
        entry = word(r);
        long phoff = word(r);
        long shoff = word(r);
        flags = r.u32();
        r.u16();
        int phentsize = r.u16();
        int phnum = r.u16();
        int shentsize = r.u16();
        int shnum = r.u16();
        int shstrndx = r.u16();
        segments = readSegments(phoff, phentsize, phnum);
        sections = readSections(shoff, shentsize, shnum, shstrndx);
    }

    public static ElfFile parse(ByteBuffer data) {
        return new ElfFile(data);
    }

    private long word(ByteReader r) {
        return is64 ? r.u64() : r.u32();
    }

    private List<Segment> readSegments(long phoff, int entsize, int count) {
        List<Segment> list = new ArrayList<>();
        if (count == 0) {
            return list;
        }
        ByteReader r = new ByteReader(data, "program headers");
        if (entsize < (is64 ? 56 : 32)) {
            throw r.fail(phoff, "program header entry size " + entsize + " too small");
        }
        for (int i = 0; i < count; i++) {
            r.at(phoff + (long) i * entsize);
            if (is64) {
                long ptype = r.u32();
                long pflags = r.u32();
                list.add(new Segment(ptype, pflags, r.u64(), r.u64(), r.u64(), r.u64(), r.u64(), r.u64()));
            } else {
                long ptype = r.u32();
                long off = r.u32();
                long va = r.u32();
                long pa = r.u32();
                long fsz = r.u32();
                long msz = r.u32();
                long pflags = r.u32();
                list.add(new Segment(ptype, pflags, off, va, pa, fsz, msz, r.u32()));
            }
        }
        return Collections.unmodifiableList(list);
    }

    private List<Section> readSections(long shoff, int entsize, int count, int shstrndx) {
        List<Section> list = new ArrayList<>();
        if (shoff == 0 || count == 0) {
            return list;
        }
        ByteReader r = new ByteReader(data, "section headers");
        if (entsize < (is64 ? 64 : 40)) {
            throw r.fail(shoff, "section header entry size " + entsize + " too small");
        }
        long[] nameOffsets = new long[count];
        long[][] raw = new long[count][];
        for (int i = 0; i < count; i++) {
            r.at(shoff + (long) i * entsize);
            nameOffsets[i] = r.u32();
            long shType = r.u32();
            long shFlags = word(r);
            long addr = word(r);
            long offset = word(r);
            long size = word(r);
            long link = r.u32();
            raw[i] = new long[] {shType, shFlags, addr, offset, size, link};
        }
        ByteReader names = null;
        if (shstrndx > 0 && shstrndx < count) {
            names = fileRange("section names", raw[shstrndx][3], raw[shstrndx][4]);
        }
        for (int i = 0; i < count; i++) {
            String name = "";
            if (names != null && nameOffsets[i] < names.size()) {
                name = names.cstringAt(nameOffsets[i]);
            }
            list.add(new Section(i, name, raw[i][0], raw[i][1], raw[i][2], raw[i][3], raw[i][4], (int) raw[i][5]));
        }
        return Collections.unmodifiableList(list);
    }

    private ByteReader fileRange(String what, long offset, long size) {
        if (offset < 0 || size < 0 || offset > data.limit() || size > data.limit() - offset) {
            throw new BadDataException(what, offset, "section of 0x" + Long.toHexString(size)
                    + " bytes at file offset 0x" + Long.toHexString(offset) + " lies outside the file");
        }
        return new ByteReader(data.slice((int) offset, (int) size), what);
    }

    /** The whole file's bytes (read-only view). */
    public ByteBuffer data() {
        return data.asReadOnlyBuffer();
    }

    public boolean is64() {
        return is64;
    }

    public int type() {
        return type;
    }

    public int machine() {
        return machine;
    }

    public long entry() {
        return entry;
    }

    public long flags() {
        return flags;
    }

    public List<Section> sections() {
        return sections;
    }

    public List<Segment> segments() {
        return segments;
    }

    public Section section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The bytes of a named section, or null when absent or without file contents. */
    public ByteReader sectionReader(String name) {
        Section s = section(name);
        if (s == null || s.type() == SHT_NOBITS) {
            return null;
        }
        return fileRange(name, s.fileOffset(), s.size());
    }

    /** The full symbol table (.symtab), or .dynsym when the file is stripped. */
    public List<ElfSymbol> symbols(long loadOffset) {
        Section table = null;
        for (Section s : sections) {
            if (s.type() == SHT_SYMTAB) {
                table = s;
            }
        }
        if (table == null) {
            for (Section s : sections) {
                if (s.type() == SHT_DYNSYM) {
                    table = s;
                }
            }
        }
        if (table == null) {
            return List.of();
        }
        ByteReader r = fileRange(table.name(), table.fileOffset(), table.size());
        ByteReader strings = null;
        Section link = linkedSection(table);
        if (link != null) {
            strings = fileRange(link.name(), link.fileOffset(), link.size());
        }
        int entsize = is64 ? 24 : 16;
        int count = (int) (table.size() / entsize);
        List<ElfSymbol> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            r.at((long) i * entsize);
            long nameOffset = r.u32();
            long value;
            long size;
            int info;
            int other;
            int shndx;
            if (is64) {
                info = r.u8();
                other = r.u8();
                shndx = r.u16();
                value = r.u64();
                size = r.u64();
            } else {
                value = r.u32();
                size = r.u32();
                info = r.u8();
                other = r.u8();
                shndx = r.u16();
            }
            String name = strings != null && nameOffset < strings.size() ? strings.cstringAt(nameOffset) : "";
            boolean relocatable = shndx != ElfSymbol.SHN_UNDEF && shndx != ElfSymbol.SHN_ABS;
            list.add(new ElfSymbol(name, relocatable ? value + loadOffset : value, size, info & 0xf, info >> 4, other & 3, shndx));
        }
        return list;
    }

    private Section linkedSection(Section table) {
        int link = table.link();
        return link > 0 && link < sections.size() ? sections.get(link) : null;
    }
}
