package io.guestlab.debug.core.os;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Test support: kernel memory as a provider sees it, without a machine. Bytes inside the
 * readable range read as written (zero otherwise); outside it nothing is readable. One hart.
 */
final class FakeKernel implements KernelAccess {

    private final long from;
    private final long to;
    private final Map<Long, Byte> bytes = new HashMap<>();
    private final Map<Integer, Long> registers = new HashMap<>();
    private int privilege = SUPERVISOR;

    /** Readable: [from, to). */
    FakeKernel(long from, long to) {
        this.from = from;
        this.to = to;
    }

    void write(long address, long value, int size) {
        for (int i = 0; i < size; i++) {
            bytes.put(address + i, (byte) (value >>> (8 * i)));
        }
    }

    void writeString(long address, String s) {
        for (int i = 0; i < s.length(); i++) {
            bytes.put(address + i, (byte) s.charAt(i));
        }
        bytes.put(address + s.length(), (byte) 0);
    }

    void register(int dwarfRegister, long value) {
        registers.put(dwarfRegister, value);
    }

    @Override
    public boolean read(long address, byte[] into) {
        if (Long.compareUnsigned(address, from) < 0 || Long.compareUnsigned(address + into.length, to) > 0) {
            return false;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = bytes.getOrDefault(address + i, (byte) 0);
        }
        return true;
    }

    @Override
    public int harts() {
        return 1;
    }

    @Override
    public OptionalLong register(int hart, int dwarfRegister) {
        Long v = registers.get(dwarfRegister);
        return v == null ? OptionalLong.of(0) : OptionalLong.of(v);
    }

    @Override
    public OptionalLong csr(int hart, int number) {
        return OptionalLong.of(0);
    }

    @Override
    public int privilege(int hart) {
        return privilege;
    }
}
