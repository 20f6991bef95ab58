package io.guestlab.emulator.isa;

/**
 * One decoded instruction: what it is and its operand fields. Register numbers are
 * architectural (0-31); {@code imm} is the sign-extended immediate, the CSR number, the shift
 * amount or the fence bits, as the {@link Format} says; {@code rm} is the rounding-mode field.
 *
 * @param compressed the 16-bit form this was expanded from, or null for a 32-bit encoding
 */
public record Decoded(Insn insn, int rd, int rs1, int rs2, int rs3, int rm, int imm, int bits, int length,
        CompressedInsn compressed) {
}
