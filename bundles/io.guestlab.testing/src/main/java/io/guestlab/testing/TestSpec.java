package io.guestlab.testing;

import io.guestlab.emulator.board.VirtBoardConfig;

/**
 * One test as the runner executes it: a machine (fresh, or a fork of the plan's ready machine),
 * console input typed when it starts, limits, and how its verdict is read.
 *
 * @param name                unique within the plan
 * @param machine             the machine booted for this test alone, or null to fork the ready machine
 * @param input               typed on the console when the test starts (empty: nothing)
 * @param check               how the verdict is read
 * @param timeoutInstructions instructions the test may retire
 * @param timeoutSeconds      wall time it may take (infinite: no limit)
 */
public record TestSpec(String name, VirtBoardConfig machine, String input, Check check, long timeoutInstructions,
        double timeoutSeconds) {

    public TestSpec {
        input = input == null ? "" : input;
        if (timeoutInstructions <= 0 || !(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("test '" + name + "': timeouts must be more than 0");
        }
    }
}
