package io.guestlab.emulator;

import io.guestlab.emulator.snapshot.RamImage;

/**
 * A machine frozen in-process: the state of its harts, clock and CLINT ({@link
 * io.guestlab.emulator.snapshot.StateWriter} bytes) and its RAM, whose pages it shares
 * copy-on-write with the machine it came from. Cheap to take, cheap to keep, restorable any
 * number of times, into the machine it came from or into a {@link Machine#fork fork}.
 */
public record MachineSnapshot(byte[] state, RamImage ram) {
}
