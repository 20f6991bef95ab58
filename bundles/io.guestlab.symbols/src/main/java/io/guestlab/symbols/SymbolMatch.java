package io.guestlab.symbols;

/** An address described as a symbol plus an offset, e.g. {@code handle_trap+0x1c}. */
public record SymbolMatch(ElfSymbol symbol, long offset) {

    @Override
    public String toString() {
        return offset == 0 ? symbol.name() : symbol.name() + "+0x" + Long.toHexString(offset);
    }
}
