package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.BadDataException;
import io.guestlab.symbols.elf.ByteReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit of {@code .debug_info} (DWARF 5 section 7.5.1, DWARF 4 section 7.5.1.1): its header,
 * its DIE tree (read on first use) and the resolution of strx/addrx/ref forms against the
 * unit's bases.
 */
public final class CompilationUnit {

    private static final int UT_COMPILE = 1;
    private static final int UT_TYPE = 2;
    private static final int UT_SKELETON = 4;
    private static final int UT_SPLIT_COMPILE = 5;
    private static final int UT_SPLIT_TYPE = 6;

    final DebugInfo owner;
    final DebugSections sections;
    final long offset;
    final long end;
    final int version;
    final int addressSize;
    final int offsetSize;
    private final long dieStart;
    private final long abbrevOffset;
    private AbbreviationTable abbrevs;
    private Die root;
    private boolean treeRead;
    private Map<Long, Die> byOffset;
    private long strOffsetsBase = -1;
    private long addrBase = -1;
    private long rnglistsBase = -1;
    private long loclistsBase = -1;
    private long baseAddress;
    private LineTable lineTable;
    private boolean lineTableRead;

    CompilationUnit(DebugInfo owner, DebugSections sections, ByteReader r) {
        this.owner = owner;
        this.sections = sections;
        this.offset = r.position();
        long length = r.u32();
        int offSize = 4;
        if (length == 0xffffffffL) {
            length = r.u64();
            offSize = 8;
        } else if (length >= 0xfffffff0L) {
            throw r.fail(offset, "reserved unit length 0x" + Long.toHexString(length));
        }
        offsetSize = offSize;
        if (length > r.remaining()) {
            throw r.fail(offset, "unit length 0x" + Long.toHexString(length) + " runs past the section end");
        }
        end = r.position() + length;
        version = r.u16();
        if (version < 2 || version > 5) {
            throw r.fail(offset, "unsupported DWARF version " + version);
        }
        int unitType = UT_COMPILE;
        if (version >= 5) {
            unitType = r.u8();
            addressSize = r.u8();
            abbrevOffset = r.unsigned(offsetSize);
            if (unitType == UT_SKELETON || unitType == UT_SPLIT_COMPILE) {
                r.u64();
            } else if (unitType == UT_TYPE || unitType == UT_SPLIT_TYPE) {
                r.u64();
                r.unsigned(offsetSize);
            }
        } else {
            abbrevOffset = r.unsigned(offsetSize);
            addressSize = r.u8();
        }
        if (addressSize != 4 && addressSize != 8) {
            throw r.fail(offset, "unsupported address size " + addressSize);
        }
        dieStart = r.position();
        r.at(end);
    }

    public int version() {
        return version;
    }

    public long offset() {
        return offset;
    }

    public int addressSize() {
        return addressSize;
    }

    private AbbreviationTable abbrevs() {
        if (abbrevs == null) {
            if (sections.abbrev == null) {
                throw new BadDataException(".debug_info", offset, "no .debug_abbrev section");
            }
            abbrevs = owner.abbreviations(abbrevOffset);
        }
        return abbrevs;
    }

    /** The unit DIE alone (cheap: used to index units without reading their trees). */
    public Die root() {
        if (root == null) {
            ByteReader r = sections.info.slice(0, end).at(dieStart);
            root = readDie(r);
            if (root == null) {
                throw new BadDataException(".debug_info", dieStart, "unit without a unit DIE");
            }
            strOffsetsBase = root.raw(Dw.AT_STR_OFFSETS_BASE, -1);
            addrBase = root.raw(Dw.AT_ADDR_BASE, -1);
            rnglistsBase = root.raw(Dw.AT_RNGLISTS_BASE, -1);
            loclistsBase = root.raw(Dw.AT_LOCLISTS_BASE, -1);
            baseAddress = root.has(Dw.AT_LOW_PC) ? address(root, Dw.AT_LOW_PC) : 0;
        }
        return root;
    }

