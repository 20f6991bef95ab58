package io.guestlab.gdbserver;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.PageTables;

/**
 * {@code monitor info tlb}: what the current {@code satp} of a hart maps, as the engine's
 * {@link PageTables} reads it, one line per range of pages with the same permissions.
 */
final class PageTableDump {

    private static final int MAX_RANGES = 256;

    private final Machine machine;
    private final int hart;

    PageTableDump(Machine machine, int hart) {
        this.machine = machine;
        this.hart = hart;
    }

    String render() {
        PageTables.Listing l = new PageTables(machine, hart).list(MAX_RANGES);
        if (l.mode() == 0) {
            return String.format("hart %d: satp 0x%x: mode Bare, virtual addresses are physical%n", hart, l.satp());
        }
        if (l.mode() != 8 && l.mode() != 9) {
            return String.format("hart %d: satp 0x%x: mode %d is not one this hart supports%n", hart, l.satp(), l.mode());
        }
        StringBuilder out = new StringBuilder(String.format("hart %d: satp 0x%x: %s, ASID %d, root page table at 0x%x%n",
                hart, l.satp(), l.modeName(), (l.satp() >>> 44) & 0xffff, l.root()));
        out.append("virtual range                              physical start      flags\n");
        for (PageTables.Mapping m : l.mappings()) {
            out.append(String.format("0x%016x-0x%016x  0x%016x  %s%n", m.virtualAddress(),
                    m.virtualAddress() + m.size() - 1, m.physicalAddress(), m.flagText()));
        }
        if (l.problem() != null) {
            out.append(l.problem()).append('\n');
        }
        if (l.mappings().isEmpty()) {
            out.append("(no valid mappings)\n");
        } else if (l.truncated()) {
            out.append("(output stops after " + MAX_RANGES + " ranges)\n");
        }
        return out.toString();
    }
}
