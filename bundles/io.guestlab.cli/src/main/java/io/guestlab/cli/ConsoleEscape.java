package io.guestlab.cli;

import java.io.ByteArrayOutputStream;

/**
 * The escape key of QEMU's serial console ({@code -nographic}): Ctrl-A followed by {@code x}
 * quits, by {@code h} shows help, by Ctrl-A sends one Ctrl-A to the guest. Every other byte goes
 * to the guest unchanged. Stateful across calls, since the two keys may arrive in separate reads.
 */
final class ConsoleEscape {

    static final int ESCAPE = 0x01; // Ctrl-A

    static final String HELP = "\r\nC-a h    print this help\r\nC-a x    exit guestlab\r\nC-a C-a  send C-a\r\n";

    private final Runnable onHelp;
    private boolean afterEscape;
    private boolean quit;

    /** @param onHelp called when the user asks for help (prints {@link #HELP} somewhere visible) */
    ConsoleEscape(Runnable onHelp) {
        this.onHelp = onHelp;
    }

    /** Returns the bytes of {@code input[0, length)} meant for the guest. */
    byte[] filter(byte[] input, int length) {
        ByteArrayOutputStream guest = new ByteArrayOutputStream(length);
        for (int i = 0; i < length && !quit; i++) {
            int b = input[i] & 0xff;
            if (!afterEscape) {
                if (b == ESCAPE) {
                    afterEscape = true;
                } else {
                    guest.write(b);
                }
                continue;
            }
            afterEscape = false;
            switch (b) {
                case 'x', 'X' -> quit = true;
                case 'h', 'H', '?' -> onHelp.run();
                case ESCAPE -> guest.write(ESCAPE);
                default -> { } // unknown command: dropped, as QEMU does
            }
        }
        return guest.toByteArray();
    }

    /** True once Ctrl-A x was typed. */
    boolean quitRequested() {
        return quit;
    }
}
