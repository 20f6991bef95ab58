package io.guestlab.testing.internal;

import io.guestlab.emulator.TrapCause;
import io.guestlab.symbols.AddressInfo;
import io.guestlab.symbols.Program;
import io.guestlab.symbols.SourceLocation;
import io.guestlab.symbols.SymbolsException;

import java.nio.file.Path;

/**
 * The instruction that started a chain of traps the guest could not get out of: what a failure
 * report names, rather than the handler address where the hart ended up looping (RISC-V
 * privileged spec 3.1.15: mepc holds the faulting instruction's address; the trap loop's pc is
 * mtvec's).
 *
 * @param hart      the hart that trapped
 * @param pc        the faulting instruction's address
 * @param cause     the exception code (or interrupt number)
 * @param interrupt whether it was an interrupt
 */
public record FaultingInstruction(int hart, long pc, int cause, boolean interrupt) {

    /**
     * "illegal instruction at pc 0x80000218 in main (trap.c:9) on hart 0": the function and line
     * from {@code program}'s symbols and line table when it has them (null: none to look in).
     */
    public String describe(Path program) {
        String where = where(program);
        return TrapCause.describe(cause, interrupt) + String.format(" at pc 0x%x", pc)
                + (where.isEmpty() ? "" : " in " + where) + " on hart " + hart;
    }

    /** "main (trap.c:9)", "main", or "" when the program says nothing about the pc. */
    private String where(Path program) {
        if (program == null) {
            return "";
        }
        try {
            AddressInfo info = Program.open(program, 0).describe(pc);
            if (!info.found()) {
                return "";
            }
            SourceLocation at = info.locations().get(0);
            String function = at.function() == null ? "??" : at.function();
            return at.file() == null || at.line() == 0 ? function
                    : function + " (" + Path.of(at.file()).getFileName() + ":" + at.line() + ")";
        } catch (SymbolsException | RuntimeException e) {
            return ""; // not an ELF, or no symbols: the pc says enough
        }
    }
}
