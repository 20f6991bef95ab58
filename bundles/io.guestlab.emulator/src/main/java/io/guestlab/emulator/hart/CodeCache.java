package io.guestlab.emulator.hart;

import io.guestlab.emulator.bus.Bus;
import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.bus.StoreObserver;

/**
 * Decoded instructions of a machine's RAM, shared by its harts (decoding depends only on the
 * bits). A store into a page holding decoded code clears just the slots it overlaps, so data
 * sharing a page with code does not throw the page's other instructions away.
 */
public final class CodeCache implements StoreObserver {

    private final Bus bus;
    private final DecodedPage[] pages;

    public CodeCache(Bus bus) {
        this.bus = bus;
        this.pages = new DecodedPage[bus.ram().pageCount()];
        bus.addStoreObserver(this);
    }

    /** The decoded page for RAM offset {@code ramIndex}, created on first use. */
    DecodedPage page(long ramIndex) {
        int n = (int) (ramIndex >>> Ram.PAGE_SHIFT);
        DecodedPage p = pages[n];
        if (p == null) {
            p = new DecodedPage();
            pages[n] = p;
        }
        return p;
    }

    /**
     * RAM was replaced by a snapshot's: forgets the decoded code of each page another array backs
     * now. A page that kept its array kept its bytes (copy-on-write gives every write after a
     * snapshot its own array), so its decoded and translated code stays: going back in time
     * re-executes at full speed instead of translating everything again.
     */
    public void restored(byte[][] before) {
        Ram ram = bus.ram();
        for (int i = 0; i < pages.length; i++) {
            if (ram.pageOrNull(i) != before[i] && pages[i] != null) {
                pages[i].generation++; // blocks of other pages running on into it (PageSpan) see it went
                pages[i] = null;
            }
        }
    }

    /** Records that the instruction of {@code length} bytes at {@code ramIndex} is cached, so stores to it are seen. */
    void cached(long ramIndex, int length) {
        bus.observeRam(ramIndex, length);
    }

    @Override
    public void stored(long address, int size, int hartId) {
        long first = address - 2 - bus.ram().base(); // an instruction starting 2 bytes earlier overlaps too
        long last = address + size - 1 - bus.ram().base();
        for (long i = Math.max(first, 0) & ~1L; i <= last && i < (long) pages.length << Ram.PAGE_SHIFT; i += 2) {
            DecodedPage p = pages[(int) (i >>> Ram.PAGE_SHIFT)];
            if (p == null) {
                i |= (1 << Ram.PAGE_SHIFT) - 2; // skip the rest of an undecoded page
                continue;
            }
            int slot = (int) (i & 0xfff) >>> 1;
            if (p.operands[slot] != 0) {
                p.operands[slot] = 0;
                p.generation++; // decoded code was overwritten: the blocks built over it are stale
            }
        }
    }
}
