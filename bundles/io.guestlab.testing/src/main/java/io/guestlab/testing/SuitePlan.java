package io.guestlab.testing;

import io.guestlab.emulator.board.VirtBoardConfig;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a run needs: the tests in their stable order and, for a ready-phase suite, the
 * machine booted once and the point where it is ready.
 *
 * @param name         the suite's name (reports group the tests under it)
 * @param readyMachine the machine booted to {@code ready}, or null when every test boots its own
 * @param ready        where {@code readyMachine} is ready, or null
 * @param tests        the tests, names unique
 */
public record SuitePlan(String name, VirtBoardConfig readyMachine, ReadyPoint ready, List<TestSpec> tests) {

    public SuitePlan {
        tests = List.copyOf(tests);
        if ((readyMachine == null) != (ready == null)) {
            throw new IllegalArgumentException("a ready machine needs a ready point and the other way round");
        }
        Set<String> names = new HashSet<>();
        for (TestSpec t : tests) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("two tests are named '" + t.name() + "'");
            }
            if (t.machine() == null && readyMachine == null) {
                throw new IllegalArgumentException("test '" + t.name() + "' has no machine and the suite no ready phase");
            }
        }
    }
}
