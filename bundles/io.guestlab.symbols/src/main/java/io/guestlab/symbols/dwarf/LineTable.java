package io.guestlab.symbols.dwarf;

import io.guestlab.symbols.elf.ByteReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The decoded line number program of one unit (DWARF 5 section 6.2, DWARF 4 section 6.2): the
 * file table and every row of the state machine, in program order, as compact parallel arrays.
 */
public final class LineTable {

    /** One row of the line number matrix. */
    public record Row(long address, int file, int line, int column, int discriminator, boolean isStmt,
            boolean endSequence, boolean prologueEnd) {
    }

    private static final int LNCT_PATH = 1;
    private static final int LNCT_DIRECTORY_INDEX = 2;

    final int version;
    private final List<String> directories = new ArrayList<>();
    private final List<String> fileNames = new ArrayList<>();
    private final List<Integer> fileDirs = new ArrayList<>();
    private final String compDir;
    private long[] addresses = new long[64];
    private int[] files = new int[64];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private int[] discriminators = new int[64];
    private byte[] flags = new byte[64];
    private int count;

    private static final byte STMT = 1;
    private static final byte END = 2;
    private static final byte PROLOGUE_END = 4;

    private LineTable(int version, String compDir) {
        this.version = version;
        this.compDir = compDir;
    }

    static LineTable read(DebugSections s, long offset, int cuAddressSize, String compDir, String cuName) {
        ByteReader r = s.line.at(offset);
        long length = r.u32();
        int offsetSize = 4;
        if (length == 0xffffffffL) {
            length = r.u64();
            offsetSize = 8;
        }
        if (length > r.remaining()) {
            throw r.fail(offset, "line program length 0x" + Long.toHexString(length) + " runs past the section end");
        }
        long end = r.position() + length;
        int version = r.u16();
        if (version < 2 || version > 5) {
            throw r.fail(offset, "unsupported line table version " + version);
        }
        LineTable t = new LineTable(version, compDir);
        int addressSize = cuAddressSize;
        if (version >= 5) {
            addressSize = r.u8();
            r.u8();
        }
        long headerLength = r.unsigned(offsetSize);
        long programStart = r.position() + headerLength;
        int minInstLength = r.u8();
        if (version >= 4) {
            r.u8(); // maximum_operations_per_instruction: 1 on RISC-V (no VLIW)
        }
        boolean defaultIsStmt = r.u8() != 0;
        int lineBase = (byte) r.u8();
        int lineRange = r.u8();
        int opcodeBase = r.u8();
        if (lineRange == 0) {
            throw r.fail("line_range of 0");
        }
        int[] standardLengths = new int[Math.max(opcodeBase, 1)];
        for (int i = 1; i < opcodeBase; i++) {
            standardLengths[i] = r.u8();
        }
        if (version >= 5) {
            t.readEntryTable(s, r, offsetSize, true);
            t.readEntryTable(s, r, offsetSize, false);
        } else {
            t.directories.add(compDir);
            while (true) {
                String dir = r.cstring();
                if (dir.isEmpty()) {
                    break;
                }
                t.directories.add(dir);
            }
            t.fileNames.add(cuName);
            t.fileDirs.add(0);
            while (true) {
                String name = r.cstring();
                if (name.isEmpty()) {
                    break;
                }
                t.fileDirs.add((int) r.uleb());
                r.uleb();
                r.uleb();
                t.fileNames.add(name);
            }
        }
        if (programStart > end) {
            throw r.fail(offset, "line program header longer than the unit");
        }
        t.run(r.slice(0, end).at(programStart), addressSize, minInstLength, defaultIsStmt, lineBase, lineRange,
                opcodeBase, standardLengths);
        t.trim();
        return t;
    }

    /** DWARF 5 section 6.2.4 items 14 to 21: self-describing directory and file tables. */
    private void readEntryTable(DebugSections s, ByteReader r, int offsetSize, boolean dirs) {
        int formatCount = r.u8();
        int[] types = new int[formatCount];
        int[] forms = new int[formatCount];
        for (int i = 0; i < formatCount; i++) {
            types[i] = (int) r.uleb();
            forms[i] = (int) r.uleb();
        }
        long n = r.uleb();
        if (n > r.remaining()) {
            throw r.fail("absurd entry count " + n);
        }
        for (long k = 0; k < n; k++) {
            String path = null;
            int dir = 0;
            for (int i = 0; i < formatCount; i++) {
                Object v = readEntryForm(s, r, forms[i], offsetSize);
                if (types[i] == LNCT_PATH && v instanceof String str) {
                    path = str;
                } else if (types[i] == LNCT_DIRECTORY_INDEX && v instanceof Long l) {
                    dir = (int) (long) l;
                }
            }
            if (dirs) {
                directories.add(path);
            } else {
                fileNames.add(path);
                fileDirs.add(dir);
            }
        }
    }

