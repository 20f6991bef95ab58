package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.ByteReader;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * All units of {@code .debug_info} of one ELF, with address lookups: which unit, which
 * (possibly inlined) function scopes, which line table row.
 */
public final class DebugInfo {

    /**
     * How many units keep their DIE trees in memory. Trees cost about ten times their
     * .debug_info bytes; what lookups need later (scopes, ranges, variable addresses) is kept
     * separately, so a kernel's worth of units does not stay resident.
     */
    public static final int RESIDENT_TREES = 32;

    private final int residentLimit;

    /** Units whose trees are loaded, least recently used first. */
    private final java.util.LinkedHashMap<CompilationUnit, Boolean> residentTrees = new java.util.LinkedHashMap<>(16, 0.75f, true);

    /** Called by a unit whenever its tree is used; releases the least recently used trees. */
    void treeUsed(CompilationUnit cu) {
        residentTrees.put(cu, Boolean.TRUE);
        while (residentTrees.size() > residentLimit) {
            CompilationUnit oldest = residentTrees.keySet().iterator().next();
            residentTrees.remove(oldest);
            oldest.releaseTree();
        }
    }

    /** Bounded so that hostile abstract-origin/specification chains cannot loop. */
    private static final int MAX_ORIGIN_HOPS = 32;

    private final DebugSections sections;
    private final List<CompilationUnit> units = new ArrayList<>();
    private final Map<Long, AbbreviationTable> abbrevCache = new HashMap<>();
    private final Map<CompilationUnit, List<FunctionScope>> scopes = new IdentityHashMap<>();
    private final Map<CompilationUnit, List<long[]>> unitRanges = new IdentityHashMap<>();

    public DebugInfo(DebugSections sections) {
        this(sections, RESIDENT_TREES);
    }

    /** @param residentTrees how many units keep their DIE trees loaded (at least 1) */
    public DebugInfo(DebugSections sections, int residentTrees) {
        this.sections = sections;
        this.residentLimit = Math.max(1, residentTrees);
        ByteReader r = sections.info;
        if (r == null) {
            return;
        }
        r.at(0);
        while (r.remaining() > 0) {
            CompilationUnit cu = new CompilationUnit(this, sections, r);
            units.add(cu);
            r.at(cu.end);
        }
    }

    public DebugSections sections() {
        return sections;
    }

    public List<CompilationUnit> units() {
        return Collections.unmodifiableList(units);
    }

    AbbreviationTable abbreviations(long offset) {
        return abbrevCache.computeIfAbsent(offset, o -> new AbbreviationTable(sections.abbrev, o));
    }

    Die dieAt(long sectionOffset) {
        for (CompilationUnit cu : units) {
            if (cu.contains(sectionOffset)) {
                return cu.dieAt(sectionOffset);
            }
        }
        return null;
    }

    /** The address ranges a unit covers: its own, else its line table's sequences. */
    public List<long[]> ranges(CompilationUnit cu) {
        return unitRanges.computeIfAbsent(cu, u -> {
            List<long[]> r = u.ranges(u.root());
            if (r.isEmpty() && u.lineTable() != null) {
                r = u.lineTable().sequenceRanges();
            }
            return r;
        });
    }

    /** All units whose ranges contain the address, in section order. */
    public List<CompilationUnit> unitsAt(long addr) {
        List<CompilationUnit> out = new ArrayList<>(1);
        for (CompilationUnit cu : units) {
            for (long[] range : ranges(cu)) {
                if (Long.compareUnsigned(addr, range[0]) >= 0 && Long.compareUnsigned(addr, range[1]) < 0) {
                    out.add(cu);
                    break;
                }
            }
        }
        return out;
    }

    /** Every subprogram and inlined subroutine of a unit that has code. */
    public List<FunctionScope> scopes(CompilationUnit cu) {
        List<FunctionScope> list = scopes.get(cu);
        if (list == null) {
            list = buildScopes(cu);
            scopes.put(cu, list);
        }
        return list;
    }

    private List<FunctionScope> buildScopes(CompilationUnit cu) {
        List<FunctionScope> out = new ArrayList<>();
        Die root = cu.tree();
        Deque<Object[]> work = new ArrayDeque<>();
        work.push(new Object[] {root, null});
        while (!work.isEmpty()) {
            Object[] item = work.pop();
            Die d = (Die) item[0];
            FunctionScope enclosing = (FunctionScope) item[1];
            FunctionScope here = enclosing;
            if (d.tag == Dw.TAG_SUBPROGRAM || d.tag == Dw.TAG_INLINED_SUBROUTINE) {
                List<long[]> ranges = cu.ranges(d);
                boolean inlined = d.tag == Dw.TAG_INLINED_SUBROUTINE;
                FunctionScope f = new FunctionScope(d, functionName(d), hasLinkageName(d), ranges, inlined ? enclosing : null,
                        (int) d.raw(Dw.AT_CALL_FILE, 0), (int) d.raw(Dw.AT_CALL_LINE, 0));
                if (!ranges.isEmpty()) {
                    out.add(f);
                }
                here = f;
            }
            List<Die> kids = d.children;
            for (int i = kids.size() - 1; i >= 0; i--) {
                work.push(new Object[] {kids.get(i), here});
            }
        }
        return out;
    }

