package io.guestlab.debug.ui.disassembly;

import java.util.ArrayList;
import java.util.List;

import io.guestlab.debug.core.session.DisassemblyLine;
import io.guestlab.debug.core.session.DisassemblyLine.Kind;

/**
 * The lines a disassembly view holds, in address order, grown page by page at either end. Each
 * page comes with the source line its first instructions belong to; where a page continues that
 * same line across the seam, the repeated source line is dropped.
 */
final class DisassemblyRows {

    private final List<DisassemblyLine> lines = new ArrayList<>();

    int size() {
        return lines.size();
    }

    DisassemblyLine get(int index) {
        return lines.get(index);
    }

    void replace(List<DisassemblyLine> page) {
        lines.clear();
        lines.addAll(page);
    }

    /** The address the first line covers (the start of the page before is taken from it), or -1 when empty. */
    long first() {
        return lines.isEmpty() ? -1 : lines.get(0).address();
    }

    /** The address after the last line's bytes, where the next page starts; -1 when empty. */
    long end() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).length() > 0) {
                return lines.get(i).end();
            }
        }
        return -1;
    }

    /** Adds a page before the first line; returns how many lines were added. */
    int prepend(List<DisassemblyLine> page) {
        int before = lines.size();
        DisassemblyLine last = sourceBefore(page, page.size());
        if (last != null && !lines.isEmpty() && sameSource(lines.get(0), last)) {
            lines.remove(0);
        }
        lines.addAll(0, page);
        return lines.size() - before;
    }

    /** Adds a page after the last line. */
    void append(List<DisassemblyLine> page) {
        List<DisassemblyLine> added = new ArrayList<>(page);
        DisassemblyLine last = sourceBefore(lines, lines.size());
        if (last != null && !added.isEmpty() && sameSource(added.get(0), last)) {
            added.remove(0);
        }
        lines.addAll(added);
    }

    /** The source line that the end of {@code list} (up to {@code end}) is in, or null (a label or a gap since). */
    private static DisassemblyLine sourceBefore(List<DisassemblyLine> list, int end) {
        for (int i = end - 1; i >= 0; i--) {
            DisassemblyLine l = list.get(i);
            if (l.kind() == Kind.SOURCE) {
                return l;
            }
            if (l.kind() == Kind.LABEL || l.kind() == Kind.UNREADABLE) {
                return null;
            }
        }
        return null;
    }

    private static boolean sameSource(DisassemblyLine a, DisassemblyLine b) {
        return a.kind() == Kind.SOURCE && b.kind() == Kind.SOURCE && a.line() == b.line() && a.file().equals(b.file());
    }

    /** The row of the instruction (or unreadable stretch) holding {@code address}, or -1. */
    int rowOf(long address) {
        for (int i = 0; i < lines.size(); i++) {
            DisassemblyLine l = lines.get(i);
            if (l.length() > 0 && Long.compareUnsigned(address, l.address()) >= 0 && Long.compareUnsigned(address, l.end()) < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The row to show for {@code address}: its label or source line when those head it, else the instruction; -1. */
    int headOf(long address) {
        int row = rowOf(address);
        while (row > 0 && lines.get(row - 1).length() == 0 && lines.get(row - 1).address() == address) {
            row--;
        }
        return row;
    }

    /** The instruction a row stands for: itself, or the one its label or source line heads; null for none. */
    DisassemblyLine instructionAt(int row) {
        for (int i = row; i >= 0 && i < lines.size(); i++) {
            if (lines.get(i).length() > 0) {
                return lines.get(i).kind() == Kind.INSTRUCTION ? lines.get(i) : null;
            }
        }
        return null;
    }
}
