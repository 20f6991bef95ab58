package io.guestlab.emulator.board;

import java.nio.file.Path;

/**
 * Whether the board answers RISC-V semihosting calls (the Arm semihosting operations reached
 * through the {@code slli x0,x0,0x1f; ebreak; srai x0,x0,7} sequence), and the one host folder
 * its file operations may touch ({@code null}: console, clock and exit only, no files).
 */
public record Semihosting(boolean enabled, Path root) {

    public static final Semihosting OFF = new Semihosting(false, null);

    public Semihosting {
        if (!enabled && root != null) {
            throw new IllegalArgumentException("a semihosting root folder needs semihosting enabled");
        }
    }
}