    private static Object readEntryForm(DebugSections s, ByteReader r, int form, int offsetSize) {
        return switch (form) {
            case Dw.FORM_STRING -> r.cstring();
            case Dw.FORM_LINE_STRP -> s.lineStr == null ? null : s.lineStr.cstringAt(r.unsigned(offsetSize));
            case Dw.FORM_STRP -> s.str == null ? null : s.str.cstringAt(r.unsigned(offsetSize));
            case Dw.FORM_UDATA -> r.uleb();
            case Dw.FORM_DATA1 -> (long) r.u8();
            case Dw.FORM_DATA2 -> (long) r.u16();
            case Dw.FORM_DATA4 -> r.u32();
            case Dw.FORM_DATA8 -> r.u64();
            case Dw.FORM_DATA16 -> r.bytes(16);
            case Dw.FORM_BLOCK -> r.bytes(r.uleb());
            default -> throw r.fail("unsupported form 0x" + Integer.toHexString(form) + " in line table header");
        };
    }

    /** The line number state machine (DWARF 5 section 6.2.2, 6.2.5). */
    private void run(ByteReader r, int addressSize, int minInst, boolean defaultIsStmt, int lineBase, int lineRange,
            int opcodeBase, int[] standardLengths) {
        long address = 0;
        int file = 1;
        int line = 1;
        int column = 0;
        int discriminator = 0;
        boolean isStmt = defaultIsStmt;
        boolean prologueEnd = false;
        while (!r.atEnd()) {
            int op = r.u8();
            if (op >= opcodeBase) {
                int adjusted = op - opcodeBase;
                address += (long) (adjusted / lineRange) * minInst;
                line += lineBase + adjusted % lineRange;
                add(address, file, line, column, discriminator, isStmt, false, prologueEnd);
                discriminator = 0;
                prologueEnd = false;
                continue;
            }
            switch (op) {
                case 0 -> {
                    long len = r.uleb();
                    if (len == 0 || len > r.remaining()) {
                        throw r.fail("bad extended opcode length " + len);
                    }
                    int next = (int) (r.position() + len);
                    int sub = r.u8();
                    switch (sub) {
                        case 1 -> {
                            add(address, file, line, column, discriminator, isStmt, true, prologueEnd);
                            address = 0;
                            file = 1;
                            line = 1;
                            column = 0;
                            discriminator = 0;
                            isStmt = defaultIsStmt;
                            prologueEnd = false;
                        }
                        case 2 -> address = r.unsigned((int) Math.min(len - 1, 8));
                        case 3 -> {
                            String name = r.cstring();
                            fileDirs.add((int) r.uleb());
                            fileNames.add(name);
                        }
                        case 4 -> discriminator = (int) r.uleb();
                        default -> {
                            // Unknown extended opcodes are skipped by their length (6.2.5.3).
                        }
                    }
                    r.at(next);
                }
                case 1 -> {
                    add(address, file, line, column, discriminator, isStmt, false, prologueEnd);
                    discriminator = 0;
                    prologueEnd = false;
                }
                case 2 -> address += r.uleb() * minInst;
                case 3 -> line += (int) r.sleb();
                case 4 -> file = (int) r.uleb();
                case 5 -> column = (int) r.uleb();
                case 6 -> isStmt = !isStmt;
                case 7 -> {
                }
                case 8 -> address += (long) ((255 - opcodeBase) / lineRange) * minInst;
                case 9 -> address += r.u16();
                case 10 -> prologueEnd = true;
                case 11 -> {
                }
                case 12 -> r.uleb();
                default -> {
                    // Unknown standard opcodes: skip their ULEB operands as the header says.
                    for (int i = 0; i < standardLengths[op]; i++) {
                        r.uleb();
                    }
                }
            }
        }
    }

