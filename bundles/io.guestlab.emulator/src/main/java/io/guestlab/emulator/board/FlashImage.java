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
}
