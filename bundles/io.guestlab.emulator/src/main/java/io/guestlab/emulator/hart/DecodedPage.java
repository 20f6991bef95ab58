package io.guestlab.emulator.hart;

import io.guestlab.emulator.isa.Insn;

/**
 * The decoded instructions of one 4 KiB page of RAM, one slot per 2-byte parcel. A zero
 * in {@code operands} means "not decoded" (or not cacheable: illegal, or crossing into the next page).
 * {@code operands} packs the immediate, the register fields and the {@link Kind} (see
 * {@link Hart#pack}); {@code op} is read only for instructions executed out of line.
 * {@code blocks} holds the {@link Block} starting at each slot, valid while its generation is
 * the page's: overwriting decoded code bumps {@code generation}, retiring every block at once.
 */
final class DecodedPage {

    static final int SLOTS = 2048;

    final Insn[] op = new Insn[SLOTS];
    final long[] operands = new long[SLOTS];
    final Block[] blocks = new Block[SLOTS];
    long generation;
}
