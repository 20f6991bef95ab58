package io.guestlab.emulator.devices;

/** Where a character device's output goes (a terminal, a console view, a capture buffer). */
@FunctionalInterface
public interface ByteSink {

    /** Receives one byte ({@code 0..255}) written by the guest; must not block for long. */
    void write(int b);

    /** A sink that discards everything. */
    ByteSink DISCARD = b -> { };
}
