package io.guestlab.emulator.support;

import io.guestlab.emulator.Machine;

import java.io.ByteArrayOutputStream;

/**
 * A tiny test-side assembler: encodes the few RV64 instructions tests need (Unprivileged ISA
 * chapter 24 formats) and places them at an address in a machine's RAM.
 */
public final class Asm {

    private final ByteArrayOutputStream code = new ByteArrayOutputStream();

    public static int rType(int opcode, int f3, int f7, int rd, int rs1, int rs2) {
        return f7 << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode;
    }

    public static int iType(int opcode, int f3, int rd, int rs1, int imm) {
        return imm << 20 | rs1 << 15 | f3 << 12 | rd << 7 | opcode;
    }

    public static int sType(int opcode, int f3, int rs1, int rs2, int imm) {
        return (imm >> 5) << 25 | rs2 << 20 | rs1 << 15 | f3 << 12 | (imm & 31) << 7 | opcode;
    }

    public Asm word(int bits) {
        for (int i = 0; i < 4; i++) {
            code.write(bits >>> (8 * i));
        }
        return this;
    }

    public Asm half(int bits) {
        code.write(bits);
        code.write(bits >>> 8);
        return this;
    }

    public Asm addi(int rd, int rs1, int imm) {
        return word(iType(0x13, 0, rd, rs1, imm));
    }

    /** Loads a 64-bit constant into {@code rd}: the top 9 bits, then five 11-bit chunks shifted in (no memory). */
    public Asm li(int rd, long value) {
        if (value >= -2048 && value < 2048) {
            return addi(rd, 0, (int) value);
        }
        addi(rd, 0, (int) (value >>> 55));
        for (int shift = 44; shift >= 0; shift -= 11) {
            word(iType(0x13, 1, rd, rd, 11)); // slli rd, rd, 11
            word(iType(0x13, 6, rd, rd, (int) (value >>> shift) & 0x7ff)); // ori
        }
        return this;
    }

    public Asm csrrw(int rd, int csr, int rs1) {
        return word(iType(0x73, 1, rd, rs1, csr));
    }

    public Asm csrrs(int rd, int csr, int rs1) {
        return word(iType(0x73, 2, rd, rs1, csr));
    }

    public Asm ld(int rd, int rs1, int imm) {
        return word(iType(0x03, 3, rd, rs1, imm));
    }

    public Asm sd(int rs2, int rs1, int imm) {
        return word(sType(0x23, 3, rs1, rs2, imm));
    }

    /** bne rs1, rs2, offset (bytes, relative to this instruction). */
    public Asm bne(int rs1, int rs2, int offset) {
        return word(bType(1, rs1, rs2, offset));
    }

    /** A conditional branch (funct3 0 beq, 1 bne, 4 blt, 5 bge, 6 bltu, 7 bgeu) by {@code offset} bytes. */
    public static int bType(int funct3, int rs1, int rs2, int offset) {
        int imm = offset;
        return ((imm >> 12) & 1) << 31 | ((imm >> 5) & 63) << 25 | rs2 << 20 | rs1 << 15 | funct3 << 12
                | ((imm >> 1) & 15) << 8 | ((imm >> 11) & 1) << 7 | 0x63;
    }

    /** lr.d rd, (rs1). */
    public Asm lrD(int rd, int rs1) {
        return word(0x1000302f | rd << 7 | rs1 << 15);
    }

    /** sc.d rd, rs2, (rs1). */
    public Asm scD(int rd, int rs2, int rs1) {
        return word(0x1800302f | rd << 7 | rs1 << 15 | rs2 << 20);
    }

    public Asm ebreak() {
        return word(0x00100073);
    }

    public Asm ecall() {
        return word(0x00000073);
    }

    /** jal x0, 0: an endless loop. */
    public Asm spin() {
        return word(0x0000006f);
    }

    public byte[] bytes() {
        return code.toByteArray();
    }

    public int size() {
        return code.size();
    }

    /** Writes the code at physical {@code address} and points hart 0 at it. */
    public void loadAt(Machine machine, long address) {
        if (!machine.writePhysical(address, bytes())) {
            throw new IllegalArgumentException("address not in RAM");
        }
        machine.setPc(0, address);
    }
}
