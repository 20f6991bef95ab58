package io.guestlab.testing;

import io.guestlab.testing.internal.TestMachine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets a caller (the IDE's stop button, a cancelled job) end a run from another thread: tests not
 * started yet do not start, and every machine running stops within a quantum of its instructions
 * (microseconds). What finished before is reported as usual; what was cut is left out.
 */
public final class Cancellation {

    private final Set<TestMachine> running = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;

    /** Ends the run: no new test starts, every machine stops. */
    public void cancel() {
        cancelled = true;
        for (TestMachine m : running) {
            m.cancel();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** A machine starts running; it is stopped at once if the run is already cancelled. */
    void started(TestMachine machine) {
        running.add(machine);
        if (cancelled) {
            machine.cancel();
        }
    }

    void ended(TestMachine machine) {
        running.remove(machine);
    }
}
