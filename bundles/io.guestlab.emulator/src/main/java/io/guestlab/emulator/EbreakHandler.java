package io.guestlab.emulator;

/**
 * Answers an {@code ebreak} that is a call to the host (RISC-V semihosting) instead of letting
 * the hart take the breakpoint exception. Installed with {@link Machine#setEbreakHandler}.
 */
@FunctionalInterface
public interface EbreakHandler {

    /**
     * Called when hart {@code hart} executes an {@code ebreak} at {@code pc}, with the hart's state
     * (registers, privilege, translation) readable through the {@link Machine}.
     *
     * @return true if the call was answered: the hart goes on after the ebreak; false: the hart
     *         takes the breakpoint exception as usual
     */
    boolean handle(int hart, long pc);
}
