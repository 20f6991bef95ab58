package io.guestlab.emulator.hart;

import io.guestlab.emulator.TrapCause;
import io.guestlab.emulator.fpu.F32;
import io.guestlab.emulator.fpu.F64;
import io.guestlab.emulator.fpu.FloatStatus;
import io.guestlab.emulator.isa.Insn;

/**
 * The F and D instructions (Unprivileged ISA chapters 11-12) on top of the IEEE arithmetic in
 * {@code io.guestlab.emulator.fpu}. What is the hart's own job lives here: mstatus.FS gating and
 * dirty tracking, rounding-mode resolution (DYN reads frm; 5, 6 and invalid frm are illegal),
 * fflags accrual, and NaN-boxing of singles in the 64-bit f registers (section 12.2).
 */
final class HartFpu {

    private static final long BOX = 0xffffffff00000000L;
    private static final int SIGN32 = 0x80000000;
    private static final long SIGN64 = 0x8000000000000000L;

    private HartFpu() {
    }

    /** A single from an f register: an improperly NaN-boxed value reads as the canonical NaN. */
    private static int single(Hart h, int reg) {
        return unbox(h.f[reg]);
    }

    private static void setSingle(Hart h, int reg, int value) {
        h.f[reg] = box(value);
    }

    /** The single an f register's 64 bits hold (section 12.2); translated code reads singles through it too. */
    static int unbox(long v) {
        return (v & BOX) == BOX ? (int) v : F32.CANONICAL_NAN;
    }

    /** A single NaN-boxed into 64 bits, as an f register holds it. */
    static long box(int value) {
        return BOX | (value & 0xffffffffL);
    }

    /**
     * After an F or D instruction: its exception flags (collected in {@link Hart#floatStatus},
     * cleared before it ran) accrue into fflags, and mstatus.FS becomes Dirty if it changed
     * fflags or an f register (section 3.1.6.6). Translated code ends its inline F and D
     * instructions the same way.
     */
    static void accrue(Hart h, boolean writesF) {
        int flags = h.floatStatus.flags;
        if (flags != 0) {
            h.fflags |= flags & 0x1f;
            h.mstatus |= Hart.FS;
        } else if (writesF) {
            h.mstatus |= Hart.FS;
        }
    }

    static void execute(Hart h, Insn op, int fl, int imm, long pc) {
        if ((h.mstatus & Hart.FS) == 0) {
            throw h.raise(TrapCause.ILLEGAL_INSTRUCTION, h.instructionBits(pc));
        }
        // Loads and stores apart from the arithmetic: a kernel saving and restoring a task's f
        // registers runs only these, and C1 compiles each method once it is hot; the arithmetic
        // is 27 KB of machine code, 30 ms of the one compiler thread early in a Linux boot.
        if (op == Insn.FLD || op == Insn.FSD || op == Insn.FLW || op == Insn.FSW) {
            transfer(h, op, fl, imm);
        } else {
            compute(h, op, fl, pc);
        }
    }

    /** FLW, FLD, FSW, FSD: as {@link #compute} would do them (they raise no flags; a load dirties FS). */
    private static void transfer(Hart h, Insn op, int fl, int imm) {
        h.floatStatus.flags = 0;
        long va = h.x[(fl >>> 6) & 31] + imm;
        if (op == Insn.FLD) {
            h.f[fl & 63] = h.load64(va);
        } else if (op == Insn.FSD) {
            h.store64(va, h.f[(fl >>> 11) & 31]);
            return;
        } else if (op == Insn.FLW) {
            setSingle(h, fl & 63, h.load32(va));
        } else {
            h.store32(va, (int) h.f[(fl >>> 11) & 31]);
            return;
        }
        h.mstatus |= Hart.FS;
    }

