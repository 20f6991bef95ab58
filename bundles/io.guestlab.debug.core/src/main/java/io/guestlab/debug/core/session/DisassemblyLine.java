package io.guestlab.debug.core.session;

/**
 * One line of a disassembly view, in address order: a function's label, a source line whose
 * code follows, an instruction, or a stretch of memory that holds none (unmapped, or device
 * registers, which are never read for disassembly).
 *
 * @param kind       what the line is
 * @param address    where it starts (for a source line: its first instruction's address)
 * @param length     bytes covered: 2 or 4 for an instruction, the stretch for unreadable memory, 0 otherwise
 * @param bits       the instruction's encoding (instructions only)
 * @param text       the label, the instruction in objdump's syntax (branch targets by symbol), or why unreadable
 * @param file       the source file (source lines only), else null
 * @param line       the source line number (source lines only), else 0
 * @param breakpoint whether a breakpoint of any kind is placed in the engine at this instruction
 */
public record DisassemblyLine(Kind kind, long address, int length, int bits, String text, String file, int line,
                              boolean breakpoint) {

    public enum Kind {
        LABEL, SOURCE, INSTRUCTION, UNREADABLE
    }

    /** The address just after this line's bytes. */
    public long end() {
        return address + length;
    }
}
