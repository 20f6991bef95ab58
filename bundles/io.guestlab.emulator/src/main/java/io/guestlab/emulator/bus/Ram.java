package io.guestlab.emulator.bus;

import io.guestlab.emulator.snapshot.RamImage;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Guest RAM at a physical base address, held as 4 KiB host pages. A page the guest never wrote
 * has no host array (it reads as zero), so a 4 GiB guest costs only what it touches (plus an
 * array slot per page).
 * <p>
 * Pages are shared copy-on-write with snapshots and forks ({@link #freeze()}, {@link
 * #restore(RamImage)}): a shared page is copied the first time this RAM writes to it, and the
 * {@link PageListener}s (the harts' TLBs) are told that the old array no longer backs the page.
 * Little-endian views make multi-byte accesses single operations within a page, which is what
 * lets harts perform misaligned loads and stores like QEMU's virt hart does.
 */
public final class Ram {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        // Each access mode of a VarHandle resolves its method on first use. Code the JIT compiles
        // before that (the hart's interpreter, a few milliseconds into a run, before the guest's
        // first word load) calls the access out of line for good: use every one here first.
        byte[] scratch = new byte[Long.BYTES];
        SHORT.set(scratch, 0, (short) 0); // (halfword loads read bytes: loadShort)
        INT.set(scratch, 0, (int) INT.get(scratch, 0));
        LONG.set(scratch, 0, (long) LONG.get(scratch, 0));
    }

    public static final int PAGE_SHIFT = 12;
    public static final int PAGE_SIZE = 1 << PAGE_SHIFT;
    private static final int OFFSET_MASK = PAGE_SIZE - 1;

    /** What a never-written page reads as. Never written: writers get a page of their own. */
    private static final byte[] ZERO_PAGE = new byte[PAGE_SIZE];

    /** Told when page arrays change hands, so nobody keeps reading or writing a stale one. */
    public interface PageListener {
        /** {@code old} no longer backs the page it backed (a copy or a new array does). */
        void pageReplaced(byte[] old);

        /** Every page is now shared with a snapshot: no array may be written in place any more. */
        void pagesShared();
    }

    private final long base;
    private final long size;
    private final byte[][] pages;
    /** Pages whose array a snapshot or fork holds as well: copied before this RAM writes them. */
    private final boolean[] shared;
    private final List<PageListener> listeners = new ArrayList<>();

    public Ram(long base, long size) {
        if (size <= 0 || (size & OFFSET_MASK) != 0 || (size >>> PAGE_SHIFT) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("RAM size must be a positive multiple of 4 KiB, got " + size);
        }
        if ((base & OFFSET_MASK) != 0) {
            throw new IllegalArgumentException(String.format("RAM base 0x%x is not 4 KiB aligned", base));
        }
        this.base = base;
        this.size = size;
        this.pages = new byte[(int) (size >>> PAGE_SHIFT)][];
        this.shared = new boolean[pages.length];
    }

    public long base() {
        return base;
    }

    public long size() {
        return size;
    }

    /** True if the {@code length} bytes at physical {@code address} all lie in this RAM. */
    public boolean contains(long address, long length) {
        long offset = address - base;
        return offset >= 0 && offset < size && length <= size - offset;
    }

    public void addPageListener(PageListener listener) {
        listeners.add(listener);
    }

    // ---------------------------------------------------------------------------------------
    // Pages, for harts' TLBs

    /** The array backing page {@code page} for reading; valid until a {@link PageListener} hears otherwise. */
    public byte[] pageForRead(int page) {
        byte[] p = pages[page];
        return p != null ? p : ZERO_PAGE;
    }

    /** The array backing page {@code page} for writing: allocated, or copied if shared, first. */
    public byte[] pageForWrite(int page) {
        byte[] p = pages[page];
        if (p == null) {
            p = new byte[PAGE_SIZE];
            pages[page] = p;
            notifyReplaced(ZERO_PAGE);
        } else if (shared[page]) {
            byte[] old = p;
            p = old.clone();
            pages[page] = p;
            shared[page] = false;
            notifyReplaced(old);
        }
        return p;
    }

    private void notifyReplaced(byte[] old) {
        for (PageListener l : listeners) {
            l.pageReplaced(old);
        }
    }

    /** Page {@code page}'s array as it is now, or null if never written; for reading only (hashing, saving). */
    public byte[] pageOrNull(int page) {
        return pages[page];
    }

    /** The arrays backing each page now (null: never written): after a restore, the pages whose array is another changed. */
    public byte[][] pageArrays() {
        return pages.clone();
    }

    public int pageCount() {
        return pages.length;
    }

    /** Pages that hold a host array: what the guest has touched. */
    public int residentPages() {
        int n = 0;
        for (byte[] p : pages) {
            if (p != null) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------
    // Snapshots

    /**
     * A frozen copy of this RAM that shares every page with it: from now on, whichever side
     * writes a page first writes its own copy. Takes a few microseconds per MiB.
     */
    public RamImage freeze() {
        for (int i = 0; i < pages.length; i++) {
            shared[i] = pages[i] != null;
        }
        for (PageListener l : listeners) {
            l.pagesShared();
        }
        return new RamImage(base, pages.clone());
    }

    /** Makes this RAM's contents those of {@code image}, sharing its pages copy-on-write. */
    public void restore(RamImage image) {
        if (image.base() != base || image.pageCount() != pages.length) {
            throw new IllegalArgumentException(String.format(
                    "RAM image of %d KiB at 0x%x does not fit RAM of %d KiB at 0x%x",
                    image.sizeBytes() >> 10, image.base(), size >> 10, base));
        }
        boolean zeroReplaced = false;
        for (int i = 0; i < pages.length; i++) {
            byte[] old = pages[i];
            pages[i] = image.page(i);
            shared[i] = pages[i] != null;
            if (old != null && old != pages[i]) {
                notifyReplaced(old);
            }
            zeroReplaced |= old == null && pages[i] != null;
        }
        if (zeroReplaced) {
            notifyReplaced(ZERO_PAGE);
        }
        for (PageListener l : listeners) {
            l.pagesShared(); // arrays kept across the restore are shared now too
        }
    }

    // ---------------------------------------------------------------------------------------
    // Accesses by RAM offset (physical address - base, 0 .. size - 1), for the bus; any alignment

    /** Reads {@code size} (1, 2, 4 or 8) bytes at RAM offset {@code offset}, zero-extended. */
    public long load(long offset, int size) {
        int o = (int) offset & OFFSET_MASK;
        if (o <= PAGE_SIZE - size) {
            return load(pageForRead(page(offset)), o, size);
        }
        long v = 0;
        for (int b = 0; b < size; b++) {
            v |= (pageForRead(page(offset + b))[(int) (offset + b) & OFFSET_MASK] & 0xffL) << (8 * b);
        }
        return v;
    }

    public void store(long offset, int size, long value) {
        int o = (int) offset & OFFSET_MASK;
        if (o <= PAGE_SIZE - size) {
            store(pageForWrite(page(offset)), o, size, value);
            return;
        }
        for (int b = 0; b < size; b++) {
            pageForWrite(page(offset + b))[(int) (offset + b) & OFFSET_MASK] = (byte) (value >>> (8 * b));
        }
    }

    /** The page holding RAM offset {@code offset}. */
    private static int page(long offset) {
        return (int) (offset >>> PAGE_SHIFT);
    }

    public void read(long offset, byte[] destination, int at, int length) {
        while (length > 0) {
            int o = (int) offset & OFFSET_MASK;
            int n = Math.min(length, PAGE_SIZE - o);
            byte[] p = pages[page(offset)];
            if (p == null) {
                Arrays.fill(destination, at, at + n, (byte) 0);
            } else {
                System.arraycopy(p, o, destination, at, n);
            }
            offset += n;
            at += n;
            length -= n;
        }
    }

    public void write(long offset, byte[] source, int at, int length) {
        while (length > 0) {
            int o = (int) offset & OFFSET_MASK;
            int n = Math.min(length, PAGE_SIZE - o);
            System.arraycopy(source, at, pageForWrite(page(offset)), o, n);
            offset += n;
            at += n;
            length -= n;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Little-endian accesses within one host array (a page)

    /** Reads {@code size} (1, 2, 4 or 8) bytes at array index {@code index}, zero-extended. */
    public static long load(byte[] bytes, int index, int size) {
        return switch (size) {
            case 1 -> bytes[index] & 0xffL;
            case 2 -> loadShort(bytes, index) & 0xffffL;
            case 4 -> (int) INT.get(bytes, index) & 0xffffffffL;
            default -> (long) LONG.get(bytes, index);
        };
    }

    public static void store(byte[] bytes, int index, int size, long value) {
        switch (size) {
            case 1 -> bytes[index] = (byte) value;
            case 2 -> SHORT.set(bytes, index, (short) value);
            case 4 -> INT.set(bytes, index, (int) value);
            default -> LONG.set(bytes, index, value);
        }
    }

    public static long loadLong(byte[] bytes, int index) {
        return (long) LONG.get(bytes, index);
    }

    public static int loadInt(byte[] bytes, int index) {
        return (int) INT.get(bytes, index);
    }

    /**
     * The signed halfword at {@code index}, as an int. Two byte loads rather than the short view:
     * C1 narrows the value again at the return of each method the view's access inlines (four
     * dependent shift pairs per load, in the hart's interpreter and in every translated region).
     */
    public static int loadShort(byte[] bytes, int index) {
        return bytes[index] & 0xff | bytes[index + 1] << 8;
    }

    public static void storeLong(byte[] bytes, int index, long value) {
        LONG.set(bytes, index, value);
    }

    public static void storeInt(byte[] bytes, int index, int value) {
        INT.set(bytes, index, value);
    }

    public static void storeShort(byte[] bytes, int index, short value) {
        SHORT.set(bytes, index, value);
    }
}
