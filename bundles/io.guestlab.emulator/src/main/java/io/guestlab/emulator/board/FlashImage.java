package io.guestlab.emulator.board;

import java.nio.file.Path;

/**
 * An image shown in one of the virt board's two CFI flash banks, like QEMU's
 * {@code -drive if=pflash,unit=N,format=raw,file=IMG[,readonly=on]}. The file is read, never
 * written: what the guest programs stays in memory.
 *
 * @param readOnly the bank refuses programs and erases, as a write-protected chip does
 */
public record FlashImage(Path file, boolean readOnly) {

    public FlashImage {
        if (file == null) {
            throw new IllegalArgumentException("a flash image needs a file");
        }
        file = file.toAbsolutePath();
    }

    /** The image and its bank from {@code file=IMG,unit=0|1[,readonly]} ({@code guestlab run --flash}). */
    public record InBank(FlashImage image, int unit) {
    }

    /** Parses {@code file=IMG,unit=0|1[,readonly]}; the message of a bad one names the part or what is missing. */
    public static InBank parse(String spec) {
        String file = null;
        Integer unit = null;
        boolean readOnly = false;
        for (String part : spec.split(",")) {
            if (part.startsWith("file=") && part.length() > 5) {
                file = part.substring(5);
            } else if (part.equals("unit=0") || part.equals("unit=1")) {
                unit = part.charAt(5) - '0';
            } else if (part.equals("readonly")) {
                readOnly = true;
            } else {
                throw new IllegalArgumentException("unknown part '" + part + "' (expected file=IMG,unit=0|1[,readonly])");
            }
        }
        if (file == null || unit == null) {
            throw new IllegalArgumentException("give file=IMG and unit=0 or unit=1");
        }
        return new InBank(new FlashImage(Path.of(file), readOnly), unit);
    }
}
