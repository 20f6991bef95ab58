package io.guestlab.debug.core.model;

/** A debug target whose source steps can be switched to instruction steps (the Debug view's toggle). */
public interface InstructionStepping {

    boolean isInstructionStepping();

    void setInstructionStepping(boolean on);
}
