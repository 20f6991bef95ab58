package io.guestlab.symbols.dwarf;

import java.util.List;

/**
 * A subprogram or an inlined instance of one, with its address ranges. For an inlined instance
 * {@code caller} is the enclosing scope and callFile/callLine say where the call was written
 * (DWARF 5 section 3.3.8.2).
 */
public final class FunctionScope {

    /** The DIE by unit and offset, not by reference: scopes outlive the unit's DIE tree. */
    final CompilationUnit unit;
    final long offset;
    final int tag;
    final String name;
    final boolean linkageName;
    final List<long[]> ranges;
    final FunctionScope caller;
    final int callFile;
    final int callLine;

    FunctionScope(Die die, String name, boolean linkageName, List<long[]> ranges, FunctionScope caller, int callFile,
            int callLine) {
        this.unit = die.unit;
        this.offset = die.offset;
        this.tag = die.tag;
        this.name = name;
        this.linkageName = linkageName;
        this.ranges = ranges;
        this.caller = caller;
        this.callFile = callFile;
        this.callLine = callLine;
    }

    public String name() {
        return name;
    }

    /** Whether {@link #name} is a linkage (mangled) name, DW_AT_linkage_name, rather than DW_AT_name. */
    public boolean hasLinkageName() {
        return linkageName;
    }

    /** The subprogram or inlined-subroutine DIE (re-reads the unit's tree if it was released). */
    public Die die() {
        return unit.dieAt(offset);
    }

    public boolean isInlined() {
        return tag == Dw.TAG_INLINED_SUBROUTINE;
    }

    public FunctionScope caller() {
        return caller;
    }

    public int callLine() {
        return callLine;
    }

    public int callFile() {
        return callFile;
    }

    public List<long[]> ranges() {
        return ranges;
    }

    boolean contains(long addr) {
        for (long[] r : ranges) {
            if (Long.compareUnsigned(addr, r[0]) >= 0 && Long.compareUnsigned(addr, r[1]) < 0) {
                return true;
            }
        }
        return false;
    }

    long smallestRangeContaining(long addr) {
        long best = -1;
        for (long[] r : ranges) {
            if (Long.compareUnsigned(addr, r[0]) >= 0 && Long.compareUnsigned(addr, r[1]) < 0) {
                long len = r[1] - r[0];
                if (best == -1 || Long.compareUnsigned(len, best) < 0) {
                    best = len;
                }
            }
        }
        return best;
    }
}
