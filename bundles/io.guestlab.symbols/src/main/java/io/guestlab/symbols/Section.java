package io.guestlab.symbols;

/** One ELF section header (ELF gABI, "Sections"); {@code link} is sh_link (e.g. a symbol table's strings). */
public record Section(int index, String name, long type, long flags, long address, long fileOffset, long size,
        int link) {

    public static final long SHT_NOBITS = 8;
    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;
    public static final long SHF_TLS = 0x400;

    public boolean isAllocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    /**
     * Whether the section occupies {@code addr} in the loaded image. A .tbss (TLS, NOBITS) is
     * only a template for per-thread copies and shares its addresses with the next section.
     */
    public boolean contains(long addr) {
        boolean tlsTemplate = (flags & SHF_TLS) != 0 && type == SHT_NOBITS;
        return isAllocated() && !tlsTemplate && Long.compareUnsigned(addr, address) >= 0 && Long.compareUnsigned(addr - address, size) < 0;
    }
}
