package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.Section;
import io.guestlab.symbols.elf.ByteReader;
import io.guestlab.symbols.elf.ElfFile;

/** The DWARF sections of one ELF file; absent sections are null. */
public final class DebugSections {

    final ByteReader info;
    final ByteReader abbrev;
    final ByteReader str;
    final ByteReader lineStr;
    final ByteReader line;
    final ByteReader addr;
    final ByteReader strOffsets;
    final ByteReader rnglists;
    final ByteReader loclists;
    final ByteReader ranges;
    final ByteReader loc;
    final ByteReader debugFrame;
    final ByteReader ehFrame;
    final long ehFrameAddress;

    public DebugSections(ElfFile elf) {
        info = elf.sectionReader(".debug_info");
        abbrev = elf.sectionReader(".debug_abbrev");
        str = elf.sectionReader(".debug_str");
        lineStr = elf.sectionReader(".debug_line_str");
        line = elf.sectionReader(".debug_line");
        addr = elf.sectionReader(".debug_addr");
        strOffsets = elf.sectionReader(".debug_str_offsets");
        rnglists = elf.sectionReader(".debug_rnglists");
        loclists = elf.sectionReader(".debug_loclists");
        ranges = elf.sectionReader(".debug_ranges");
        loc = elf.sectionReader(".debug_loc");
        debugFrame = elf.sectionReader(".debug_frame");
        ehFrame = elf.sectionReader(".eh_frame");
        Section ehFrameSection = elf.section(".eh_frame");
        ehFrameAddress = ehFrameSection == null ? 0 : ehFrameSection.address();
    }

    public ByteReader debugFrame() {
        return debugFrame;
    }

    public ByteReader ehFrame() {
        return ehFrame;
    }

    public long ehFrameAddress() {
        return ehFrameAddress;
    }
}
