package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.BadDataException;
import io.guestlab.symbols.elf.ByteReader;

/**
 * Picks the location expression in effect at a pc: an exprloc attribute directly, or the entry
 * of a location list covering the pc ({@code .debug_loclists}, DWARF 5 section 2.6.2 and 7.29;
 * {@code .debug_loc}, DWARF 4 section 2.6.2).
 */
public final class LocationLists {

    private static final int MAX_ENTRIES = 1 << 16;

    private LocationLists() {
    }

    /** The expression for {@code pc} (link-time address), or null when none covers it. */
    public static byte[] expressionAt(Die d, int attribute, long pc) {
        byte[] direct = d.block(attribute);
        if (direct != null) {
            return direct;
        }
        int form = d.form(attribute);
        if (form < 0) {
            return null;
        }
        CompilationUnit cu = d.unit;
        long value = d.raw(attribute, 0);
        if (cu.version >= 5) {
            ByteReader r = cu.sections.loclists;
            if (r == null) {
                throw new BadDataException(".debug_loclists", 0, "location list without .debug_loclists");
            }
            long offset = form == Dw.FORM_LOCLISTX ? cu.indexedListOffset(r, cu.loclistsBase(), value) : value;
            return fromLoclists(cu, r.at(offset), pc);
        }
        ByteReader r = cu.sections.loc;
        if (r == null) {
            throw new BadDataException(".debug_loc", 0, "location list without .debug_loc");
        }
        return fromLoc(cu, r.at(value), pc);
    }

    private static byte[] fromLoclists(CompilationUnit cu, ByteReader r, long pc) {
        long base = cu.baseAddress();
        int size = cu.addressSize;
        byte[] fallback = null;
        for (int n = 0; n < MAX_ENTRIES; n++) {
            int kind = r.u8();
            long start;
            long end;
            switch (kind) {
                case 0 -> {
                    return fallback;
                }
                case 1 -> {
                    base = cu.indexedAddress(r.uleb());
                    continue;
                }
                case 2 -> {
                    start = cu.indexedAddress(r.uleb());
                    end = cu.indexedAddress(r.uleb());
                }
                case 3 -> {
                    start = cu.indexedAddress(r.uleb());
                    end = start + r.uleb();
                }
                case 4 -> {
                    start = base + r.uleb();
                    end = base + r.uleb();
                }
                case 5 -> {
                    fallback = r.bytes(r.uleb());
                    continue;
                }
                case 6 -> {
                    base = r.unsigned(size);
                    continue;
                }
                case 7 -> {
                    start = r.unsigned(size);
                    end = r.unsigned(size);
                }
                case 8 -> {
                    start = r.unsigned(size);
                    end = start + r.uleb();
                }
                default -> throw r.fail(r.position() - 1, "unknown location list entry kind " + kind);
            }
            byte[] expr = r.bytes(r.uleb());
            if (Long.compareUnsigned(pc, start) >= 0 && Long.compareUnsigned(pc, end) < 0) {
                return expr;
            }
        }
        throw r.fail("location list longer than " + MAX_ENTRIES + " entries");
    }

    private static byte[] fromLoc(CompilationUnit cu, ByteReader r, long pc) {
        long base = cu.baseAddress();
        int size = cu.addressSize;
        long max = size == 8 ? -1L : 0xffffffffL;
        for (int n = 0; n < MAX_ENTRIES; n++) {
            long start = r.unsigned(size);
            long end = r.unsigned(size);
            if (start == 0 && end == 0) {
                return null;
            }
            if (start == max) {
                base = end;
                continue;
            }
            byte[] expr = r.bytes(r.u16());
            if (Long.compareUnsigned(pc, base + start) >= 0 && Long.compareUnsigned(pc, base + end) < 0) {
                return expr;
            }
        }
        throw r.fail("location list longer than " + MAX_ENTRIES + " entries");
    }
}
