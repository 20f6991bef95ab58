package io.guestlab.symbols.dwarf;

/** One abbreviation declaration (DWARF 5 section 7.5.3): a DIE's tag and attribute layout. */
record Abbreviation(long code, int tag, boolean hasChildren, int[] attributes, int[] forms, long[] implicitConstants) {
}
