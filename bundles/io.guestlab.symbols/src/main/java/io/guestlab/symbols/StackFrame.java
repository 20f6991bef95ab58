package io.guestlab.symbols;

import java.util.Map;
import java.util.OptionalLong;

/**
 * One frame of a backtrace: its pc, its canonical frame address (the caller's sp at the call),
 * the register values known in it (DWARF numbers), and how it was found.
 */
public record StackFrame(int level, long pc, long cfa, Map<Integer, Long> registers, Source source) {

    /** How this frame was recovered from the one below it. */
    public enum Source {
        /** The innermost frame: the target's own registers. */
        TARGET,
        /** Call frame information (.debug_frame / .eh_frame). */
        CFI,
        /** The psABI frame-pointer convention (no CFI for the callee). */
        FRAME_POINTER,
        /** The interrupted context saved by a trap handler (via a {@link TrapBoundary}). */
        TRAP
    }

    public OptionalLong register(int dwarfRegister) {
        Long v = registers.get(dwarfRegister);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** This frame's registers over the target's memory, e.g. to evaluate variable locations in it. */
    public TargetAccess over(TargetAccess memory) {
        return new TargetAccess() {
            @Override
            public OptionalLong register(int dwarfRegister) {
                return StackFrame.this.register(dwarfRegister);
            }

            @Override
            public boolean read(long address, byte[] into) {
                return memory.read(address, into);
            }
        };
    }
}
