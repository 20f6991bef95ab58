package io.guestlab.debug.core.session;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.PageTables;

import java.util.Arrays;

/**
 * Reading and writing guest memory for the memory views, virtual (through a hart's current
 * translation, {@link PageTables}) or physical; engine thread only. Unmapped bytes and device
 * registers are marked per byte, never an error: a page fault in the middle of a view is normal.
 */
final class GuestMemory {

    private static final long PAGE = 4096;

    private final Machine machine;
    private final PageTables tables;
    private final boolean physical;

    GuestMemory(Machine machine, int hart, boolean physical) {
        this.machine = machine;
        this.tables = new PageTables(machine, hart);
        this.physical = physical;
    }

    /** Where {@code address} is in physical memory, or -1. */
    private long physicalOf(long address) {
        return physical ? address : tables.translate(address);
    }

    MemoryContents read(long address, int length, boolean readDevices) {
        byte[] bytes = new byte[length];
        MemoryContents.Kind[] kinds = new MemoryContents.Kind[length];
        int i = 0;
        while (i < length) {
            long a = address + i;
            // one translation per page: the rest of the page maps alike
            int chunk = (int) Math.min(length - i, PAGE - Long.remainderUnsigned(a, PAGE));
            long pa = physicalOf(a);
            byte[] part = new byte[chunk];
            if (pa != -1 && machine.readPhysical(pa, part)) {
                System.arraycopy(part, 0, bytes, i, chunk);
                Arrays.fill(kinds, i, i + chunk, MemoryContents.Kind.RAM);
            } else {
                for (int j = 0; j < chunk; j++) {
                    kinds[i + j] = pa == -1 ? MemoryContents.Kind.UNMAPPED : readByte(pa + j, bytes, i + j, readDevices);
                }
            }
            i += chunk;
        }
        return new MemoryContents(address, bytes, kinds);
    }

    private MemoryContents.Kind readByte(long pa, byte[] into, int at, boolean readDevices) {
        byte[] one = new byte[1];
        if (machine.readPhysical(pa, one)) {
            into[at] = one[0];
            return MemoryContents.Kind.RAM;
        }
        // byte-wide registers (a UART) answer a byte, others (CLINT, PLIC, virtio) aligned words; peeks have no side effects
        Long value = null;
        int shift = 0;
        for (int size = 1; size <= 8 && value == null; size *= 2) {
            long aligned = pa & -size;
            value = machine.peekDevice(aligned, size);
            shift = (int) (8 * (pa - aligned));
        }
        if (value == null) {
            return MemoryContents.Kind.UNMAPPED;
        }
        if (!readDevices) {
            return MemoryContents.Kind.DEVICE;
        }
        into[at] = (byte) (value >>> shift);
        return MemoryContents.Kind.DEVICE_READ;
    }

    /** Null when written, else why not (unmapped, a device register). */
    String write(long address, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            long pa = physicalOf(address + i);
            if (pa == -1) {
                return String.format("0x%x is not mapped (a page fault)", address + i);
            }
            if (!machine.writePhysical(pa, new byte[] {bytes[i]})) {
                return String.format("0x%x is not RAM: change device registers in the Registers view", address + i);
            }
        }
        return null;
    }
}
