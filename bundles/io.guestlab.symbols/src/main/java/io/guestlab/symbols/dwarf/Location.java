package io.guestlab.symbols.dwarf;

import java.util.List;

/**
 * Where an object lives, as a DWARF location description computes it (DWARF 5 section 2.6):
 * one or more pieces, each in memory, in a register, an implicit value, or unavailable.
 */
public record Location(List<Piece> pieces) {

    public enum Kind {
        MEMORY, REGISTER, VALUE, IMPLICIT, UNAVAILABLE
    }

    /**
     * One piece. {@code value} is the address (MEMORY), register number (REGISTER) or the value
     * (VALUE); {@code bytes} the IMPLICIT bytes; {@code sizeBits} 0 when the piece is the whole object.
     */
    public record Piece(Kind kind, long value, byte[] bytes, long sizeBits, long bitOffset) {
    }

    public static Location unavailable() {
        return new Location(List.of(new Piece(Kind.UNAVAILABLE, 0, null, 0, 0)));
    }
}
