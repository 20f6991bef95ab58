package io.guestlab.emulator.loader;

/** A file that is not a usable RISC-V ELF64 executable; the message names the file and the problem. */
public final class ElfFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public ElfFormatException(String message) {
        super(message, null, false, false);
    }
}
