package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.CompilationUnit;
import io.guestlab.symbols.dwarf.DebugInfo;
import io.guestlab.symbols.dwarf.Die;
import io.guestlab.symbols.dwarf.FunctionScope;
import io.guestlab.symbols.dwarf.LineTable;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The source-line questions stepping asks: which function holds a pc and its range ("step
 * return"), the address range of the current line ("step over" runs until the pc leaves it),
 * the next statement line, where a file:line starts ("run to line", breakpoints), and the calls
 * a function makes ("step into"). Addresses include the program's load offset.
 */
public final class SourceLines {

    private static final int TAG_CALL_SITE = 0x48;
    private static final int TAG_GNU_CALL_SITE = 0x4109;
    private static final int AT_CALL_RETURN_PC = 0x7d;
    private static final int AT_CALL_ORIGIN = 0x7f;

    /** A function (not an inlined copy) and the range of it that holds the pc. */
    public record FunctionRange(String name, long low, long high) {
    }

    /** A statement: where it starts and its source position. */
    public record Statement(long address, String file, int line) {
    }

    /** A call a function makes: the return address after it and the callee when known (may be null). */
    public record CallSite(long returnAddress, String callee) {
    }

    private final Program program;

    public SourceLines(Program program) {
        this.program = program;
    }

    public Optional<FunctionRange> functionContaining(long pc) throws SymbolsException {
        long at = pc - program.loadOffset();
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            for (CompilationUnit cu : info.unitsAt(at)) {
                for (FunctionScope f : info.scopes(cu)) {
                    if (f.isInlined()) {
                        continue;
                    }
                    for (long[] r : f.ranges()) {
                        if (Long.compareUnsigned(at, r[0]) >= 0 && Long.compareUnsigned(at, r[1]) < 0) {
                            long off = program.loadOffset();
                            return Optional.of(new FunctionRange(f.name(), r[0] + off, r[1] + off));
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    /** [start, end) of the run of line-table rows with pc's file and line, within its sequence. */
    public Optional<long[]> lineRange(long pc) throws SymbolsException {
        return withRow(pc, (table, i) -> {
            LineTable.Row row = table.row(i);
            int start = i;
            while (start > 0 && sameLine(table.row(start - 1), row) && !table.row(start - 1).endSequence()) {
                start--;
            }
            int end = i + 1;
            while (end < table.size() && !table.row(end).endSequence() && sameLine(table.row(end), row)) {
                end++;
            }
            long off = program.loadOffset();
            long stop = end < table.size() ? table.row(end).address() : row.address() + 1;
            return new long[] {table.row(start).address() + off, stop + off};
        });
    }

    /** The first statement after the current line's range in the same function ("next"). */
    public Optional<Statement> nextStatement(long pc) throws SymbolsException {
        Optional<FunctionRange> function = functionContaining(pc);
        Optional<long[]> range = lineRange(pc);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        long after = range.get()[1];
        Optional<Statement> next = withRow(pc, (table, i) -> {
            LineTable.Row current = table.row(i);
            long off = program.loadOffset();
            for (int k = i + 1; k < table.size(); k++) {
                LineTable.Row r = table.row(k);
                if (r.endSequence()) {
                    break;
                }
                boolean inFunction = function.isEmpty() || Long.compareUnsigned(r.address() + off, function.get().low()) >= 0
                        && Long.compareUnsigned(r.address() + off, function.get().high()) < 0;
                if (r.isStmt() && r.line() != 0 && Long.compareUnsigned(r.address() + off, after) >= 0 && inFunction
                        && !sameLine(r, current)) {
                    return new Statement(r.address() + off, table.filePath(r.file()), r.line());
                }
            }
            return null;
        });
        return next;
    }

    /** The start address of each block of statement rows for {@code file} (a path or its suffix) and line. */
    public List<Long> addressesOf(String file, int line) throws SymbolsException {
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            List<Long> out = new ArrayList<>();
            for (CompilationUnit cu : info.units()) {
                LineTable t = cu.lineTable();
                if (t == null) {
                    continue;
                }
                boolean inBlock = false;
                for (int i = 0; i < t.size(); i++) {
                    LineTable.Row r = t.row(i);
                    boolean match = !r.endSequence() && r.isStmt() && r.line() == line && pathMatches(t.filePath(r.file()), file);
                    if (match && !inBlock && !out.contains(r.address() + program.loadOffset())) {
                        out.add(r.address() + program.loadOffset());
                    }
                    inBlock = match || (inBlock && !r.endSequence() && r.line() == line);
                }
            }
            out.sort(Long::compareUnsigned);
            return out;
        });
    }

    /** The calls the function holding {@code pc} makes, as DW_TAG_call_site entries record them (GCC -O1 and up). */
    public List<CallSite> callSites(long pc) throws SymbolsException {
        long at = pc - program.loadOffset();
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            List<CallSite> out = new ArrayList<>();
            for (CompilationUnit cu : info.unitsAt(at)) {
                for (FunctionScope f : info.scopes(cu)) {
                    if (f.isInlined() || f.ranges().stream().noneMatch(r -> Long.compareUnsigned(at, r[0]) >= 0
                            && Long.compareUnsigned(at, r[1]) < 0)) {
                        continue;
                    }
                    Deque<Die> work = new ArrayDeque<>();
                    work.push(f.die());
                    while (!work.isEmpty()) {
                        Die d = work.pop();
                        if (d.tag() == TAG_CALL_SITE || d.tag() == TAG_GNU_CALL_SITE) {
                            int attr = d.has(AT_CALL_RETURN_PC) ? AT_CALL_RETURN_PC : io.guestlab.symbols.dwarf.Dw.AT_LOW_PC;
                            if (d.has(attr)) {
                                Die callee = cu.reference(d, AT_CALL_ORIGIN);
                                if (callee == null) {
                                    callee = cu.reference(d, io.guestlab.symbols.dwarf.Dw.AT_ABSTRACT_ORIGIN);
                                }
                                out.add(new CallSite(cu.address(d, attr) + program.loadOffset(),
                                        callee == null ? null : info.functionName(callee)));
                            }
                        }
                        d.children().forEach(work::push);
                    }
                    out.sort((a, b) -> Long.compareUnsigned(a.returnAddress(), b.returnAddress()));
                    return out;
                }
            }
            return out;
        });
    }

    private static boolean pathMatches(String path, String file) {
        return path != null && (path.equals(file) || path.endsWith("/" + file));
    }

    private static boolean sameLine(LineTable.Row a, LineTable.Row b) {
        return a.line() == b.line() && a.file() == b.file();
    }

    private interface RowQuery<T> {
        T apply(LineTable table, int row);
    }

    private <T> Optional<T> withRow(long pc, RowQuery<T> query) throws SymbolsException {
        long at = pc - program.loadOffset();
        DebugInfo info = program.debugInfo();
        return program.read(() -> {
            for (CompilationUnit cu : info.unitsAt(at)) {
                LineTable t = cu.lineTable();
                int i = t == null ? -1 : t.rowFor(at);
                if (i >= 0) {
                    return Optional.ofNullable(query.apply(t, i));
                }
            }
            return Optional.empty();
        });
    }
}
