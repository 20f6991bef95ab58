package io.guestlab.debug.core;

/**
 * An ELF that gives a debug launch its symbols, and the offset added to its link-time addresses
 * (non-zero for code linked at one address and loaded at another, e.g. a relocated kernel).
 *
 * @param path       the file, possibly with Eclipse string variables
 * @param loadOffset added to every address of the file
 */
public record SymbolFile(String path, long loadOffset) {

    /** The form a {@link LaunchAttributes#SYMBOL_FILES} entry takes: {@code 0xOFFSET;PATH}. */
    public String encode() {
        return "0x" + Long.toHexString(loadOffset) + ";" + path;
    }

    /**
     * Reads an entry written by {@link #encode()}; a bare path means offset 0.
     *
     * @throws IllegalArgumentException with a message naming the entry when the offset is no number
     */
    public static SymbolFile decode(String entry) {
        int semicolon = entry.indexOf(';');
        if (semicolon < 0) {
            return new SymbolFile(entry, 0);
        }
        String offset = entry.substring(0, semicolon).trim();
        try {
            return new SymbolFile(entry.substring(semicolon + 1), Numbers.parse(offset));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("symbol file '" + entry.substring(semicolon + 1) + "': load offset '"
                    + offset + "' is not a number (decimal or 0x hex)");
        }
    }
}
