package io.guestlab.debug.core.session;

import io.guestlab.debug.core.session.DisassemblyLine.Kind;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.isa.Disassembler;
import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.SourceLocation;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.SymbolsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages of a disassembly view, read through a hart's current translation (engine thread only):
 * function labels, the source line each run of instructions comes from, the instructions in
 * objdump's syntax by the emulator's own {@link Disassembler}, and unreadable stretches (a page
 * fault, device registers) as one line each, never an error. Going backwards needs an instruction
 * boundary (RV64GC mixes 2- and 4-byte instructions): a function or source line start from the
 * symbols when there is one close enough, else the nearest start whose decoding lands exactly
 * on the address (instruction streams resynchronise within a few instructions).
 */
final class Disassembly {

    private static final long PAGE = 4096;
    /** How far below a page's start a known instruction boundary is still used to decode from. */
    private static final long MAX_SYNC = 4096;

    private final SessionSymbols symbols;
    private final BreakpointTable breakpoints;
    private final GuestMemory memory;
    private final Disassembler disassembler;
    private String lastFile;
    private int lastLine;

    Disassembly(Machine machine, int hart, SessionSymbols symbols, BreakpointTable breakpoints) {
        this.symbols = symbols;
        this.breakpoints = breakpoints;
        this.memory = new GuestMemory(machine, hart, false);
        long gp = Long.MIN_VALUE;
        try {
            gp = symbols.addressOf("__global_pointer$").orElse(Long.MIN_VALUE);
        } catch (SymbolsException e) {
            // gp-relative addresses then go without their symbol comment
        }
        this.disassembler = new Disassembler(this::symbolize, gp);
    }

    /** {@code count} instructions (or unreadable stretches) from {@code address} on, with their labels and source lines. */
    List<DisassemblyLine> from(long address, int count) {
        return decode(address, count, 0);
    }

    /** Up to {@code count} instructions ending exactly at {@code address}, with their labels and source lines. */
    List<DisassemblyLine> before(long address, int count) {
        long lo = address - 4L * count;
        if (Long.compareUnsigned(lo, address) > 0) {
            lo = 0; // the bottom of the address space
        }
        if (lo == address) {
            return List.of();
        }
        if (memory.read(address - 1, 1, false).kinds()[0] != MemoryContents.Kind.RAM) {
            return unreadableBefore(address, count);
        }
        long known = knownBoundary(lo);
        List<DisassemblyLine> lines = known == -1 ? null : decode(known, Integer.MAX_VALUE, address);
        if (lines == null || !endsAt(lines, address)) {
            lines = decode(landingStart(lo, address), Integer.MAX_VALUE, address);
        }
        if (!endsAt(lines, address)) {
            lines = halfwords(lo, address);
        }
        return lastInstructions(lines, count);
    }

    /**
     * Up to {@code count} lines of the unreadable memory below {@code address}, a page (or a run
     * of one kind within it) each, so that scrolling up through a hole goes a page a line.
     */
    private List<DisassemblyLine> unreadableBefore(long address, int count) {
        List<DisassemblyLine> out = new ArrayList<>();
        long a = address;
        while (out.size() < count && a != 0) {
            long start = (a - 1) & -PAGE;
            if (kindAt(start) == MemoryContents.Kind.UNMAPPED && kindAt(a - 1) == MemoryContents.Kind.UNMAPPED) {
                // nothing at either end: the whole page is a hole (the virt board's devices start on
                // page boundaries), without probing each of its bytes for a device
                out.add(0, unreadable(start, (int) (a - start), MemoryContents.Kind.UNMAPPED));
                a = start;
                continue;
            }
            MemoryContents c = memory.read(start, (int) (a - start), false);
            int j = (int) (a - start);
            List<DisassemblyLine> page = new ArrayList<>();
            while (j > 0 && c.kinds()[j - 1] != MemoryContents.Kind.RAM) {
                MemoryContents.Kind kind = c.kinds()[j - 1];
                int s = j - 1;
                while (s > 0 && c.kinds()[s - 1] == kind) {
                    s--;
                }
                page.add(0, unreadable(start + s, j - s, kind));
                j = s;
            }
            out.addAll(0, page);
            if (j > 0) {
                break; // readable below: the next page up decodes it
            }
            a = start;
        }
        return out;
    }

