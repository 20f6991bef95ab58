package io.guestlab.symbols;

import java.nio.file.Path;

/**
 * An ELF or DWARF input that cannot be read: names the file, the section and the byte offset
 * inside that section where reading failed, so a user can look there with readelf/objdump.
 */
public final class SymbolsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String section;
    private final long offset;

    public SymbolsException(Path file, String section, long offset, String problem) {
        super(describe(file, section, offset, problem));
        this.file = file == null ? null : file.toString();
        this.section = section;
        this.offset = offset;
    }

    public SymbolsException(Path file, String problem, Throwable cause) {
        super((file == null ? "" : file + ": ") + problem, cause);
        this.file = file == null ? null : file.toString();
        this.section = null;
        this.offset = -1;
    }

    private static String describe(Path file, String section, long offset, String problem) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file).append(": ");
        }
        if (section != null) {
            b.append(section);
            if (offset >= 0) {
                b.append(String.format("+0x%x", offset));
            }
            b.append(": ");
        }
        return b.append(problem).toString();
    }

    /** The file that failed to read, or null. */
    public String file() {
        return file;
    }

    /** The section (e.g. {@code .debug_info}) or null when the ELF structure itself is bad. */
    public String section() {
        return section;
    }

    /** Byte offset inside {@link #section()} (or the file), or -1 when unknown. */
    public long offset() {
        return offset;
    }
}
