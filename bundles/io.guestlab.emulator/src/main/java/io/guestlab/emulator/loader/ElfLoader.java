package io.guestlab.emulator.loader;

import io.guestlab.emulator.bus.Bus;

/** Copies an ELF file's PT_LOAD segments into guest RAM at their physical addresses (as QEMU does). */
public final class ElfLoader {

    private ElfLoader() {
    }

    /** Loads {@code elf} and returns its entry point; an address outside RAM is reported by name. */
    public static long load(ElfFile elf, Bus bus) throws ElfFormatException {
        if (elf.segments().isEmpty()) {
            throw new ElfFormatException(elf.name() + ": has no loadable segment");
        }
        for (ElfFile.Segment s : elf.segments()) {
            if (s.memorySize() == 0) {
                continue;
            }
            if (!bus.isRam(s.physicalAddress(), 1) || !bus.ram().contains(s.physicalAddress(), s.memorySize())) {
                throw new ElfFormatException(String.format(
                        "%s: segment at 0x%x..0x%x is outside RAM (0x%x..0x%x); link it into RAM or give more --memory",
                        elf.name(), s.physicalAddress(), s.physicalAddress() + s.memorySize(), bus.ram().base(),
                        bus.ram().base() + bus.ram().size()));
            }
            LoadPlan.write(bus, s.physicalAddress(), elf.bytes(s.fileOffset(), (int) s.fileSize()),
                    s.physicalAddress() + s.memorySize());
        }
        return elf.entry();
    }
}
