package io.guestlab.emulator.bus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Guest RAM: one contiguous host byte array at a physical base address. Little-endian views
 * make multi-byte accesses single operations; they work for any alignment, which is what lets
 * harts perform misaligned loads and stores like QEMU's virt hart does.
 */
public final class Ram {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    public static final int PAGE_SHIFT = 12;

    private final long base;
    private final byte[] bytes;

    public Ram(long base, int size) {
        if (size <= 0 || (size & 0xfff) != 0) {
            throw new IllegalArgumentException("RAM size must be a positive multiple of 4 KiB, got " + size);
        }
        if ((base & 0xfff) != 0) {
            throw new IllegalArgumentException(String.format("RAM base 0x%x is not 4 KiB aligned", base));
        }
        this.base = base;
        this.bytes = new byte[size];
    }

    public long base() {
        return base;
    }

    public int size() {
        return bytes.length;
    }

    /** True if the {@code length} bytes at physical {@code address} all lie in this RAM. */
    public boolean contains(long address, long length) {
        long offset = address - base;
        return offset >= 0 && offset < bytes.length && length <= bytes.length - offset;
    }

    /** The host array behind this RAM; harts index it directly on their fast path. */
    public byte[] bytes() {
        return bytes;
    }

    /** Reads {@code size} (1, 2, 4 or 8) bytes at array index {@code index}, zero-extended. */
    public static long load(byte[] bytes, int index, int size) {
        return switch (size) {
            case 1 -> bytes[index] & 0xffL;
            case 2 -> (short) SHORT.get(bytes, index) & 0xffffL;
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

    public static short loadShort(byte[] bytes, int index) {
        return (short) SHORT.get(bytes, index);
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
