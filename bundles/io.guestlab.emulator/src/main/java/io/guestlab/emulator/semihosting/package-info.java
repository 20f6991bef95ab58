/**
 * RISC-V semihosting: the Arm semihosting operations ("Semihosting for AArch32 and AArch64",
 * version 2) reached through the {@code slli x0,x0,0x1f; ebreak; srai x0,x0,7} sequence of the
 * RISC-V semihosting specification (binary interface). {@link io.guestlab.emulator.semihosting.Semihost}
 * is the entry point; files are confined to one host folder ({@link io.guestlab.emulator.semihosting.SharedFolder}).
 */
package io.guestlab.emulator.semihosting;