    /** The F and D instructions but loads and stores. */
    private static void compute(Hart h, Insn op, int fl, long pc) {
        int rd = fl & 63;
        int rs1 = (fl >>> 6) & 31;
        int rs2 = (fl >>> 11) & 31;
        int rs3 = (fl >>> 16) & 31;
        int rm = 0;
        if (op.hasRoundingMode()) {
            rm = (fl >>> 21) & 7;
            if (rm == 7) {
                rm = h.frm;
            }
            if (rm > 4) {
                throw h.raise(TrapCause.ILLEGAL_INSTRUCTION, h.instructionBits(pc));
            }
        }
        long[] x = h.x;
        long[] f = h.f;
        FloatStatus st = h.floatStatus;
        st.flags = 0;
        boolean writesF = true;
        switch (op) {
            case FMADD_S -> setSingle(h, rd, F32.mulAdd(single(h, rs1), single(h, rs2), single(h, rs3), rm, st));
            case FMSUB_S -> setSingle(h, rd, F32.mulAdd(single(h, rs1), single(h, rs2), single(h, rs3) ^ SIGN32, rm, st));
            case FNMSUB_S -> setSingle(h, rd, F32.mulAdd(single(h, rs1) ^ SIGN32, single(h, rs2), single(h, rs3), rm, st));
            case FNMADD_S -> setSingle(h, rd,
                    F32.mulAdd(single(h, rs1) ^ SIGN32, single(h, rs2), single(h, rs3) ^ SIGN32, rm, st));
            case FADD_S -> setSingle(h, rd, F32.add(single(h, rs1), single(h, rs2), rm, st));
            case FSUB_S -> setSingle(h, rd, F32.sub(single(h, rs1), single(h, rs2), rm, st));
            case FMUL_S -> setSingle(h, rd, F32.mul(single(h, rs1), single(h, rs2), rm, st));
            case FDIV_S -> setSingle(h, rd, F32.div(single(h, rs1), single(h, rs2), rm, st));
            case FSQRT_S -> setSingle(h, rd, F32.sqrt(single(h, rs1), rm, st));
            case FSGNJ_S -> setSingle(h, rd, (single(h, rs1) & ~SIGN32) | (single(h, rs2) & SIGN32));
            case FSGNJN_S -> setSingle(h, rd, (single(h, rs1) & ~SIGN32) | (~single(h, rs2) & SIGN32));
            case FSGNJX_S -> setSingle(h, rd, single(h, rs1) ^ (single(h, rs2) & SIGN32));
            case FMIN_S -> setSingle(h, rd, F32.min(single(h, rs1), single(h, rs2), st));
            case FMAX_S -> setSingle(h, rd, F32.max(single(h, rs1), single(h, rs2), st));
            case FCVT_W_S -> { x[rd] = F32.toInt32(single(h, rs1), rm, st); writesF = false; }
            case FCVT_WU_S -> { x[rd] = F32.toUInt32(single(h, rs1), rm, st); writesF = false; }
            case FCVT_L_S -> { x[rd] = F32.toInt64(single(h, rs1), rm, st); writesF = false; }
            case FCVT_LU_S -> { x[rd] = F32.toUInt64(single(h, rs1), rm, st); writesF = false; }
            case FMV_X_W -> { x[rd] = (int) f[rs1]; writesF = false; }
            case FEQ_S -> { x[rd] = F32.eq(single(h, rs1), single(h, rs2), st) ? 1 : 0; writesF = false; }
            case FLT_S -> { x[rd] = F32.lt(single(h, rs1), single(h, rs2), st) ? 1 : 0; writesF = false; }
            case FLE_S -> { x[rd] = F32.le(single(h, rs1), single(h, rs2), st) ? 1 : 0; writesF = false; }
            case FCLASS_S -> { x[rd] = F32.classify(single(h, rs1)); writesF = false; }
            case FCVT_S_W -> setSingle(h, rd, F32.fromInt32((int) x[rs1], rm, st));
            case FCVT_S_WU -> setSingle(h, rd, F32.fromUInt32((int) x[rs1], rm, st));
            case FCVT_S_L -> setSingle(h, rd, F32.fromInt64(x[rs1], rm, st));
            case FCVT_S_LU -> setSingle(h, rd, F32.fromUInt64(x[rs1], rm, st));
            case FMV_W_X -> setSingle(h, rd, (int) x[rs1]);
            case FMADD_D -> f[rd] = F64.mulAdd(f[rs1], f[rs2], f[rs3], rm, st);
            case FMSUB_D -> f[rd] = F64.mulAdd(f[rs1], f[rs2], f[rs3] ^ SIGN64, rm, st);
            case FNMSUB_D -> f[rd] = F64.mulAdd(f[rs1] ^ SIGN64, f[rs2], f[rs3], rm, st);
            case FNMADD_D -> f[rd] = F64.mulAdd(f[rs1] ^ SIGN64, f[rs2], f[rs3] ^ SIGN64, rm, st);
            case FADD_D -> f[rd] = F64.add(f[rs1], f[rs2], rm, st);
            case FSUB_D -> f[rd] = F64.sub(f[rs1], f[rs2], rm, st);
            case FMUL_D -> f[rd] = F64.mul(f[rs1], f[rs2], rm, st);
            case FDIV_D -> f[rd] = F64.div(f[rs1], f[rs2], rm, st);
            case FSQRT_D -> f[rd] = F64.sqrt(f[rs1], rm, st);
            case FSGNJ_D -> f[rd] = (f[rs1] & ~SIGN64) | (f[rs2] & SIGN64);
            case FSGNJN_D -> f[rd] = (f[rs1] & ~SIGN64) | (~f[rs2] & SIGN64);
            case FSGNJX_D -> f[rd] = f[rs1] ^ (f[rs2] & SIGN64);
            case FMIN_D -> f[rd] = F64.min(f[rs1], f[rs2], st);
            case FMAX_D -> f[rd] = F64.max(f[rs1], f[rs2], st);
            case FCVT_S_D -> setSingle(h, rd, F64.toF32(f[rs1], rm, st));
            case FCVT_D_S -> f[rd] = F32.toF64(single(h, rs1), st);
            case FEQ_D -> { x[rd] = F64.eq(f[rs1], f[rs2], st) ? 1 : 0; writesF = false; }
            case FLT_D -> { x[rd] = F64.lt(f[rs1], f[rs2], st) ? 1 : 0; writesF = false; }
            case FLE_D -> { x[rd] = F64.le(f[rs1], f[rs2], st) ? 1 : 0; writesF = false; }
            case FCLASS_D -> { x[rd] = F64.classify(f[rs1]); writesF = false; }
            case FCVT_W_D -> { x[rd] = F64.toInt32(f[rs1], rm, st); writesF = false; }
            case FCVT_WU_D -> { x[rd] = F64.toUInt32(f[rs1], rm, st); writesF = false; }
            case FCVT_L_D -> { x[rd] = F64.toInt64(f[rs1], rm, st); writesF = false; }
            case FCVT_LU_D -> { x[rd] = F64.toUInt64(f[rs1], rm, st); writesF = false; }
            case FMV_X_D -> { x[rd] = f[rs1]; writesF = false; }
            case FCVT_D_W -> f[rd] = F64.fromInt32((int) x[rs1], rm, st);
            case FCVT_D_WU -> f[rd] = F64.fromUInt32((int) x[rs1], rm, st);
            case FCVT_D_L -> f[rd] = F64.fromInt64(x[rs1], rm, st);
            case FCVT_D_LU -> f[rd] = F64.fromUInt64(x[rs1], rm, st);
            case FMV_D_X -> f[rd] = x[rs1];
            default -> throw h.raise(TrapCause.ILLEGAL_INSTRUCTION, h.instructionBits(pc));
        }
        accrue(h, writesF);
    }
}
