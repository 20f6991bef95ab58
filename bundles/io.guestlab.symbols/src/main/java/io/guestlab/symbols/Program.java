package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.CompilationUnit;
import io.guestlab.symbols.dwarf.DebugInfo;
import io.guestlab.symbols.dwarf.DebugSections;
import io.guestlab.symbols.dwarf.FunctionScope;
import io.guestlab.symbols.dwarf.LineTable;
import io.guestlab.symbols.elf.BadDataException;
import io.guestlab.symbols.elf.ByteReader;
import io.guestlab.symbols.elf.ElfFile;
import io.guestlab.symbols.elf.RiscvAttributes;
import io.guestlab.symbols.elf.SymbolIndex;
import io.guestlab.symbols.unwind.CallFrameInfo;
import io.guestlab.symbols.unwind.Fde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One ELF file loaded at a load offset (0 for a file linked where it runs): its sections,
 * symbols and debug information. Everything is read on first use; every failure reading the
 * file surfaces as a {@link SymbolsException} naming file, section and offset.
 * Not thread-safe: confine an instance to one thread or synchronize around it.
 */
public final class Program {

    /** Larger files cannot be mapped in one buffer; no RISC-V ELF of interest is that big. */
    private static final long MAX_FILE_SIZE = Integer.MAX_VALUE;

    private final Path path;
    private final long loadOffset;
    private final ElfFile elf;
    private List<ElfSymbol> symbols;
    private SymbolIndex symbolIndex;
    private DebugInfo debugInfo;
    private List<CallFrameInfo> frameTables;
    private TypeResolver types;
    /** Each function's name as binutils settles it at its first lookup (see {@link #innermostName}). */
    private final Map<FunctionScope, String> settledNames = new HashMap<>();

    private Program(Path path, ElfFile elf, long loadOffset) {
        this.path = path;
        this.elf = elf;
        this.loadOffset = loadOffset;
    }

