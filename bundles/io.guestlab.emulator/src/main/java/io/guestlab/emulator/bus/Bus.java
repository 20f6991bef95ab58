package io.guestlab.emulator.bus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The physical address space of one machine: RAM plus memory-mapped devices. Harts reach RAM
 * pages directly through their TLBs; everything else (device registers, observed RAM lines, debugger
 * and DMA accesses) goes through the methods here.
 */
public final class Bus implements PhysicalMemory {

    /** RAM is watched for stores in lines of this many bytes (log2). */
    public static final int LINE_SHIFT = 6;

    private record Mapping(long base, long size, Device device) {
    }

    private final Ram ram;
    private final long[] observedLines;
    private final List<Mapping> devices = new ArrayList<>();
    private final List<StoreObserver> observers = new ArrayList<>();
    private final List<IntConsumer> firstObservedLine = new ArrayList<>();

    public Bus(Ram ram) {
        this.ram = ram;
        this.observedLines = new long[ram.pageCount()];
    }

    public Ram ram() {
        return ram;
    }

    /** Maps {@code device} at {@code [base, base+size)}; overlapping RAM or another device is an error. */
    public void map(long base, long size, Device device) {
        if (size <= 0 || base + size < base) {
            throw new IllegalArgumentException("bad size for device " + device.name());
        }
        if (base < ram.base() + ram.size() && ram.base() < base + size) {
            throw new IllegalArgumentException(String.format("device %s at 0x%x overlaps RAM", device.name(), base));
        }
        for (Mapping m : devices) {
            if (base < m.base + m.size && m.base < base + size) {
                throw new IllegalArgumentException(String.format("device %s at 0x%x overlaps device %s at 0x%x",
                        device.name(), base, m.device.name(), m.base));
            }
        }
        devices.add(new Mapping(base, size, device));
    }

    /** A mapped device as a debugger lists it: its name and the physical addresses it answers. */
    public record MappedDevice(String name, long base, long size) {
    }

    /** The mapped devices (RAM not included) in ascending address order. */
    public List<MappedDevice> devices() {
        return devices.stream().sorted((a, b) -> Long.compareUnsigned(a.base, b.base))
                .map(m -> new MappedDevice(m.device.name(), m.base, m.size)).toList();
    }

    /**
     * A device register as a debugger reads it: without side effects, or null when no
     * {@link Inspectable} device answers {@code size} bytes at {@code address}.
     */
    public Long peek(long address, int size) {
        Mapping m = device(address, size);
        return m != null && m.device instanceof Inspectable i ? i.peek(address - m.base, size) : null;
    }

    public void addStoreObserver(StoreObserver observer) {
        observers.add(observer);
    }

    /**
     * One word per 4 KiB page of RAM, bit k set where stores to the page's 64-byte line k must be
     * reported to the store observers: lines holding decoded instructions, LR reservations or the
     * HTIF tohost word. Harts check it on their store fast path; watching lines rather than pages
     * keeps data that shares a page with code or tohost on the fast path, and a word per page
     * keeps the map small (an eighth of a byte per line) for cheap forks.
     */
    public long[] observedLines() {
        return observedLines;
    }

    /**
     * Calls {@code listener} with the RAM page number of each page that gets its first observed
     * line: harts store into pages without one on a fast path that checks no lines.
     */
    public void onFirstObservedLine(IntConsumer listener) {
        firstObservedLine.add(listener);
    }

    /** Asks for stores to the {@code length} bytes at RAM offset {@code ramIndex} to be reported. */
    public void observeRam(long ramIndex, int length) {
        for (long line = ramIndex >>> LINE_SHIFT; line <= (ramIndex + length - 1) >>> LINE_SHIFT; line++) {
            int page = (int) (line >>> (Ram.PAGE_SHIFT - LINE_SHIFT));
            long before = observedLines[page];
            observedLines[page] = before | 1L << line;
            if (before == 0) {
                for (IntConsumer listener : firstObservedLine) {
                    listener.accept(page);
                }
            }
        }
    }

    /** Asks for stores to the {@code length} bytes of RAM at physical {@code address} to be reported. */
    public void observe(long address, int length) {
        if (!ram.contains(address, length)) {
            throw new IllegalArgumentException(String.format("0x%x is not in RAM", address));
        }
        observeRam(address - ram.base(), length);
    }

    /** True if a store to {@code [ramIndex, ramIndex+size)} must be reported to the store observers. */
    public boolean isObserved(long ramIndex, int size) {
        return observed(ramIndex) || observed(ramIndex + size - 1);
    }

    private boolean observed(long ramIndex) {
        return (observedLines[(int) (ramIndex >>> Ram.PAGE_SHIFT)] & (1L << (ramIndex >>> LINE_SHIFT))) != 0;
    }

    /** Reports a store the caller made directly into the RAM array (a hart's fast path). */
    public void stored(long address, int size, int hartId) {
        notifyStore(address, size, hartId);
    }

    private Mapping device(long address, int size) {
        for (Mapping m : devices) {
            if (address - m.base >= 0 && address - m.base + size <= m.size) {
                return m;
            }
        }
        return null;
    }

    /** True if an access of {@code size} bytes at {@code address} hits RAM or a device. */
    public boolean isMapped(long address, int size) {
        return ram.contains(address, size) || device(address, size) != null;
    }

    /** True if {@code address} is in RAM (not a device). */
    public boolean isRam(long address, int size) {
        return ram.contains(address, size);
    }

    /** A load of 1, 2, 4 or 8 bytes; zero-extended. Throws {@link BusErrorException} if unmapped. */
    public long load(long address, int size) {
        if (ram.contains(address, size)) {
            return ram.load(address - ram.base(), size);
        }
        Mapping m = device(address, size);
        if (m == null) {
            throw new BusErrorException(address);
        }
        return m.device.read(address - m.base, size);
    }

    /** A store by hart {@code hartId} (-1 for others). Throws {@link BusErrorException} if unmapped. */
    public void store(long address, int size, long value, int hartId) {
        if (ram.contains(address, size)) {
            long index = address - ram.base();
            ram.store(index, size, value);
            if (isObserved(index, size)) {
                notifyStore(address, size, hartId);
            }
            return;
        }
        Mapping m = device(address, size);
        if (m == null) {
            throw new BusErrorException(address);
        }
        m.device.write(address - m.base, size, value);
    }

    private void notifyStore(long address, int size, int hartId) {
        for (StoreObserver o : observers) {
            o.stored(address, size, hartId);
        }
    }

    // PhysicalMemory: DMA-capable devices and the debugger. RAM only, byte-granular.

    @Override
    public void read(long address, byte[] destination, int offset, int length) {
        if (!ram.contains(address, length)) {
            throw new BusErrorException(address);
        }
        ram.read(address - ram.base(), destination, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        if (!ram.contains(address, length)) {
            throw new BusErrorException(address);
        }
        ram.write(address - ram.base(), source, offset, length);
        if (length > 0) {
            notifyStore(address, length, -1);
        }
    }

    @Override
    public long readLong(long address, int size) {
        if (!ram.contains(address, size)) {
            throw new BusErrorException(address);
        }
        return ram.load(address - ram.base(), size);
    }

    @Override
    public void writeLong(long address, int size, long value) {
        if (!ram.contains(address, size)) {
            throw new BusErrorException(address);
        }
        ram.store(address - ram.base(), size, value);
        notifyStore(address, size, -1);
    }
}