    /** Whether {@link #functionName} finds a linkage name (DW_AT_linkage_name) for the function. */
    boolean hasLinkageName(Die d) {
        Die cur = d;
        for (int hops = 0; cur != null && hops < MAX_ORIGIN_HOPS; hops++) {
            String linkage = cur.unit.string(cur, Dw.AT_LINKAGE_NAME);
            if (linkage == null) {
                linkage = cur.unit.string(cur, Dw.AT_MIPS_LINKAGE_NAME);
            }
            if (linkage != null || cur.name() != null) {
                return linkage != null;
            }
            Die next = cur.unit.reference(cur, Dw.AT_ABSTRACT_ORIGIN);
            cur = next != null ? next : cur.unit.reference(cur, Dw.AT_SPECIFICATION);
        }
        return false;
    }

    /** A function's name: its linkage name if any, else its name, following origins/specifications. */
    public String functionName(Die d) {
        Die cur = d;
        for (int hops = 0; cur != null && hops < MAX_ORIGIN_HOPS; hops++) {
            String linkage = cur.unit.string(cur, Dw.AT_LINKAGE_NAME);
            if (linkage == null) {
                linkage = cur.unit.string(cur, Dw.AT_MIPS_LINKAGE_NAME);
            }
            if (linkage != null) {
                return linkage;
            }
            String name = cur.name();
            if (name != null) {
                return name;
            }
            Die next = cur.unit.reference(cur, Dw.AT_ABSTRACT_ORIGIN);
            if (next == null) {
                next = cur.unit.reference(cur, Dw.AT_SPECIFICATION);
            }
            cur = next;
        }
        return null;
    }

    /**
     * The innermost scope containing {@code addr}: the one with the smallest containing range,
     * the later DIE on a tie (as binutils does). Null when none.
     */
    public FunctionScope innermostScope(CompilationUnit cu, long addr) {
        FunctionScope best = null;
        long bestLen = -1;
        for (FunctionScope f : scopes(cu)) {
            long len = f.smallestRangeContaining(addr);
            if (len == -1) {
                continue;
            }
            if (best == null || Long.compareUnsigned(len, bestLen) < 0
                    || (len == bestLen && f.offset > best.offset)) {
                best = f;
                bestLen = len;
            }
        }
        return best;
    }

    /**
     * The declaration (file, line) of the variable {@code name} whose DW_AT_location is the static
     * address {@code addr} (DW_OP_addr or DW_OP_addrx): how binutils describes a data symbol.
     */
    public Object[] staticVariableAt(long addr, String name) {
        if (staticVariables == null) {
            staticVariables = new HashMap<>();
            for (CompilationUnit cu : units) {
                Deque<Die> work = new ArrayDeque<>();
                work.push(cu.tree());
                while (!work.isEmpty()) {
                    Die d = work.pop();
                    if (d.tag == Dw.TAG_VARIABLE) {
                        recordStatic(cu, d);
                    }
                    for (Die c : d.children) {
                        work.push(c);
                    }
                }
            }
        }
        return staticVariables.get(name + "@" + addr);
    }

    private void recordStatic(CompilationUnit cu, Die d) {
        byte[] loc = d.block(Dw.AT_LOCATION);
        if (loc == null || loc.length < 2) {
            return;
        }
        long address;
        int op = loc[0] & 0xff;
        ByteReader r = new ByteReader(java.nio.ByteBuffer.wrap(loc), ".debug_info");
        r.u8();
        if (op == 0x03 && loc.length == 1 + cu.addressSize) {
            address = r.unsigned(cu.addressSize);
        } else if (op == 0xa1) {
            address = cu.indexedAddress(r.uleb());
            if (!r.atEnd()) {
                return;
            }
        } else {
            return;
        }
        Die decl = d;
        if (!d.has(Dw.AT_DECL_LINE) || !d.has(Dw.AT_NAME)) {
            Die spec = cu.reference(d, Dw.AT_SPECIFICATION);
            if (spec != null) {
                decl = spec;
            }
        }
        LineTable t = decl.unit.lineTable();
        String file = t == null ? null : t.filePath((int) decl.raw(Dw.AT_DECL_FILE, 0));
        String name = decl.name();
        if (name != null && file != null) {
            staticVariables.putIfAbsent(name + "@" + address, new Object[] {file, (int) decl.raw(Dw.AT_DECL_LINE, 0)});
        }
    }

    private Map<String, Object[]> staticVariables;

}
