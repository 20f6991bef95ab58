package io.guestlab.emulator;

import io.guestlab.emulator.isa.Csr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A debugger's view of a hart's address translation, read from its page table in RAM without
 * side effects (no A/D update, no TLB fill): what a virtual address maps to, and every mapping of
 * the current {@code satp} (Privileged ISA 20211203, sections 3.1.6.3 MPRV, 4.1.11 satp, 4.3.2
 * the walk, 4.4 Sv39, 4.5 Sv48). Shared by the GDB server's {@code monitor info tlb} and the
 * Eclipse debugger's memory and page-table views. Permissions are shown, not enforced: a
 * debugger looks at what is mapped, whatever the hart may access.
 */
public final class PageTables {

    /** PTE bits (section 4.3.1). */
    public static final int V = 1, R = 2, W = 4, X = 8, U = 16, G = 32, A = 64, D = 128;

    /** Contiguous pages with the same permissions, as one range. */
    public record Mapping(long virtualAddress, long physicalAddress, long size, int flags) {

        /** {@code rwxugad} with '-' for clear bits, as {@code monitor info tlb} prints them. */
        public String flagText() {
            return "" + ((flags & R) != 0 ? 'r' : '-') + ((flags & W) != 0 ? 'w' : '-') + ((flags & X) != 0 ? 'x' : '-')
                    + ((flags & U) != 0 ? 'u' : '-') + ((flags & G) != 0 ? 'g' : '-') + ((flags & A) != 0 ? 'a' : '-')
                    + ((flags & D) != 0 ? 'd' : '-');
        }
    }

    /**
     * A hart's translation: the {@code satp} it uses, its mode (0 Bare, 8 Sv39, 9 Sv48, or one the
     * hart does not support) and the mappings found (at most the limit asked for).
     */
    public record Listing(long satp, int mode, long root, List<Mapping> mappings, boolean truncated, String problem) {

        /** {@code Sv39}, {@code Sv48}, {@code Bare}. */
        public String modeName() {
            return switch (mode) {
                case 0 -> "Bare";
                case 8 -> "Sv39";
                case 9 -> "Sv48";
                default -> "mode " + mode;
            };
        }
    }

    private final Machine machine;
    private final int hart;

    public PageTables(Machine machine, int hart) {
        this.machine = machine;
        this.hart = hart;
    }

    /** Levels of the current satp's mode: 0 for Bare, 3 for Sv39, 4 for Sv48, -1 for a mode this hart lacks. */
    private static int levels(int mode) {
        return switch (mode) {
            case 0 -> 0;
            case 8 -> 3;
            case 9 -> 4;
            default -> -1;
        };
    }

    private long satp() {
        Long satp = machine.csr(hart, Csr.SATP);
        return satp == null ? 0 : satp;
    }

    /**
     * Whether loads and stores of the hart are translated now: not in M-mode, unless MPRV makes
     * them use MPP's privilege (section 3.1.6.3).
     */
    public boolean translates() {
        int privilege = machine.privilege(hart);
        if (privilege == 3) {
            Long mstatus = machine.csr(hart, Csr.MSTATUS);
            if (mstatus == null || (mstatus >>> 17 & 1) == 0 || (mstatus >>> 11 & 3) == 3) {
                return false;
            }
        }
        return levels((int) (satp() >>> 60)) > 0;
    }

    /** The physical address a load of the hart at {@code address} would use, or -1 (a page fault). */
    public long translate(long address) {
        if (!translates()) {
            return address;
        }
        long satp = satp();
        int levels = levels((int) (satp >>> 60));
        int vaBits = 12 + 9 * levels;
        if (address << (64 - vaBits) >> (64 - vaBits) != address) {
            return -1; // not sign-extended (section 4.4.1)
        }
        long table = (satp & ((1L << 44) - 1)) << 12;
        byte[] pte = new byte[8];
        for (int level = levels - 1; level >= 0; level--) {
            int shift = 12 + 9 * level;
            long index = address >>> shift & 511;
            if (!machine.readPhysical(table + 8 * index, pte)) {
                return -1;
            }
            long e = ByteBuffer.wrap(pte).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if ((e & V) == 0 || (e & (R | W)) == W) {
                return -1;
            }
            long ppn = e >>> 10 & ((1L << 44) - 1);
            if ((e & (R | X)) != 0) {
                long pageMask = (1L << shift) - 1;
                if ((ppn << 12 & pageMask) != 0) {
                    return -1; // a misaligned superpage
                }
                return ppn << 12 | address & pageMask;
            }
            table = ppn << 12;
        }
        return -1;
    }

    /** Every valid leaf of the current satp's page table, merged into ranges; at most {@code limit}. */
    public Listing list(int limit) {
        long satp = satp();
        int mode = (int) (satp >>> 60);
        long root = (satp & ((1L << 44) - 1)) << 12;
        int levels = levels(mode);
        if (levels <= 0) {
            return new Listing(satp, mode, root, List.of(), false, null);
        }
        Walk w = new Walk(12 + 9 * levels, limit);
        String problem = w.walk(root, levels - 1, 0);
        w.flush();
        return new Listing(satp, mode, root, w.out, w.out.size() >= limit, problem);
    }

    private final class Walk {
        final int vaBits;
        final int limit;
        final List<Mapping> out = new ArrayList<>();
        long runVa = -1, runPa, runSize;
        int runFlags;

        Walk(int vaBits, int limit) {
            this.vaBits = vaBits;
            this.limit = limit;
        }

        String walk(long table, int level, long vaPrefix) {
            byte[] pte = new byte[8];
            for (int i = 0; i < 512 && out.size() < limit; i++) {
                if (!machine.readPhysical(table + 8L * i, pte)) {
                    return String.format("the page table at 0x%x is not in RAM", table);
                }
                long e = ByteBuffer.wrap(pte).order(ByteOrder.LITTLE_ENDIAN).getLong();
                if ((e & V) == 0) {
                    continue;
                }
                long va = vaPrefix | (long) i << (12 + 9 * level);
                long pa = (e >>> 10 & ((1L << 44) - 1)) << 12;
                if ((e & (R | X)) != 0) {
                    map(va << (64 - vaBits) >> (64 - vaBits), pa, 1L << (12 + 9 * level), (int) (e & 0xff));
                } else if (level > 0) {
                    String problem = walk(pa, level - 1, va);
                    if (problem != null) {
                        return problem;
                    }
                }
            }
            return null;
        }

        void map(long va, long pa, long size, int flags) {
            if (runVa != -1 && flags == runFlags && va == runVa + runSize && pa == runPa + runSize) {
                runSize += size;
                return;
            }
            flush();
            runVa = va;
            runPa = pa;
            runSize = size;
            runFlags = flags;
        }

        void flush() {
            if (runVa != -1 && out.size() < limit) {
                out.add(new Mapping(runVa, runPa, runSize, runFlags));
            }
            runVa = -1;
        }
    }
}
