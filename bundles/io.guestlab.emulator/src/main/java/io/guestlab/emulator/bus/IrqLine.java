package io.guestlab.emulator.bus;

/** A level-triggered interrupt wire, from a device to an interrupt controller or a hart. */
@FunctionalInterface
public interface IrqLine {

    /** Drives the wire high ({@code true}) or low. Idempotent. */
    void set(boolean level);

    /** A wire connected to nothing. */
    IrqLine NONE = level -> { };
}
