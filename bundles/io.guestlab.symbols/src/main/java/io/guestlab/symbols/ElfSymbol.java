package io.guestlab.symbols;

/**
 * One symbol-table entry (ELF gABI, "Symbol Table"). {@code address} already includes the load
 * offset of the ELF it came from; {@code visibility} is the low bits of st_other.
 */
public record ElfSymbol(String name, long address, long size, int type, int binding, int visibility, int sectionIndex) {

    public static final int STT_NOTYPE = 0;
    public static final int STT_OBJECT = 1;
    public static final int STT_FUNC = 2;
    public static final int STT_SECTION = 3;
    public static final int STT_FILE = 4;
    public static final int STT_TLS = 6;
    public static final int STV_HIDDEN = 2;
    public static final int STB_LOCAL = 0;
    public static final int STB_GLOBAL = 1;
    public static final int STB_WEAK = 2;
    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;

    public boolean isFunction() {
        return type == STT_FUNC;
    }

    public boolean isDefined() {
        return sectionIndex != SHN_UNDEF;
    }

    /** Whether this symbol names a place in code or data (not a file, section or undefined name). */
    public boolean isAddressable() {
        return isDefined() && type != STT_FILE && type != STT_SECTION && !name.isEmpty();
    }
}
