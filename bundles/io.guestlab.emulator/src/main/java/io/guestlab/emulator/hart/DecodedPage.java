package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * The decoded instructions of one 4 KiB page of RAM, one slot per 2-byte parcel. A zero
 * in {@code operands} means "not decoded" (or not cacheable: illegal, or crossing into the next page).
 * {@code operands} packs the immediate, the register fields and the {@link Kind} (see
 * {@link Hart#pack}); {@code op} is read only for instructions of kind OTHER.
 */
final class DecodedPage {

    static final int SLOTS = 2048;

    final Insn[] op = new Insn[SLOTS];
    final long[] operands = new long[SLOTS];
}
