package io.guestlab.symbols.unwind;

/**
 * A Common Information Entry (DWARF 5 section 6.4.1; for .eh_frame the LSB "Exception Frames"
 * format with its augmentation string and pointer encodings).
 */
public record Cie(long offset, String augmentation, long codeAlignment, long dataAlignment, int returnAddressColumn,
        byte[] initialInstructions, int fdeEncoding, int addressSize, boolean signalFrame) {
}
