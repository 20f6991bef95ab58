package io.guestlab.debug.ui.breakpoints;

import java.util.ArrayList;
import java.util.List;

import io.guestlab.debug.core.CaughtTrap;

/** Every trap cause the Privileged ISA names (section 3.1.15, table 3.6), as the UI offers them for catching. */
public final class CatchableTraps {

    public static final List<CaughtTrap> ALL = all();

    private CatchableTraps() {
    }

    private static List<CaughtTrap> all() {
        List<CaughtTrap> all = new ArrayList<>();
        for (int cause : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15}) {
            all.add(new CaughtTrap(false, cause));
        }
        for (int cause : new int[] {1, 3, 5, 7, 9, 11}) {
            all.add(new CaughtTrap(true, cause));
        }
        return List.copyOf(all);
    }
}
