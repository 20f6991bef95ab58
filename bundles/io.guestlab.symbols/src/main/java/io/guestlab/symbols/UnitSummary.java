package io.guestlab.symbols;

/** One compilation unit: its source name, compilation directory, DWARF version and producer. */
public record UnitSummary(String name, String compDir, int dwarfVersion, String producer) {
}
