package io.guestlab.emulator.board;

import io.guestlab.emulator.bus.Device;

/**
 * The mask ROM at {@link VirtMemoryMap#MROM_BASE} where every hart starts, holding QEMU virt's
 * boot protocol: a six-instruction trampoline that jumps to the first stage with a0 = mhartid,
 * a1 = device tree address and a2 = address of an OpenSBI {@code fw_dynamic_info} block (OpenSBI
 * docs/firmware/fw_dynamic.md) telling fw_dynamic where the next stage is and in which mode.
 * Writes are ignored, as on a real ROM.
 */
public final class ResetRom implements Device {

    // Layout of the ROM, in bytes from its base.
    static final int START_ADDRESS_SLOT = 0x18;
    static final int DTB_ADDRESS_SLOT = 0x20;
    static final int FW_DYNAMIC_INFO = 0x28;

    /** fw_dynamic_info: "OSBI" little endian, layout version 2 (adds boot_hart). */
    static final long FW_DYNAMIC_MAGIC = 0x4942_534FL;
    static final long FW_DYNAMIC_VERSION = 2;

    /** Privilege the next stage runs in ({@code next_mode}). */
    public static final long NEXT_MODE_S = 1;

    private static final int T0 = 5, A0 = 10, A1 = 11, A2 = 12;
    private static final int CSR_MHARTID = 0xF14;

    private final byte[] image = new byte[FW_DYNAMIC_INFO + 6 * 8];

    /**
     * @param startAddress where the harts go: the firmware, or the kernel when there is none
     * @param dtbAddress   the device tree's physical address
     * @param nextAddress  fw_dynamic's {@code next_addr}: the kernel entry, 0 without a kernel
     */
    public ResetRom(long startAddress, long dtbAddress, long nextAddress) {
        int[] code = {
                auipc(T0, 0),
                addi(A2, T0, FW_DYNAMIC_INFO),
                csrrs(A0, CSR_MHARTID, 0), // csrr a0, mhartid
                ld(A1, T0, DTB_ADDRESS_SLOT),
                ld(T0, T0, START_ADDRESS_SLOT),
                jalr(0, T0, 0), // jr t0
        };
        for (int i = 0; i < code.length; i++) {
            put(4 * i, 4, code[i]);
        }
        put(START_ADDRESS_SLOT, 8, startAddress);
        put(DTB_ADDRESS_SLOT, 8, dtbAddress);
        long[] info = {FW_DYNAMIC_MAGIC, FW_DYNAMIC_VERSION, nextAddress, NEXT_MODE_S, 0 /* options */,
                0 /* boot_hart: hart 0 boots, the others wait for it */};
        for (int i = 0; i < info.length; i++) {
            put(FW_DYNAMIC_INFO + 8 * i, 8, info[i]);
        }
    }

    /** The ROM's initialised contents; the rest of its window reads as zero. */
    public byte[] image() {
        return image.clone();
    }

    @Override
    public String name() {
        return "mrom";
    }

    @Override
    public long read(long offset, int size) {
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            long at = offset + i;
            value = value << 8 | (at < image.length ? image[(int) at] & 0xff : 0);
        }
        return value;
    }

    @Override
    public void write(long offset, int size, long value) {
        // read-only memory: the store completes and changes nothing
    }

    private void put(int offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            image[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    // Instruction encodings (ISA manual, RV32I base: U-, I-type).
    private static int auipc(int rd, int upper) {
        return upper << 12 | rd << 7 | 0b0010111;
    }

    private static int addi(int rd, int rs1, int imm) {
        return imm << 20 | rs1 << 15 | rd << 7 | 0b0010011;
    }

    private static int ld(int rd, int rs1, int imm) {
        return imm << 20 | rs1 << 15 | 0b011 << 12 | rd << 7 | 0b0000011;
    }

    private static int jalr(int rd, int rs1, int imm) {
        return imm << 20 | rs1 << 15 | rd << 7 | 0b1100111;
    }

    private static int csrrs(int rd, int csr, int rs1) {
        return csr << 20 | rs1 << 15 | 0b010 << 12 | rd << 7 | 0b1110011;
    }
}