    /** Opens an ELF file; {@code loadOffset} is added to every link-time address. */
    public static Program open(Path file, long loadOffset) throws SymbolsException {
        ByteBuffer data;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_FILE_SIZE) {
                throw new SymbolsException(file, null, -1, "file of " + size + " bytes is too large");
            }
            data = ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SymbolsException(file, null, -1, "no such file");
        } catch (IOException e) {
            throw new SymbolsException(file, null, -1, "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        return parse(file, data, loadOffset);
    }

    /** Reads an ELF image already in memory; {@code name} is used in error messages. */
    public static Program parse(Path name, ByteBuffer data, long loadOffset) throws SymbolsException {
        Program p = guard(name, () -> new Program(name, ElfFile.parse(data), loadOffset));
        if (p.elf.machine() != ElfFile.EM_RISCV) {
            throw new SymbolsException(name, "ELF header", 18, "not a RISC-V ELF (e_machine " + p.elf.machine() + ")");
        }
        return p;
    }

    /** A computation over the file's bytes that may meet corrupt data. */
    interface Reading<T> {
        T get();
    }

    static <T> T guard(Path file, Reading<T> reading) throws SymbolsException {
        try {
            return reading.get();
        } catch (BadDataException e) {
            throw new SymbolsException(file, e.section(), e.offset(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Decoders check bounds themselves; anything else is still a corrupt input, not a crash.
            throw new SymbolsException(file, "corrupt or unsupported input (" + e + ")", e);
        }
    }

    <T> T read(Reading<T> reading) throws SymbolsException {
        return guard(path, reading);
    }

    public Path path() {
        return path;
    }

    public long loadOffset() {
        return loadOffset;
    }

    public boolean is64Bit() {
        return elf.is64();
    }

    public long entry() {
        return elf.entry() + loadOffset;
    }

    /** e_flags: for RISC-V the float ABI and RVC bits (psABI "ELF Object Files"). */
    public long flags() {
        return elf.flags();
    }

    public List<Section> sections() {
        return elf.sections();
    }

    public List<Segment> segments() {
        return elf.segments();
    }

    /** All symbol-table entries in table order (the null entry 0 included), addresses relocated. */
    public List<ElfSymbol> symbols() throws SymbolsException {
        if (symbols == null) {
            symbols = read(() -> elf.symbols(loadOffset));
        }
        return symbols;
    }

    private SymbolIndex symbolIndex() throws SymbolsException {
        if (symbolIndex == null) {
            List<ElfSymbol> all = symbols();
            symbolIndex = new SymbolIndex(all);
        }
        return symbolIndex;
    }

    /** The nearest symbol at or below the address, e.g. {@code handle_trap+0x1c}; null if none. */
    public SymbolMatch symbolAt(long address) throws SymbolsException {
        return symbolIndex().nearest(address);
    }

    /** The address of a named symbol (functions and globals preferred over locals). */
    public OptionalLong addressOf(String name) throws SymbolsException {
        ElfSymbol s = symbolIndex().byName(name);
        return s == null ? OptionalLong.empty() : OptionalLong.of(s.address());
    }

    /** Tags of {@code .riscv.attributes} (e.g. {@code arch}); empty when the section is absent. */
    public Map<String, String> riscvAttributes() throws SymbolsException {
        return read(() -> {
            ByteReader r = elf.sectionReader(".riscv.attributes");
            return r == null ? Map.of() : RiscvAttributes.parse(r);
        });
    }

    DebugInfo debugInfo() throws SymbolsException {
        if (debugInfo == null) {
            debugInfo = read(() -> new DebugInfo(new DebugSections(elf)));
        }
        return debugInfo;
    }

    /** The FDE covering a (relocated) address: .debug_frame first, then .eh_frame; null if none. */
    Fde fdeFor(long address) throws SymbolsException {
        if (frameTables == null) {
            frameTables = read(() -> {
                List<CallFrameInfo> tables = new ArrayList<>();
                int addressSize = elf.is64() ? 8 : 4;
                ByteReader debugFrame = elf.sectionReader(".debug_frame");
                if (debugFrame != null) {
                    tables.add(new CallFrameInfo(debugFrame, false, 0, addressSize));
                }
                ByteReader ehFrame = elf.sectionReader(".eh_frame");
                if (ehFrame != null) {
                    tables.add(new CallFrameInfo(ehFrame, true, elf.section(".eh_frame").address(), addressSize));
                }
                return tables;
            });
        }
        long pc = address - loadOffset;
        for (CallFrameInfo t : frameTables) {
            Fde f = t.fdeFor(pc);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** Every FDE of .debug_frame and .eh_frame (link-time addresses), for tools and tests. */
    public List<Fde> frameDescriptions() throws SymbolsException {
        fdeFor(0);
        List<Fde> all = new ArrayList<>();
        frameTables.forEach(t -> all.addAll(t.fdes()));
        return all;
    }

    /**
     * Reads the loaded image (what a loader puts in memory: PROGBITS contents, zeros for
     * NOBITS); false when any byte lies outside the allocated sections.
     */
    public boolean readImage(long address, byte[] into) {
        for (int i = 0; i < into.length; ) {
            long pc = address + i - loadOffset;
            Section s = null;
            for (Section c : elf.sections()) {
                if (c.contains(pc)) {
                    s = c;
                    break;
                }
            }
            if (s == null) {
                return false;
            }
            long inSection = pc - s.address();
            int n = (int) Math.min(into.length - i, s.size() - inSection);
            if (s.type() == Section.SHT_NOBITS) {
                java.util.Arrays.fill(into, i, i + n, (byte) 0);
            } else {
                long fileOffset = s.fileOffset() + inSection;
                if (fileOffset < 0 || fileOffset + n > elf.data().limit()) {
                    return false;
                }
                elf.data().get((int) fileOffset, into, i, n);
            }
            i += n;
        }
        return true;
    }

    /** Whether {@code address} lies in an allocated section of this ELF. */
    public boolean containsAddress(long address) {
        long pc = address - loadOffset;
        for (Section s : elf.sections()) {
            if (s.contains(pc)) {
                return true;
            }
        }
        return false;
    }

    TypeResolver types() {
        if (types == null) {
            types = new TypeResolver();
        }
        return types;
    }

    public boolean hasDebugInfo() {
        return elf.section(".debug_info") != null;
    }

    public List<UnitSummary> units() throws SymbolsException {
        DebugInfo info = debugInfo();
        return read(() -> {
            List<UnitSummary> out = new ArrayList<>();
            for (CompilationUnit cu : info.units()) {
                out.add(new UnitSummary(cu.name(), cu.compDir(), cu.version(), cu.producer()));
            }
            return out;
        });
    }

    /** Every unit's line table rows, in section order (what objdump --dwarf=decodedline lists). */
    public List<LineEntry> lineEntries() throws SymbolsException {
        DebugInfo info = debugInfo();
        return read(() -> {
            List<LineEntry> out = new ArrayList<>();
            for (CompilationUnit cu : info.units()) {
                LineTable t = cu.lineTable();
                if (t == null) {
                    continue;
                }
                for (int i = 0; i < t.size(); i++) {
                    LineTable.Row r = t.row(i);
                    out.add(new LineEntry(r.address() + loadOffset, t.filePath(r.file()), r.line(), r.column(),
                            r.discriminator(), r.isStmt(), r.endSequence()));
                }
            }
            return out;
        });
    }

    /** Reads every line table now (so that later lookups cost nothing); returns the row count. */
    public long loadLineTables() throws SymbolsException {
        DebugInfo info = debugInfo();
        return read(() -> {
            long rows = 0;
            for (CompilationUnit cu : info.units()) {
                LineTable t = cu.lineTable();
                rows += t == null ? 0 : t.size();
            }
            return rows;
        });
    }

    /**
     * The source meaning of an address the way binutils' addr2line computes it: DWARF line
     * table and (inlined) function scopes first, the symbol table as a fallback.
     */
    public AddressInfo describe(long address) throws SymbolsException {
        return describe(address, false);
    }

    /**
     * Like {@link #describe}, but the innermost line is the one a debugger shows for a frame at
     * this pc: where several line-table rows share the address, a statement row (is_stmt) wins
     * over a later non-statement one, as in gdb's backtraces. Callers of inlined code are the same.
     */
    public AddressInfo describeFrame(long address) throws SymbolsException {
        return describe(address, true);
    }

    private AddressInfo describe(long address, boolean preferStatements) throws SymbolsException {
        long pc = address - loadOffset;
        Section section = null;
        for (Section s : elf.sections()) {
            if (s.contains(pc)) {
                section = s;
                break;
            }
        }
        if (section == null) {
            return new AddressInfo(address, List.of());
        }
        Section in = section;
        List<SourceLocation> fromDwarf = null;
        if (hasDebugInfo()) {
            fromDwarf = (in.flags() & Section.SHF_EXECINSTR) == 0 ? describeData(in, pc) : describeFromDwarf(pc, preferStatements);
        }
        if (fromDwarf != null) {
            SourceLocation first = fromDwarf.get(0);
            if (first.function() == null) {
                FunctionSymbol fallback = symbolFunction(in, pc);
                if (fallback != null) {
                    String file = first.file() != null ? first.file() : fallback.file();
                    fromDwarf.set(0, new SourceLocation(fallback.name(), file, first.line(), first.discriminator()));
                }
            }
            return new AddressInfo(address, List.copyOf(fromDwarf));
        }
        FunctionSymbol fallback = symbolFunction(in, pc);
        if (fallback == null) {
            return new AddressInfo(address, List.of());
        }
        return new AddressInfo(address, List.of(new SourceLocation(fallback.name(), fallback.file(), 0, 0)));
    }

    /**
     * A data address: binutils looks for a symbol exactly there (a global wins over locals) and
     * reports the declaration of the variable of that name and address.
     */
    private List<SourceLocation> describeData(Section section, long pc) throws SymbolsException {
        ElfSymbol symbol = null;
        for (ElfSymbol s : symbols()) {
            if (s.sectionIndex() == section.index() && s.address() - loadOffset == pc && s.type() != ElfSymbol.STT_SECTION) {
                symbol = s;
                if (s.binding() != ElfSymbol.STB_LOCAL) {
                    break;
                }
            }
        }
        if (symbol == null) {
            return null;
        }
        DebugInfo info = debugInfo();
        String name = symbol.name();
        Object[] variable = read(() -> info.staticVariableAt(pc, name));
        if (variable == null) {
            return null;
        }
        List<SourceLocation> out = new ArrayList<>();
        out.add(new SourceLocation(null, (String) variable[0], (Integer) variable[1], 0));
        return out;
    }

    private List<SourceLocation> describeFromDwarf(long pc, boolean preferStatements) throws SymbolsException {
        DebugInfo info = debugInfo();
        FunctionScope[] innermost = new FunctionScope[1];
        List<SourceLocation> found = read(() -> {
            for (CompilationUnit cu : info.unitsAt(pc)) {
                LineTable table = cu.lineTable();
                int row = table == null ? -1 : preferStatements ? table.statementRowFor(pc) : table.rowFor(pc);
                FunctionScope scope = info.innermostScope(cu, pc);
                if (row < 0 && scope == null) {
                    continue;
                }
                List<SourceLocation> out = new ArrayList<>();
                String file = null;
                int line = 0;
                int discriminator = 0;
                if (row >= 0) {
                    LineTable.Row r = table.row(row);
                    file = table.filePath(r.file());
                    line = r.line();
                    discriminator = r.discriminator();
                }
                out.add(new SourceLocation(scope == null ? null : scope.name(), file, line, discriminator));
                innermost[0] = scope;
                // Inlined code: each caller, at the call site recorded in the inlined instance.
                for (FunctionScope f = scope; f != null && f.isInlined() && f.caller() != null; f = f.caller()) {
                    String callFile = table == null ? null : table.filePath(f.callFile());
                    out.add(new SourceLocation(f.caller().name(), callFile, f.callLine(), 0));
                }
                return out;
            }
            return null;
        });
        if (found != null && innermost[0] != null) {
            SourceLocation first = found.get(0);
            found.set(0, new SourceLocation(innermostName(innermost[0], pc), first.file(), first.line(), first.discriminator()));
        }
        return found;
    }

    /**
     * The name binutils prints for the innermost function: its DWARF linkage name; without one
     * (GCC omits it for internal-linkage C++ functions, lambdas and clones such as
     * foo.constprop.0), the ELF symbol's name when a function symbol starts exactly where the
     * function's first range does, so that C++ names come out mangled (demangling is the
     * caller's choice); else its DWARF name. Like bfd, the first lookup settles it for good.
     */
    private String innermostName(FunctionScope scope, long pc) throws SymbolsException {
        if (scope.hasLinkageName() || scope.name() == null || scope.ranges().isEmpty()) {
            return scope.name();
        }
        String settled = settledNames.get(scope);
        if (settled == null) {
            settled = symbolTableName(scope, pc);
            settledNames.put(scope, settled);
        }
        return settled;
    }

    private String symbolTableName(FunctionScope scope, long pc) throws SymbolsException {
        Section section = null;
        for (Section s : elf.sections()) {
            if (s.contains(pc)) {
                section = s;
                break;
            }
        }
        FunctionSymbol symbol = section == null ? null : symbolFunction(section, pc);
        return symbol != null && symbol.offset() == scope.ranges().get(0)[0] ? symbol.name() : scope.name();
    }

    /**
     * The symbol-table fallback of binutils (bfd's ELF "find function"): the closest function-like
     * symbol of the same section at or below the address, and the STT_FILE symbol naming its file.
     */
    private FunctionSymbol symbolFunction(Section section, long pc) throws SymbolsException {
        List<ElfSymbol> all = symbols();
        ElfSymbol file = null;
        boolean symbolSeen = false;
        boolean fileAfterSymbol = false;
        ElfSymbol best = null;
        long bestOff = 0;
        long bestSize = 0;
        String bestFile = null;
        for (int i = 1; i < all.size(); i++) {
            ElfSymbol s = all.get(i);
            if (s.type() == ElfSymbol.STT_FILE) {
                file = s;
                if (symbolSeen) {
                    fileAfterSymbol = true;
                }
                continue;
            }
            symbolSeen = true;
            long size = functionLikeSize(s, section);
            if (size == 0) {
                continue;
            }
            long off = s.address() - loadOffset;
            if (betterFit(best, bestOff, bestSize, s, off, size, pc)) {
                best = s;
                bestOff = off;
                bestSize = size;
                bestFile = file != null && (s.binding() == ElfSymbol.STB_LOCAL || !fileAfterSymbol) ? file.name() : null;
            } else if (best != null && Long.compareUnsigned(off, pc) > 0 && Long.compareUnsigned(off, bestOff) > 0
                    && Long.compareUnsigned(off, bestOff + bestSize) < 0) {
                bestSize = off - bestOff;
            }
        }
        return best == null ? null : new FunctionSymbol(best.name(), bestFile, bestOff);
    }

    /** A function-like ELF symbol found for an address: its name, its STT_FILE's name (or null), its offset. */
    private record FunctionSymbol(String name, String file, long offset) {
    }

    private static long functionLikeSize(ElfSymbol s, Section section) {
        int t = s.type();
        if (t == ElfSymbol.STT_SECTION || t == ElfSymbol.STT_OBJECT || t == ElfSymbol.STT_TLS
                || s.sectionIndex() != section.index()) {
            return 0;
        }
        boolean local = s.binding() == ElfSymbol.STB_LOCAL;
        if (local && (s.name().startsWith("$x") || s.name().startsWith("$d"))) {
            return 0;
        }
        if (s.size() == 0 && local && t == ElfSymbol.STT_NOTYPE && s.visibility() == ElfSymbol.STV_HIDDEN) {
            return 0;
        }
        return s.size() == 0 ? 1 : s.size();
    }

    private static boolean betterFit(ElfSymbol best, long bestOff, long bestSize, ElfSymbol s, long off, long size,
            long pc) {
        if (Long.compareUnsigned(off, pc) > 0) {
            return false;
        }
        if (best == null) {
            return true;
        }
        if (Long.compareUnsigned(off, bestOff) < 0) {
            return false;
        }
        if (Long.compareUnsigned(off, bestOff) > 0) {
            return true;
        }
        if (Long.compareUnsigned(bestOff + bestSize, pc) <= 0) {
            return Long.compareUnsigned(size, bestSize) > 0;
        }
        if (Long.compareUnsigned(off + size, pc) > 0) {
            if (Long.compareUnsigned(size, bestSize) < 0) {
                return true;
            }
            if (size == bestSize) {
                return s.type() == ElfSymbol.STT_FUNC && best.type() != ElfSymbol.STT_FUNC;
            }
        }
        return false;
    }
}