    /** The whole DIE tree of this unit, read iteratively (no recursion on hostile depth). */
    public Die tree() {
        if (treeRead) {
            owner.treeUsed(this);
            return root;
        }
        Die top = root();
        treeRead = true;
        owner.treeUsed(this);
        byOffset = new HashMap<>();
        byOffset.put(top.offset, top);
        ByteReader r = sections.info.slice(0, end).at(dieStart);
        readDie(r);
        if (!hasChildren(top)) {
            return top;
        }
        Deque<Die> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty() && !r.atEnd()) {
            long at = r.position();
            Die d = readDie(r);
            if (d == null) {
                stack.pop();
                continue;
            }
            stack.peek().addChild(d);
            byOffset.put(at, d);
            if (hasChildren(d)) {
                stack.push(d);
            }
        }
        return top;
    }

    /**
     * Forgets the DIE tree (the unit DIE and its attributes stay): it is read again on next
     * use. DIEs handed out before remain valid, they just stop being shared.
     */
    void releaseTree() {
        if (treeRead) {
            treeRead = false;
            byOffset = null;
            root.children = List.of();
        }
    }

    private static boolean hasChildren(Die d) {
        return d.hasChildren;
    }

    /** Reads one DIE at the cursor, or returns null for a null entry (end of siblings). */
    private Die readDie(ByteReader r) {
        long at = r.position();
        long code = r.uleb();
        if (code == 0) {
            return null;
        }
        Abbreviation a = abbrevs().get(code);
        if (a == null) {
            throw r.fail(at, "DIE uses unknown abbreviation code " + code);
        }
        int n = a.attributes().length;
        // Forms and attribute names are shared with the abbreviation (DIEs are many); only a
        // DW_FORM_indirect makes a DIE's forms its own.
        int[] forms = a.forms();
        long[] values = new long[n];
        Object[] blocks = null;
        for (int i = 0; i < n; i++) {
            int form = forms[i];
            int hops = 0;
            while (form == Dw.FORM_INDIRECT) {
                form = (int) r.uleb();
                if (++hops > 4) {
                    throw r.fail("DW_FORM_indirect chain");
                }
            }
            if (form != forms[i]) {
                forms = forms == a.forms() ? forms.clone() : forms;
                forms[i] = form;
            }
            if (form == Dw.FORM_IMPLICIT_CONST) {
                values[i] = a.implicitConstants()[i];
            } else if (isBlockForm(form)) {
                if (blocks == null) {
                    blocks = new Object[n];
                }
                readForm(r, form, i, values, blocks);
            } else {
                readForm(r, form, i, values, null);
            }
        }
        Die d = new Die(this, at, a.tag(), a.attributes(), forms, values, blocks);
        d.hasChildren = a.hasChildren();
        return d;
    }

    private static boolean isBlockForm(int form) {
        return form == Dw.FORM_STRING || form == Dw.FORM_DATA16 || form == Dw.FORM_BLOCK || form == Dw.FORM_BLOCK1
                || form == Dw.FORM_BLOCK2 || form == Dw.FORM_BLOCK4 || form == Dw.FORM_EXPRLOC;
    }

    /** Reads one value; {@code blocks} is non-null exactly for the forms {@link #isBlockForm} names. */
    private void readForm(ByteReader r, int form, int i, long[] values, Object[] blocks) {
        switch (form) {
            case Dw.FORM_ADDR -> values[i] = r.unsigned(addressSize);
            case Dw.FORM_DATA1, Dw.FORM_REF1, Dw.FORM_FLAG, Dw.FORM_STRX1, Dw.FORM_ADDRX1 -> values[i] = r.u8();
            case Dw.FORM_DATA2, Dw.FORM_REF2, Dw.FORM_STRX2, Dw.FORM_ADDRX2 -> values[i] = r.u16();
            case Dw.FORM_STRX3, Dw.FORM_ADDRX3 -> values[i] = r.u24();
            case Dw.FORM_DATA4, Dw.FORM_REF4, Dw.FORM_STRX4, Dw.FORM_ADDRX4, Dw.FORM_REF_SUP4 -> values[i] = r.u32();
            case Dw.FORM_DATA8, Dw.FORM_REF8, Dw.FORM_REF_SIG8, Dw.FORM_REF_SUP8 -> values[i] = r.u64();
            case Dw.FORM_DATA16 -> blocks[i] = r.bytes(16);
            case Dw.FORM_SDATA -> values[i] = r.sleb();
            case Dw.FORM_UDATA, Dw.FORM_REF_UDATA, Dw.FORM_STRX, Dw.FORM_ADDRX, Dw.FORM_LOCLISTX,
                    Dw.FORM_RNGLISTX, Dw.FORM_GNU_ADDR_INDEX, Dw.FORM_GNU_STR_INDEX -> values[i] = r.uleb();
            case Dw.FORM_STRING -> blocks[i] = r.cstring();
            case Dw.FORM_STRP, Dw.FORM_LINE_STRP, Dw.FORM_SEC_OFFSET, Dw.FORM_STRP_SUP, Dw.FORM_GNU_REF_ALT,
                    Dw.FORM_GNU_STRP_ALT -> values[i] = r.unsigned(offsetSize);
            case Dw.FORM_REF_ADDR -> values[i] = r.unsigned(version <= 2 ? addressSize : offsetSize);
            case Dw.FORM_BLOCK1 -> blocks[i] = r.bytes(r.u8());
            case Dw.FORM_BLOCK2 -> blocks[i] = r.bytes(r.u16());
            case Dw.FORM_BLOCK4 -> blocks[i] = r.bytes(r.u32());
            case Dw.FORM_BLOCK, Dw.FORM_EXPRLOC -> blocks[i] = r.bytes(r.uleb());
            case Dw.FORM_FLAG_PRESENT -> values[i] = 1;
            default -> throw r.fail("unknown attribute form 0x" + Integer.toHexString(form));
        }
    }

    /** A string attribute in any string form, or null when absent or unreadable. */
    public String string(Die d, int attribute) {
        int i = d.index(attribute);
        if (i < 0) {
            return null;
        }
        long v = d.values[i];
        return switch (d.forms[i]) {
            case Dw.FORM_STRING -> d.blocks == null ? null : (String) d.blocks[i];
            case Dw.FORM_STRP -> sections.str == null ? null : sections.str.cstringAt(v);
            case Dw.FORM_LINE_STRP -> sections.lineStr == null ? null : sections.lineStr.cstringAt(v);
            case Dw.FORM_STRX, Dw.FORM_STRX1, Dw.FORM_STRX2, Dw.FORM_STRX3, Dw.FORM_STRX4,
                    Dw.FORM_GNU_STR_INDEX -> indexedString(v);
            default -> null;
        };
    }

    private String indexedString(long index) {
        if (sections.strOffsets == null || sections.str == null) {
            throw new BadDataException(".debug_str_offsets", 0, "strx form without .debug_str_offsets");
        }
        long base = strOffsetsBase >= 0 ? strOffsetsBase : (offsetSize == 8 ? 16 : 8);
        ByteReader r = sections.strOffsets.at(base + index * offsetSize);
        return sections.str.cstringAt(r.unsigned(offsetSize));
    }

    /** An address attribute (DW_FORM_addr or addrx via .debug_addr). */
    public long address(Die d, int attribute) {
        int i = d.index(attribute);
        if (i < 0) {
            throw new BadDataException(".debug_info", d.offset, "missing address attribute 0x" + Integer.toHexString(attribute));
        }
        return switch (d.forms[i]) {
            case Dw.FORM_ADDRX, Dw.FORM_ADDRX1, Dw.FORM_ADDRX2, Dw.FORM_ADDRX3, Dw.FORM_ADDRX4,
                    Dw.FORM_GNU_ADDR_INDEX -> indexedAddress(d.values[i]);
            default -> d.values[i];
        };
    }

    public long indexedAddress(long index) {
        if (sections.addr == null) {
            throw new BadDataException(".debug_addr", 0, "addrx form without .debug_addr");
        }
        long base = addrBase >= 0 ? addrBase : (offsetSize == 8 ? 16 : 8);
        return sections.addr.at(base + index * addressSize).unsigned(addressSize);
    }

    static boolean isReference(int form) {
        return form == Dw.FORM_REF1 || form == Dw.FORM_REF2 || form == Dw.FORM_REF4 || form == Dw.FORM_REF8
                || form == Dw.FORM_REF_UDATA || form == Dw.FORM_REF_ADDR;
    }

    /** The DIE a reference attribute points at, or null when absent or dangling. */
    public Die reference(Die d, int attribute) {
        int i = d.index(attribute);
        if (i < 0 || !isReference(d.forms[i])) {
            return null;
        }
        long target = d.forms[i] == Dw.FORM_REF_ADDR ? d.values[i] : offset + d.values[i];
        if (target >= offset && target < end) {
            tree();
            return byOffset.get(target);
        }
        return owner.dieAt(target);
    }

    Die dieAt(long sectionOffset) {
        tree();
        return byOffset.get(sectionOffset);
    }

    boolean contains(long sectionOffset) {
        return sectionOffset >= offset && sectionOffset < end;
    }

    /** Whether an attribute holds a constant (DWARF 5 section 7.5.5 class "constant"). */
    static boolean isConstant(int form) {
        return form == Dw.FORM_DATA1 || form == Dw.FORM_DATA2 || form == Dw.FORM_DATA4 || form == Dw.FORM_DATA8
                || form == Dw.FORM_SDATA || form == Dw.FORM_UDATA || form == Dw.FORM_IMPLICIT_CONST;
    }

    /**
     * The address ranges of a DIE: low_pc/high_pc (high_pc a length when a constant, DWARF 5
     * section 2.17.2) or DW_AT_ranges. Empty when it has none.
     */
    public List<long[]> ranges(Die d) {
        root();
        List<long[]> out = new ArrayList<>(1);
        if (d.has(Dw.AT_LOW_PC) && d.has(Dw.AT_HIGH_PC)) {
            long low = address(d, Dw.AT_LOW_PC);
            int form = d.form(Dw.AT_HIGH_PC);
            long high = isConstant(form) ? low + d.raw(Dw.AT_HIGH_PC, 0) : address(d, Dw.AT_HIGH_PC);
            if (Long.compareUnsigned(high, low) > 0) {
                out.add(new long[] {low, high});
            }
        } else if (d.has(Dw.AT_RANGES)) {
            RangeLists.read(this, d, out);
        }
        return out;
    }

    long baseAddress() {
        root();
        return baseAddress;
    }

    long rnglistsBase() {
        root();
        return rnglistsBase;
    }

    /**
     * The section offset of list {@code index} of a DW_FORM_rnglistx / DW_FORM_loclistx value: the offset table
     * after the list section's header holds offsets relative to that table (DWARF 5 sections 7.28, 7.29).
     */
    long indexedListOffset(ByteReader lists, long listsBase, long index) {
        long base = listsBase >= 0 ? listsBase : (offsetSize == 8 ? 20 : 12);
        return base + lists.at(base + index * offsetSize).unsigned(offsetSize);
    }

    long loclistsBase() {
        root();
        return loclistsBase;
    }

    public String name() {
        return root().name();
    }

    public String compDir() {
        return string(root(), Dw.AT_COMP_DIR);
    }

    public String producer() {
        return string(root(), Dw.AT_PRODUCER);
    }

    /** This unit's line table, or null when it has no DW_AT_stmt_list. */
    public LineTable lineTable() {
        if (!lineTableRead) {
            lineTableRead = true;
            Die r = root();
            long stmt = r.raw(Dw.AT_STMT_LIST, -1);
            if (stmt >= 0 && sections.line != null) {
                lineTable = LineTable.read(sections, stmt, addressSize, compDir(), name());
            }
        }
        return lineTable;
    }
}
