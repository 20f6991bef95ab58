package io.guestlab.emulator;

/**
 * The shape of a minimal machine: RAM at {@code ramBase} of {@code ramSize} bytes, {@code harts}
 * harts run round-robin for {@code quantum} steps each.
 */
public record MachineConfig(long ramBase, long ramSize, int harts, int quantum) {

    public static final long DEFAULT_RAM_BASE = 0x8000_0000L;
    public static final long DEFAULT_RAM_SIZE = 128L << 20;
    public static final int DEFAULT_QUANTUM = 10_000;
    /**
     * QEMU's virt has no limit but the host's; Guestlab stops at 4 GiB, the most a hart's TLB
     * addresses with its unsigned 32-bit RAM offsets (and far more than guests run here need).
     */
    public static final long MAX_RAM_SIZE = 4L << 30;

    public MachineConfig {
        if (ramSize <= 0 || ramSize > MAX_RAM_SIZE || (ramSize & 0xfff) != 0) {
            throw new IllegalArgumentException("memory size must be a multiple of 4 KiB between 4 KiB and "
                    + (MAX_RAM_SIZE >> 30) + " GiB, got " + ramSize);
        }
        if (harts < 1 || harts > 64) {
            throw new IllegalArgumentException("number of harts must be 1..64, got " + harts);
        }
        if (quantum < 1) {
            throw new IllegalArgumentException("quantum must be positive");
        }
    }

    public static MachineConfig defaults() {
        return new MachineConfig(DEFAULT_RAM_BASE, DEFAULT_RAM_SIZE, 1, DEFAULT_QUANTUM);
    }

    public MachineConfig withRamSize(long size) {
        return new MachineConfig(ramBase, size, harts, quantum);
    }

    public MachineConfig withHarts(int n) {
        return new MachineConfig(ramBase, ramSize, n, quantum);
    }
}
