package io.guestlab.symbols;

/** One row of a unit's line table (DWARF 5 section 6.2.2), address including the load offset. */
public record LineEntry(long address, String file, int line, int column, int discriminator, boolean isStmt,
        boolean endSequence) {
}
