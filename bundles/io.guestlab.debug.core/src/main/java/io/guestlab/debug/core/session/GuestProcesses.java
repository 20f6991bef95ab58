package io.guestlab.debug.core.session;

import io.guestlab.debug.core.os.GuestTask;
import io.guestlab.debug.core.os.OsAwareness;
import io.guestlab.debug.core.os.SavedStack;
import io.guestlab.emulator.Machine;
import io.guestlab.symbols.StackFrame;
import io.guestlab.symbols.SymbolsException;
import io.guestlab.symbols.TargetAccess;
import io.guestlab.symbols.TrapBoundary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guest kernel's processes for one session (engine thread only): which provider knows the
 * kernel is decided once, the list is read at each stop, and a process's frames are unwound from
 * its saved registers (or are its hart's, when it runs).
 */
final class GuestProcesses {

    private final OsAwareness awareness;
    private final SessionSymbols symbols;
    private OsAwareness.Kernel kernel;
    private boolean recognised;

    GuestProcesses(OsAwareness awareness, SessionSymbols symbols) {
        this.awareness = awareness;
        this.symbols = symbols;
    }

    OsAwareness.TaskList list(Machine machine) {
        if (!recognised) {
            kernel = awareness.recognise(symbols.programs());
            recognised = true;
        }
        return kernel == null ? OsAwareness.TaskList.NONE : OsAwareness.tasks(kernel, new MachineKernelAccess(machine));
    }

    List<FrameInfo> frames(Machine machine, GuestTask task) throws SymbolsException {
        if (task.isRunning() && task.hart() < machine.hartCount()) {
            return Backtraces.of(machine, task.hart(), symbols);
        }
        MachineKernelAccess memory = new MachineKernelAccess(machine);
        int hart = Math.max(0, memory.hartMapping(task.savedRegisters().getOrDefault(GuestTask.SP, 0L)));
        // the registers a trap saved for this task are not the ones the hart's trap record holds: stop there
        TrapBoundary vectors = new TrapVectorBoundary(machine, hart, symbols.space());
        TrapBoundary stop = new TrapBoundary() {
            @Override
            public boolean isTrapEntry(long pc, String function) {
                return vectors.isTrapEntry(pc, function);
            }

            @Override
            public Optional<Map<Integer, Long>> interruptedContext(StackFrame trapFrame, TargetAccess target) {
                return Optional.empty();
            }
        };
        return Backtraces.describe(SavedStack.unwind(symbols.space(), task, memory, stop), hart, symbols,
                SavedStack.startsAtReturnAddress(symbols.space(), task));
    }
}
