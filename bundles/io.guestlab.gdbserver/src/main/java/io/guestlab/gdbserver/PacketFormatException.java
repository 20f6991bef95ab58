package io.guestlab.gdbserver;

/** A packet whose contents do not parse: the session answers it with an {@code E} reply. */
final class PacketFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    PacketFormatException(String message) {
        super(message);
    }
}
