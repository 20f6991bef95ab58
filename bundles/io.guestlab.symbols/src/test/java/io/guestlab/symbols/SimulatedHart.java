package io.guestlab.symbols;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** A stopped hart for tests: registers and a sparse little-endian memory written by the test. */
final class SimulatedHart implements TargetAccess {

    final Map<Integer, Long> registers = new HashMap<>();
    private final Map<Long, Byte> memory = new HashMap<>();

    @Override
    public OptionalLong register(int dwarfRegister) {
        Long v = registers.get(dwarfRegister);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    @Override
    public boolean read(long address, byte[] into) {
        for (int i = 0; i < into.length; i++) {
            Byte b = memory.get(address + i);
            if (b == null) {
                return false;
            }
            into[i] = b;
        }
        return true;
    }

    void write(long address, long value, int size) {
        for (int i = 0; i < size; i++) {
            memory.put(address + i, (byte) (value >>> (8 * i)));
        }
    }

    void writeBytes(long address, byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            memory.put(address + i, bytes[i]);
        }
    }
}
