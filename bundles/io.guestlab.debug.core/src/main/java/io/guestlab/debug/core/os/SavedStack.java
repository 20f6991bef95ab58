package io.guestlab.debug.core.os;

import io.guestlab.symbols.AddressSpace;
import io.guestlab.symbols.SymbolMatch;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.TrapBoundary;
import io.guestlab.symbols.Unwinder;

import java.util.List;
import java.util.OptionalLong;

/**
 * The stack of a task that does not run: the symbols layer's {@link Unwinder} started from the
 * registers the kernel saved at its last context switch. Its innermost frame is where the switch
 * returns to (ra), that is just after the call of the switch routine, in the function that called
 * it ({@code sched}, {@code __schedule}); or, for a task that never ran, the entry it will start at.
 */
public final class SavedStack {

    /** Frames unwound at most, as for a hart. */
    public static final int MAX_FRAMES = 64;

    private SavedStack() {
    }

    /** The saved registers over kernel memory, as the unwinder and variable reader see a target. */
    public static TargetAccess registers(GuestTask task, KernelAccess memory) {
        return new TargetAccess() {
            @Override
            public OptionalLong register(int dwarfRegister) {
                if (dwarfRegister == 0) {
                    return OptionalLong.of(0);
                }
                Long v = task.savedRegisters().get(dwarfRegister);
                return v == null ? OptionalLong.empty() : OptionalLong.of(v);
            }

            @Override
            public boolean read(long address, byte[] into) {
                return memory.read(address, into);
            }
        };
    }

    /**
     * Unwinds a task's saved stack; the backtrace stops at a trap entry {@code trap} names (the
     * registers a trap saved for this task are not the hart's).
     *
     * A task that saved no ra or sp has no frames (the backtrace says why).
     */
    public static Unwinder.Backtrace unwind(AddressSpace space, GuestTask task, KernelAccess memory, TrapBoundary trap)
            throws SymbolsException {
        Long ra = task.savedRegisters().get(GuestTask.RA);
        if (ra == null || !task.savedRegisters().containsKey(GuestTask.SP)) {
            return new Unwinder.Backtrace(List.of(), Unwinder.Stop.UNREADABLE, "pid " + task.pid() + " saved no ra and sp");
        }
        Unwinder.Backtrace bt = new Unwinder(space, trap).backtrace(registers(task, memory), ra, MAX_FRAMES);
        // the bottom of a kernel stack is entry code without unwind rules: what a frame-pointer guess
        // finds below it is not code of any program, and not a frame
        for (int i = 1; i < bt.frames().size(); i++) {
            if (space.programAt(bt.frames().get(i).pc()) == null) {
                return new Unwinder.Backtrace(List.copyOf(bt.frames().subList(0, i)), Unwinder.Stop.NO_UNWIND_INFO,
                        String.format("0x%x is in no program", bt.frames().get(i).pc()));
            }
        }
        return bt;
    }

    /**
     * Whether the innermost frame's pc is a return address (describe the call before it) rather
     * than a function's entry (a task that never ran starts there).
     */
    public static boolean startsAtReturnAddress(AddressSpace space, GuestTask task) throws SymbolsException {
        Long ra = task.savedRegisters().get(GuestTask.RA);
        SymbolMatch m = ra == null ? null : space.symbolAt(ra);
        return m == null || m.offset() != 0;
    }
}
