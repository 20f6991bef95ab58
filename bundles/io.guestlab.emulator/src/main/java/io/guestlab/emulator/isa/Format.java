package io.guestlab.emulator.isa;

/**
 * The base encoding formats of the RISC-V unprivileged ISA (Volume I, section 2.2-2.3), extended by
 * the few operand layouts that are not plain R/I/S/B/U/J: they tell the decoder which bit fields
 * hold registers and how the immediate is scattered.
 */
public enum Format {
    /** rd, rs1, rs2. */
    R,
    /** rd, rs1, rs2, rs3 (fused multiply-add, section 13.6). */
    R4,
    /** rd, rs1, 12-bit signed immediate. */
    I,
    /** rs1, rs2, 12-bit signed immediate split over [31:25] and [11:7]. */
    S,
    /** rs1, rs2, 13-bit signed branch offset. */
    B,
    /** rd, immediate [31:12] (already shifted left by 12 and sign-extended). */
    U,
    /** rd, 21-bit signed jump offset. */
    J,
    /** rd, rs1, 6-bit shift amount (RV64 shifts). */
    SHIFT6,
    /** rd, rs1, 5-bit shift amount (word shifts). */
    SHIFT5,
    /** rd, rs1, CSR number in [31:20] (unsigned). */
    CSR,
    /** rd, 5-bit zero-extended immediate in the rs1 field, CSR number in [31:20]. */
    CSRI,
    /** fm, predecessor and successor sets in [31:20]. */
    FENCE,
    /** No operands beyond what the match bits fix. */
    NONE
}
