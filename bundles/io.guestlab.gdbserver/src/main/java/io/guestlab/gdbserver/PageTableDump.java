package io.guestlab.gdbserver;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.isa.Csr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * {@code monitor info tlb}: what the current {@code satp} of a hart maps, read from its page
 * table in memory (Privileged ISA 20211203, sections 4.1.11 satp, 4.4 Sv39 and 4.5 Sv48).
 * Contiguous pages with the same permissions are shown as one range.
 */
final class PageTableDump {

    private static final int MAX_RANGES = 256;

    private final Machine machine;
    private final int hart;
    private final StringBuilder out = new StringBuilder();
    private int ranges;
    private long runVa = -1, runPa, runSize;
    private int runFlags;
    private int vaBits;

    PageTableDump(Machine machine, int hart) {
        this.machine = machine;
        this.hart = hart;
    }

    String render() {
        Long satp = machine.csr(hart, Csr.SATP);
        if (satp == null) {
            return "hart " + hart + " has no satp: no address translation\n";
        }
        int mode = (int) (satp >>> 60);
        long root = (satp & ((1L << 44) - 1)) << 12;
        int levels = switch (mode) {
            case 0 -> 0;
            case 8 -> 3;
            case 9 -> 4;
            default -> -1;
        };
        if (levels == 0) {
            return String.format("hart %d: satp 0x%x: mode Bare, virtual addresses are physical%n", hart, satp);
        }
        if (levels < 0) {
            return String.format("hart %d: satp 0x%x: mode %d is not one this hart supports%n", hart, satp, mode);
        }
        vaBits = 12 + 9 * levels;
        out.append(String.format("hart %d: satp 0x%x: Sv%d, ASID %d, root page table at 0x%x%n", hart, satp, vaBits,
                (satp >>> 44) & 0xffff, root));
        out.append("virtual range                              physical start      flags\n");
        walk(root, levels - 1, 0);
        flush();
        if (ranges == 0) {
            out.append("(no valid mappings)\n");
        } else if (ranges >= MAX_RANGES) {
            out.append("(output stops after " + MAX_RANGES + " ranges)\n");
        }
        return out.toString();
    }

    private void walk(long table, int level, long vaPrefix) {
        byte[] pte = new byte[8];
        for (int i = 0; i < 512 && ranges < MAX_RANGES; i++) {
            if (!machine.readPhysical(table + 8L * i, pte)) {
                out.append(String.format("page table at 0x%x is not in RAM%n", table));
                return;
            }
            long e = ByteBuffer.wrap(pte).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if ((e & 1) == 0) {
                continue; // V = 0
            }
            long va = vaPrefix | (long) i << (12 + 9 * level);
            long pa = ((e >>> 10) & ((1L << 44) - 1)) << 12;
            if ((e & 0xa) != 0) { // R or X: a leaf (section 4.3.2 step 4)
                map(signExtend(va), pa, 1L << (12 + 9 * level), (int) (e & 0xff));
            } else if (level > 0) {
                walk(pa, level - 1, va);
            }
        }
    }

    private long signExtend(long va) {
        int shift = 64 - vaBits;
        return va << shift >> shift;
    }

    private void map(long va, long pa, long size, int flags) {
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

    private void flush() {
        if (runVa == -1) {
            return;
        }
        String f = "" + ((runFlags & 2) != 0 ? 'r' : '-') + ((runFlags & 4) != 0 ? 'w' : '-') + ((runFlags & 8) != 0 ? 'x' : '-')
                + ((runFlags & 16) != 0 ? 'u' : '-') + ((runFlags & 32) != 0 ? 'g' : '-') + ((runFlags & 64) != 0 ? 'a' : '-')
                + ((runFlags & 128) != 0 ? 'd' : '-');
        out.append(String.format("0x%016x-0x%016x  0x%016x  %s%n", runVa, runVa + runSize - 1, runPa, f));
        ranges++;
        runVa = -1;
    }
}
