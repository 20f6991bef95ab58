package io.guestlab.symbols;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a backtrace meets a trap: the frame of a trap entry has no caller in the call-chain
 * sense, its "caller" is whatever was interrupted. An unwinder stops there unless this hook
 * recovers the interrupted context (e.g. from the trap frame the entry code saved, or from the
 * emulator's record of the trap: sepc/mepc and the saved registers).
 */
public interface TrapBoundary {

    /** Whether the frame at {@code pc} (in function {@code function}, may be null) is a trap entry. */
    boolean isTrapEntry(long pc, String function);

    /**
     * The registers (DWARF numbers, with the interrupted pc under {@link #PC}) of the context the
     * trap interrupted, or empty to stop the backtrace at the trap frame.
     */
    Optional<Map<Integer, Long>> interruptedContext(StackFrame trapFrame, TargetAccess target);

    /** The key of the interrupted pc in {@link #interruptedContext}'s map. */
    int PC = -1;

    /** Trap entries known by name that stop the backtrace (no context recovery). */
    static TrapBoundary stopAt(Set<String> trapEntryFunctions) {
        return new TrapBoundary() {
            @Override
            public boolean isTrapEntry(long pc, String function) {
                return function != null && trapEntryFunctions.contains(function);
            }

            @Override
            public Optional<Map<Integer, Long>> interruptedContext(StackFrame trapFrame, TargetAccess target) {
                return Optional.empty();
            }
        };
    }
}
