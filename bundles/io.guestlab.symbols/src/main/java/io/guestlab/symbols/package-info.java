/**
 * Source-level knowledge of RISC-V guest programs, in pure Java: ELF32/ELF64 files
 * ({@link io.guestlab.symbols.Program}, several of them in one {@link io.guestlab.symbols.AddressSpace}),
 * symbols ({@code handle_trap+0x1c}), DWARF 4 and 5 line tables, functions with their inlined
 * calls (what binutils' addr2line prints: {@link io.guestlab.symbols.Program#describe}),
 * stepping queries ({@link io.guestlab.symbols.SourceLines}), stack unwinding by CFI or frame
 * pointers with trap-frame handling ({@link io.guestlab.symbols.Unwinder}), and variables with
 * their C types and formatted values ({@link io.guestlab.symbols.Variables},
 * {@link io.guestlab.symbols.ValueFormatter}) read through {@link io.guestlab.symbols.TargetAccess}.
 *
 * <p>Every reading failure surfaces as a {@link io.guestlab.symbols.SymbolsException} naming the
 * file, the section and the offset. The sub-packages {@code elf}, {@code dwarf} and {@code unwind}
 * are internal decoders.
 */
package io.guestlab.symbols;
