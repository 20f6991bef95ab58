package io.guestlab.emulator.snapshot;

/**
 * A frozen copy of guest RAM: one entry per 4 KiB page, {@code null} for a page that is all
 * zero. The page arrays are shared copy-on-write with the RAM they were taken from (and with
 * every machine restored from them), so nobody may write into them.
 */
public final class RamImage {

    public static final int PAGE_SIZE = 4096;

    private final long base;
    private final byte[][] pages;

    /** @param pages taken over, not copied: the caller gives up the array */
    public RamImage(long base, byte[][] pages) {
        this.base = base;
        this.pages = pages;
    }

    /** Physical address of page 0. */
    public long base() {
        return base;
    }

    public int pageCount() {
        return pages.length;
    }

    public long sizeBytes() {
        return (long) pages.length * PAGE_SIZE;
    }

    /** Page {@code index}'s bytes (read-only by contract), or null if the page is all zero. */
    public byte[] page(int index) {
        return pages[index];
    }

    /** Pages that hold a host array (some of them may still be all zero). */
    public int residentPages() {
        int n = 0;
        for (byte[] p : pages) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }
}
