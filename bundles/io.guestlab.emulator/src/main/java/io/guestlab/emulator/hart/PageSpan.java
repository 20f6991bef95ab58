package io.guestlab.emulator.hart;

/**
 * How a {@link Block} runs on into the next virtual page: a loop whose body straddles a page
 * boundary then stays one block (and one region) instead of three trips through the
 * dispatcher per round. The block lives in its first page's {@link DecodedPage}, whose
 * generation covers only that page's bytes, so what it took from the next page is checked on
 * every entry ({@link Hart}'s dispatcher): the same mapping of the next virtual page (its fetch
 * TLB entry, which satp writes, sfence.vma, privilege and PMP changes drop), the same decoded
 * code there (that page's generation), and the same bits of the instruction crossing the
 * boundary, which neither page caches. When a check fails the block runs only up to
 * {@link #at}, and the dispatcher takes it from there the slow way.
 *
 * @param at         index of the block's first instruction with bytes in the next page
 * @param vpn        the next page's virtual page number
 * @param addend     its fetch TLB addend at decode time (virtual address + addend = RAM offset)
 * @param page       its decoded code
 * @param generation that code's generation at decode time
 * @param lowRam     RAM offset of the low half of the instruction crossing the boundary, or -1 if none does
 * @param highRam    RAM offset of its high half (the next page's first parcel)
 * @param bits       its 32 bits
 */
record PageSpan(int at, long vpn, long addend, DecodedPage page, long generation, long lowRam, long highRam, int bits) {
}
