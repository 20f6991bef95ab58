package io.guestlab.emulator.board;

import io.guestlab.emulator.bus.IrqLine;

/**
 * The interrupt inputs of the harts, as the board's interrupt controllers drive them: one wire per
 * hart and {@code mip} bit (RISC-V privileged spec 3.1.9).
 */
@FunctionalInterface
public interface HartInterruptPins {

    int MACHINE_SOFTWARE = 3;
    int MACHINE_TIMER = 7;
    int SUPERVISOR_EXTERNAL = 9;
    int MACHINE_EXTERNAL = 11;

    /** The wire that sets and clears bit {@code mipBit} of hart {@code hart}'s {@code mip}. */
    IrqLine pin(int hart, int mipBit);
}
