package io.guestlab.gdbserver;

import java.util.List;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;

/**
 * What the protocol needs from the machine being debugged. Threads are harts, numbered from 1
 * (thread = hart + 1) because the protocol reserves 0 ("any") and -1 ("all"). Registers use
 * GDB's RISC-V numbering ({@link RiscvRegisters}).
 * <p>
 * All calls but {@link #interrupt()} come from one session thread, and only while the target is
 * stopped (between {@link #attach()} or the return of {@link #resume} and the next resume).
 */
public interface GdbTarget {

    /** The debugger connects: stop the target if it runs and say why it is stopped now. */
    StopInfo attach();

    /** The threads (hart + 1) in order. */
    List<Integer> threads();

    /** A short description of a thread for {@code info threads}: hart id, privilege mode, state. */
    String threadDescription(int thread);

    /** The CSRs the harts have, number to name, in number order (for the target description). */
    SortedMap<Integer, String> csrs();

    boolean hasFpu();

    /** The value of register {@code regno} of a thread; IllegalArgumentException if there is none. */
    long readRegister(int thread, int regno);

    /** Writes a register; false if it cannot be written (no such register, read-only). */
    boolean writeRegister(int thread, int regno, long value);

    /**
     * Reads memory as {@code thread} sees it (virtual through its current translation, or
     * physical when the monitor switched that on). Returns the bytes readable from
     * {@code address} on, possibly fewer than asked for, possibly none.
     */
    byte[] readMemory(int thread, long address, int length);

    /** Writes memory as {@code thread} sees it; false (nothing written) if any byte is not writable. */
    boolean writeMemory(int thread, long address, byte[] data);

    /**
     * Inserts a breakpoint or watchpoint; {@code kind} is the instruction size (2 or 4) of a
     * breakpoint or the length in bytes of a watchpoint. Returns false if it cannot be placed.
     */
    boolean insertBreakpoint(BreakpointType type, long address, long kind);

    boolean removeBreakpoint(BreakpointType type, long address, long kind);

    /**
     * Runs until something stops the target, or {@code interrupted} turns true. Blocks.
     * {@link #interrupt()} is called as well when the flag turns true, to make the wait short.
     */
    StopInfo resume(ResumeRequest request, BooleanSupplier interrupted);

    /**
     * True if the target can run backwards (GDB manual E.2, {@code bs} / {@code bc}): the
     * session then offers {@code ReverseStep+} and {@code ReverseContinue+}.
     */
    boolean canReverse();

    /**
     * Runs backwards, only if {@link #canReverse()}: with {@code step}, to just before the
     * previous instruction of {@code thread}; else to the previous breakpoint or watchpoint hit
     * of any thread. Returns {@link StopInfo#historyBegin} when there is nothing earlier.
     * Blocks like {@link #resume}.
     */
    StopInfo reverse(boolean step, int thread, BooleanSupplier interrupted);

    /** Hint from any thread: a running {@link #resume} should check its interrupt flag now. */
    void interrupt();

    /** Runs a {@code monitor} command; returns the text to show (ending in a newline). */
    String monitor(String command);

    /** The debugger leaves: remove its breakpoints, watchpoints and catches, let the target run. */
    void detach();

    /**
     * The connection closed without a detach while the target was stopped (a port probe, a
     * debugger that crashed): remove the debugger's breakpoints, watchpoints and catches but leave
     * the target stopped where it is, as QEMU does, for the next debugger to find. A target that
     * cannot wait stopped without a debugger lets go as on a {@link #detach()}.
     */
    default void abandon() {
        detach();
    }

    /** The debugger kills the program: the target stops for good. */
    void kill();
}
