package io.guestlab.debug.core.session;

import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SourceLines;
import io.guestlab.symbols.SymbolsException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The programs a session knows the symbols of, with their line tables. */
public final class SessionSymbols {

    private final AddressSpace space = new AddressSpace();
    private final List<SourceLines> lines = new ArrayList<>();

    /** Opens each ELF; {@code files} pairs are (path, load offset). */
    SessionSymbols(List<Path> files, List<Long> offsets) throws SymbolsException {
        for (int i = 0; i < files.size(); i++) {
            Program p = Program.open(files.get(i), offsets.get(i));
            space.add(p);
            lines.add(new SourceLines(p));
        }
    }

    public AddressSpace space() {
        return space;
    }

    public List<Program> programs() {
        return space.programs();
    }

    /** The line table reader of the program holding {@code pc}, if any. */
    Optional<SourceLines> linesAt(long pc) {
        Program p = space.programAt(pc);
        return p == null ? Optional.empty() : Optional.of(lines.get(space.programs().indexOf(p)));
    }

    List<SourceLines> allLines() {
        return lines;
    }

    /** The address of a symbol in the first program that has it. */
    OptionalLong addressOf(String name) throws SymbolsException {
        for (Program p : space.programs()) {
            OptionalLong a = p.addressOf(name);
            if (a.isPresent()) {
                return a;
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Where a breakpoint on a function stops, as gdb's {@code break NAME}: its first statement
     * after the prologue (the second line of the line table within it), else its entry.
     */
    OptionalLong afterPrologue(String function) throws SymbolsException {
        OptionalLong entry = addressOf(function);
        if (entry.isEmpty()) {
            return entry;
        }
        Optional<SourceLines> l = linesAt(entry.getAsLong());
        if (l.isPresent()) {
            Optional<SourceLines.Statement> next = l.get().nextStatement(entry.getAsLong());
            if (next.isPresent()) {
                return OptionalLong.of(next.get().address());
            }
        }
        return entry;
    }

    /** Source meaning of a frame's pc (innermost location first, inlined callers after). */
    AddressInfo describeFrame(long pc) throws SymbolsException {
        Program p = space.programAt(pc);
        return p == null ? new AddressInfo(pc, List.of()) : p.describeFrame(pc);
    }
}
