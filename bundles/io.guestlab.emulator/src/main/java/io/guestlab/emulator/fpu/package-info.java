/**
 * IEEE 754-2019 binary32/binary64 arithmetic with the semantics of the RISC-V F and D extensions,
 * on raw encodings ({@code int} for binary32, {@code long} for binary64).
 *
 * <p>{@link io.guestlab.emulator.fpu.F32} and {@link io.guestlab.emulator.fpu.F64} hold the
 * operations. Each takes a static rounding mode from {@link io.guestlab.emulator.fpu.Rounding}
 * (the hart resolves DYN from {@code frm} and rejects reserved encodings first) and ORs the
 * {@link io.guestlab.emulator.fpu.FFlags} it raises into a {@link io.guestlab.emulator.fpu.FloatStatus}.
 * NaN-boxing of binary32 values in 64-bit registers is the hart's job, not this package's.
 *
 * <p>RISC-V specifics honoured everywhere: NaN results are canonical (no payload propagation),
 * tininess is detected after rounding and UF needs an inexact tiny result, FMIN/FMAX implement
 * minimumNumber/maximumNumber with -0 &lt; +0, float-to-integer conversions saturate with NV
 * per the spec table, and FMA raises NV for inf*0 even when the addend is a quiet NaN.
 *
 * <p>Every operation is exact in all five modes. Fast paths use the JVM's IEEE double arithmetic
 * (and {@code Math.fma}) where an error-free transformation proves the result and its flags;
 * the rest falls back to {@code SoftFloat}, exact integer-significand arithmetic, which the tests
 * also use as the reference for the fast paths. Nothing allocates.
 */
package io.guestlab.emulator.fpu;