    private void add(long address, int file, int line, int column, int discriminator, boolean stmt, boolean end,
            boolean prologueEnd) {
        if (count == addresses.length) {
            resize(count * 2);
        }
        addresses[count] = address;
        files[count] = file;
        lines[count] = line;
        columns[count] = column;
        discriminators[count] = discriminator;
        flags[count] = (byte) ((stmt ? STMT : 0) | (end ? END : 0) | (prologueEnd ? PROLOGUE_END : 0));
        count++;
    }

    /** Drops the growth slack: kernels have millions of rows. */
    private void trim() {
        resize(count);
    }

    /** Resizes the parallel row arrays together. */
    private void resize(int n) {
        addresses = Arrays.copyOf(addresses, n);
        files = Arrays.copyOf(files, n);
        lines = Arrays.copyOf(lines, n);
        columns = Arrays.copyOf(columns, n);
        discriminators = Arrays.copyOf(discriminators, n);
        flags = Arrays.copyOf(flags, n);
    }

    public int size() {
        return count;
    }

    public Row row(int i) {
        return new Row(addresses[i], files[i], lines[i], columns[i], discriminators[i], (flags[i] & STMT) != 0,
                (flags[i] & END) != 0, (flags[i] & PROLOGUE_END) != 0);
    }

    public int version() {
        return version;
    }

    /** The file name as written in the file table (no directory), or null when the index is bad. */
    public String fileName(int file) {
        return file >= 0 && file < fileNames.size() ? fileNames.get(file) : null;
    }

    /**
     * The full path of a file entry as binutils composes it: the name if absolute, otherwise the
     * entry's directory, itself under the compilation directory when relative.
     */
    public String filePath(int file) {
        if (version < 5 && file == 0) {
            return "<unknown>";
        }
        if (file < 0 || file >= fileNames.size()) {
            return "<unknown>";
        }
        String name = fileNames.get(file);
        if (name == null) {
            return "<unknown>";
        }
        if (name.startsWith("/")) {
            return name;
        }
        int dir = fileDirs.get(file);
        String subdir = null;
        if (version >= 5 ? dir < directories.size() : dir > 0 && dir < directories.size()) {
            subdir = directories.get(dir);
        }
        String base = null;
        if (subdir == null || !subdir.startsWith("/")) {
            base = compDir;
        }
        if (base == null) {
            base = subdir;
            subdir = null;
        }
        if (base == null) {
            return name;
        }
        return subdir != null ? base + "/" + subdir + "/" + name : base + "/" + name;
    }

    /** Index of the row whose range [address, next row) holds {@code addr}, or -1. */
    public int rowFor(long addr) {
        for (int s = 0; s < count; ) {
            int e = s;
            while (e < count && (flags[e] & END) == 0) {
                e++;
            }
            if (e >= count) {
                break;
            }
            // Sequence rows s..e; e is the end_sequence row. bfd keeps only the last row
            // among rows sharing an address, so scan to the last row whose address <= addr.
            if (Long.compareUnsigned(addr, addresses[s]) >= 0 && Long.compareUnsigned(addr, addresses[e]) < 0) {
                int lo = s;
                int hi = e - 1;
                while (lo < hi) {
                    int mid = (lo + hi + 1) >>> 1;
                    if (Long.compareUnsigned(addresses[mid], addr) <= 0) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                return lo;
            }
            s = e + 1;
        }
        return -1;
    }

    /**
     * The row a debugger shows for a stopped pc: {@link #rowFor}'s row, or when that row is not
     * a statement (is_stmt false, DWARF 5 section 6.2.2), the last statement row at the same
     * address before it. gdb (since 10) chooses so; addr2line does not look at is_stmt.
     */
    public int statementRowFor(long addr) {
        int row = rowFor(addr);
        if (row < 0 || (flags[row] & STMT) != 0) {
            return row;
        }
        for (int r = row - 1; r >= 0 && addresses[r] == addresses[row] && (flags[r] & END) == 0; r--) {
            if ((flags[r] & STMT) != 0) {
                return r;
            }
        }
        return row;
    }

    /** [start, end) of each sequence, for units without address ranges of their own. */
    public List<long[]> sequenceRanges() {
        List<long[]> out = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < count; i++) {
            if ((flags[i] & END) != 0) {
                out.add(new long[] {addresses[s], addresses[i]});
                s = i + 1;
            }
        }
        return out;
    }
}
