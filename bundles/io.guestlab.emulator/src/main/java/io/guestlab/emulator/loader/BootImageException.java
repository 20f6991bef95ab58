package io.guestlab.emulator.loader;

/**
 * A boot image (firmware, kernel, initrd) that cannot be placed in the machine: missing,
 * unreadable, malformed, too big for RAM, or overlapping another image. The message is one line
 * naming the file and the addresses involved.
 */
public final class BootImageException extends Exception {

    private static final long serialVersionUID = 1L;

    public BootImageException(String message) {
        super(message, null, false, false);
    }
}
