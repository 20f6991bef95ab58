package io.guestlab.emulator.loader;

import io.guestlab.emulator.bus.PhysicalMemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The images of one boot and where they go in RAM. Every image must lie entirely in RAM and no two
 * may share a byte, as with QEMU's "rom overlap" check; the first violation is reported naming
 * both files and their address ranges. Nothing is written to memory until the whole plan is valid.
 */
public final class LoadPlan {

    /** One contiguous range of one image. */
    public record Region(String what, long start, long end, byte[] bytes) {
    }

    private final long ramStart;
    private final long ramEnd;
    private final List<Region> regions = new ArrayList<>();

    public LoadPlan(long ramStart, long ramSize) {
        this.ramStart = ramStart;
        this.ramEnd = ramStart + ramSize;
    }

    /** Adds every chunk of {@code image}; chunks of one ELF never overlap each other in a sane file. */
    public void add(BootImage image) throws BootImageException {
        String what = image.role() + " " + image.file();
        List<Region> own = new ArrayList<>();
        for (BootImage.Chunk c : image.chunks()) {
            own.add(check(what, c.address(), c.end(), c.bytes()));
        }
        regions.addAll(own);
    }

    /** Adds a blob the board generates (the device tree) at {@code address}. */
    public void add(String what, long address, byte[] bytes) throws BootImageException {
        regions.add(check(what, address, address + bytes.length, bytes));
    }

    private Region check(String what, long start, long end, byte[] bytes) throws BootImageException {
        if (Long.compareUnsigned(start, ramStart) < 0 || Long.compareUnsigned(end, ramEnd) > 0
                || Long.compareUnsigned(end, start) < 0) {
            throw new BootImageException(String.format(Locale.ROOT,
                    "%s (0x%x..0x%x, %s) does not fit in RAM 0x%x..0x%x (%s)", what, start, end, size(end - start),
                    ramStart, ramEnd, size(ramEnd - ramStart)));
        }
        for (Region r : regions) {
            if (Long.compareUnsigned(start, r.end()) < 0 && Long.compareUnsigned(r.start(), end) < 0) {
                throw new BootImageException(String.format(Locale.ROOT, "%s (0x%x..0x%x) overlaps %s (0x%x..0x%x)",
                        what, start, end, r.what(), r.start(), r.end()));
            }
        }
        return new Region(what, start, end, bytes);
    }

    public List<Region> regions() {
        return List.copyOf(regions);
    }

    /** Copies every image into {@code memory}, zero-filling beyond each image's file bytes. */
    public void writeTo(PhysicalMemory memory) {
        for (Region r : regions) {
            write(memory, r.start(), r.bytes(), r.end());
        }
    }

    /** Copies {@code bytes} to {@code start} and zero-fills up to {@code end} (an ELF segment's bss). */
    static void write(PhysicalMemory memory, long start, byte[] bytes, long end) {
        memory.write(start, bytes, 0, bytes.length);
        byte[] zeros = new byte[(int) Math.max(0, Math.min(end - start - bytes.length, 64 * 1024))];
        for (long at = start + bytes.length; Long.compareUnsigned(at, end) < 0; at += zeros.length) {
            int n = (int) Math.min(zeros.length, end - at);
            memory.write(at, zeros, 0, n);
        }
    }

    /** A size as people say it: "640 KiB", "130 MiB", "3 bytes". */
    static String size(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20)).replace(".0 ", " ");
        }
        if (bytes >= 1 << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1 << 10)).replace(".0 ", " ");
        }
        return bytes + " bytes";
    }
}
