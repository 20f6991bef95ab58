package io.guestlab.emulator;

/** Why {@link Machine#run} or {@link Machine#step} returned. */
public enum StopReason {
    /** The instruction budget given to run() was used up. */
    BUDGET_EXHAUSTED,
    /** {@link Machine#halt()} was called (possibly from another thread). */
    HALTED,
    /** A hart reached an address with a breakpoint, before executing the instruction there. */
    BREAKPOINT,
    /** An access hit a watchpoint; the accessing instruction has completed. */
    WATCHPOINT,
    /** A hart took a trap whose cause was chosen with {@link Machine#catchTrap}; the hart is at the handler. */
    TRAP,
    /** A single step completed. */
    STEP,
    /** The guest asked to exit (HTIF tohost); {@link StopEvent#exitCode()} has the code. */
    EXIT,
    /**
     * A hart's trap handler raises an exception on its own first instruction (for example a
     * guest that jumped into nowhere with mtvec = 0): it would trap to itself forever.
     */
    TRAP_LOOP,
    /** Every hart waits for an interrupt (wfi) and nothing in the machine can raise one. */
    IDLE,
    /** A defect in the engine: the message says what; the machine state is as before the failing step. */
    INTERNAL_ERROR
}