    private MemoryContents.Kind kindAt(long address) {
        return memory.read(address, 1, false).kinds()[0];
    }

    private static boolean endsAt(List<DisassemblyLine> lines, long address) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            DisassemblyLine l = lines.get(i);
            if (l.length() > 0) {
                return l.end() == address;
            }
        }
        return false;
    }

    /** The last {@code count} instructions of {@code lines}, headed by the source line they continue. */
    private static List<DisassemblyLine> lastInstructions(List<DisassemblyLine> lines, int count) {
        int seen = 0;
        int cut = lines.size();
        while (cut > 0 && seen < count) {
            cut--;
            if (lines.get(cut).length() > 0) {
                seen++;
            }
        }
        while (cut > 0 && lines.get(cut - 1).length() == 0) {
            cut--; // keep the labels and source line just above the first instruction kept
        }
        List<DisassemblyLine> out = new ArrayList<>(lines.subList(cut, lines.size()));
        if (!out.isEmpty() && out.get(0).kind() != Kind.SOURCE) {
            for (int i = cut - 1; i >= 0; i--) {
                if (lines.get(i).kind() == Kind.SOURCE) {
                    out.add(0, lines.get(i)); // the line the first instructions belong to
                    break;
                }
                if (lines.get(i).kind() == Kind.UNREADABLE) {
                    break;
                }
            }
        }
        return out;
    }

    /** A function or source line start at or below {@code address} and close to it, or -1. */
    private long knownBoundary(long address) {
        try {
            Optional<io.guestlab.symbols.SourceLines> lines = symbols.linesAt(address);
            if (lines.isPresent()) {
                var f = lines.get().functionContaining(address);
                if (f.isPresent() && near(f.get().low(), address)) {
                    return f.get().low();
                }
                Optional<long[]> range = lines.get().lineRange(address);
                if (range.isPresent() && near(range.get()[0], address)) {
                    return range.get()[0];
                }
            }
            SymbolMatch m = symbols.space().symbolAt(address);
            if (m != null && m.symbol().isFunction() && near(m.symbol().address(), address)) {
                return m.symbol().address();
            }
        } catch (SymbolsException e) {
            // no symbols to lean on: the decoding decides
        }
        return -1;
    }

    private static boolean near(long boundary, long address) {
        return Long.compareUnsigned(boundary, address) <= 0 && address - boundary <= MAX_SYNC;
    }

    /** The lowest start in [lo, end) whose instruction lengths step exactly onto {@code end}. */
    private long landingStart(long lo, long end) {
        MemoryContents c = memory.read(lo, (int) (end - lo), false);
        for (long s = lo; Long.compareUnsigned(s, end) < 0; s += 2) {
            long a = s;
            while (Long.compareUnsigned(a, end) < 0) {
                int i = (int) (a - lo);
                if (c.kinds()[i] != MemoryContents.Kind.RAM) {
                    a = Math.min(pageEnd(a) - lo, end - lo) + lo;
                } else {
                    a += (c.bytes()[i] & 3) == 3 ? 4 : 2;
                }
            }
            if (a == end) {
                return s;
            }
        }
        return lo;
    }

    /** Raw halfwords, for memory no start decodes exactly onto the address from (data, not code). */
    private List<DisassemblyLine> halfwords(long lo, long end) {
        MemoryContents c = memory.read(lo, (int) (end - lo), false);
        List<DisassemblyLine> out = new ArrayList<>();
        for (int i = (int) ((end - lo) & 1); i < end - lo; i += 2) {
            int half = (c.bytes()[i] & 0xff) | (c.bytes()[i + 1] & 0xff) << 8;
            out.add(new DisassemblyLine(Kind.INSTRUCTION, lo + i, 2, half, String.format(".2byte\t0x%x", half), null, 0,
                    false));
        }
        return out;
    }

    private static long pageEnd(long address) {
        return (address & -PAGE) + PAGE;
    }

    /**
     * Lines from {@code address} until {@code count} instructions or unreadable stretches are
     * decoded, or (with a non-zero {@code end}) the next line would start at or after it.
     */
    private List<DisassemblyLine> decode(long address, int count, long end) {
        List<DisassemblyLine> out = new ArrayList<>();
        lastFile = null;
        lastLine = 0;
        long a = address;
        int n = 0;
        while (n < count && (end == 0 || Long.compareUnsigned(a, end) < 0)) {
            int want = (int) Math.min(Math.min(count - (long) n, 64) * 4 + 2, end == 0 ? Long.MAX_VALUE : end - a);
            if (Long.compareUnsigned(a + want, a) < 0) {
                want = (int) -a; // up to the top of the address space
                if (want == 0) {
                    break;
                }
            }
            MemoryContents c = memory.read(a, want, false);
            int i = 0;
            while (i < want && n < count) {
                long pc = a + i;
                MemoryContents.Kind kind = c.kinds()[i];
                if (kind != MemoryContents.Kind.RAM) {
                    int j = i;
                    while (j < want && c.kinds()[j] == kind && a + j != pageEnd(pc)) {
                        j++;
                    }
                    // a run of one kind to the end of what was read goes on to the page's end
                    long stop = j < want && a + j != pageEnd(pc) ? a + j : pageEnd(pc);
                    if (end != 0 && Long.compareUnsigned(stop, end) > 0) {
                        stop = end;
                    }
                    out.add(unreadable(pc, (int) (stop - pc), kind));
                    n++;
                    i = (int) (stop - a);
                    lastFile = null;
                    continue;
                }
                int low = c.bytes()[i] & 0xff;
                int length = (low & 3) == 3 ? 4 : 2;
                if (i + length > want) {
                    if (end != 0 && a + want == end) {
                        return out; // the instruction runs past the end: this start does not land on it
                    }
                    break; // read on from here
                }
                boolean readable = true;
                for (int k = 1; k < length; k++) {
                    readable &= c.kinds()[i + k] == MemoryContents.Kind.RAM;
                }
                if (!readable) {
                    out.add(unreadable(pc, 1, c.kinds()[i + 1]));
                    n++;
                    i += 1;
                    continue;
                }
                int bits = 0;
                for (int k = length - 1; k >= 0; k--) {
                    bits = bits << 8 | (c.bytes()[i + k] & 0xff);
                }
                annotate(pc, out);
                out.add(new DisassemblyLine(Kind.INSTRUCTION, pc, length, bits, disassembler.disassemble(bits, pc), null, 0,
                        !breakpoints.at(pc).isEmpty()));
                n++;
                i += length;
            }
            if (i == 0) {
                break;
            }
            a += i;
            if (Long.compareUnsigned(a, address) < 0) {
                break; // wrapped past the top of the address space
            }
        }
        return out;
    }

    private static DisassemblyLine unreadable(long address, int length, MemoryContents.Kind kind) {
        String why = switch (kind) {
            case DEVICE, DEVICE_READ -> "device registers (not read for disassembly)";
            default -> "unreadable: not mapped (a page fault) or no memory there";
        };
        return new DisassemblyLine(Kind.UNREADABLE, address, length, 0, why, null, 0, false);
    }

    /** The label of a symbol starting at {@code pc}, and the source line when it changes there. */
    private void annotate(long pc, List<DisassemblyLine> out) {
        try {
            SymbolMatch m = symbols.space().symbolAt(pc);
            if (m != null && m.offset() == 0) {
                out.add(new DisassemblyLine(Kind.LABEL, pc, 0, 0, m.symbol().name(), null, 0, false));
                lastFile = null;
            }
            AddressInfo info = symbols.describeFrame(pc);
            if (info.found()) {
                SourceLocation l = info.locations().get(0);
                if (l.file() != null && l.line() > 0 && (l.line() != lastLine || !l.file().equals(lastFile))) {
                    out.add(new DisassemblyLine(Kind.SOURCE, pc, 0, 0, null, l.file(), l.line(), false));
                    lastFile = l.file();
                    lastLine = l.line();
                }
            }
        } catch (SymbolsException e) {
            // the instruction without its annotations
        }
    }

    /** {@code name} or {@code name+0x10} for a branch target or an address comment; null outside the symbols. */
    private String symbolize(long address) {
        try {
            SymbolMatch m = symbols.space().symbolAt(address);
            return m == null ? null : m.toString();
        } catch (SymbolsException e) {
            return null;
        }
    }
}
