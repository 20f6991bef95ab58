package io.guestlab.symbols.elf;

/**
 * Internal: malformed bytes met while decoding a section. Unchecked so decoders stay readable;
 * every public entry point turns it into an {@link io.guestlab.symbols.SymbolsException}.
 */
public final class BadDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String section;
    private final long offset;

    public BadDataException(String section, long offset, String problem) {
        super(problem, null, false, false);
        this.section = section;
        this.offset = offset;
    }

    public String section() {
        return section;
    }

    public long offset() {
        return offset;
    }
}
