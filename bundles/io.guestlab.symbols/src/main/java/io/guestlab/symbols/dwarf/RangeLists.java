package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.BadDataException;
import io.guestlab.symbols.elf.ByteReader;

import java.util.List;

/** Reads DW_AT_ranges: {@code .debug_rnglists} (DWARF 5 section 2.17.3) or {@code .debug_ranges} (DWARF 4). */
final class RangeLists {

    /** Hostile lists can be long; no real function has this many ranges. */
    private static final int MAX_ENTRIES = 1 << 16;

    private RangeLists() {
    }

    static void read(CompilationUnit cu, Die d, List<long[]> out) {
        int form = d.form(Dw.AT_RANGES);
        long value = d.raw(Dw.AT_RANGES, 0);
        if (cu.version >= 5) {
            ByteReader r = cu.sections.rnglists;
            if (r == null) {
                throw new BadDataException(".debug_rnglists", 0, "DW_AT_ranges without .debug_rnglists");
            }
            long offset = form == Dw.FORM_RNGLISTX ? cu.indexedListOffset(r, cu.rnglistsBase(), value) : value;
            readRnglist(cu, r.at(offset), out);
        } else {
            ByteReader r = cu.sections.ranges;
            if (r == null) {
                throw new BadDataException(".debug_ranges", 0, "DW_AT_ranges without .debug_ranges");
            }
            readRanges(cu, r.at(value), out);
        }
    }

    /** DWARF 5 section 7.25, DW_RLE_* entries. */
    private static void readRnglist(CompilationUnit cu, ByteReader r, List<long[]> out) {
        long base = cu.baseAddress();
        int size = cu.addressSize;
        for (int n = 0; n < MAX_ENTRIES; n++) {
            int kind = r.u8();
            switch (kind) {
                case 0 -> {
                    return;
                }
                case 1 -> base = cu.indexedAddress(r.uleb());
                case 2 -> add(out, cu.indexedAddress(r.uleb()), cu.indexedAddress(r.uleb()));
                case 3 -> {
                    long start = cu.indexedAddress(r.uleb());
                    add(out, start, start + r.uleb());
                }
                case 4 -> {
                    long start = base + r.uleb();
                    add(out, start, base + r.uleb());
                }
                case 5 -> base = r.unsigned(size);
                case 6 -> add(out, r.unsigned(size), r.unsigned(size));
                case 7 -> {
                    long start = r.unsigned(size);
                    add(out, start, start + r.uleb());
                }
                default -> throw r.fail(r.position() - 1, "unknown range list entry kind " + kind);
            }
        }
        throw r.fail("range list longer than " + MAX_ENTRIES + " entries");
    }

    /** DWARF 4 section 2.17.3: address pairs, (0,0) ends, (-1, base) selects a base. */
    private static void readRanges(CompilationUnit cu, ByteReader r, List<long[]> out) {
        long base = cu.baseAddress();
        int size = cu.addressSize;
        long max = size == 8 ? -1L : 0xffffffffL;
        for (int n = 0; n < MAX_ENTRIES; n++) {
            long start = r.unsigned(size);
            long end = r.unsigned(size);
            if (start == 0 && end == 0) {
                return;
            }
            if (start == max) {
                base = end;
            } else {
                add(out, base + start, base + end);
            }
        }
        throw r.fail("range list longer than " + MAX_ENTRIES + " entries");
    }

    private static void add(List<long[]> out, long start, long end) {
        if (Long.compareUnsigned(end, start) > 0) {
            out.add(new long[] {start, end});
        }
    }
}
