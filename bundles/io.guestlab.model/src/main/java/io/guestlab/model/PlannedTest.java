package io.guestlab.model;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One test of a suite as the runner executes it: discovery expanded, suite defaults applied,
 * the program's path resolved against the suite file.
 *
 * @param name unique within the suite; a discovered test is named after its file, without extension
 * @param program the guest ELF, or null for a test that starts from the suite's ready machine
 * @param arguments passed to the guest
 * @param timeoutInstructions the guest-instruction limit, if any
 * @param timeoutSeconds the wall-time limit, if any
 * @param result how the verdict is read (an element of the suite; do not modify)
 * @param input console input typed when the test starts; empty for none
 */
public record PlannedTest(String name, Path program, List<String> arguments, OptionalLong timeoutInstructions,
        OptionalDouble timeoutSeconds, ResultCheck result, String input) {

    public PlannedTest {
        arguments = List.copyOf(arguments);
    }
}
