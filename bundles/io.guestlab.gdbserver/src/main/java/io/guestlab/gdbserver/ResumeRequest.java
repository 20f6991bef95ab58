package io.guestlab.gdbserver;

import java.util.Map;

/**
 * What a {@code vCont}, {@code c} or {@code s} packet asks for (GDB manual, E.2 "Packets",
 * vCont): an action per thread, and one for every thread not named. All-stop semantics: the
 * first thread to stop stops them all.
 *
 * @param actions       the threads (hart + 1) named explicitly, with their action
 * @param othersAction  the action of every other thread, or null: they stay stopped
 */
public record ResumeRequest(Map<Integer, Action> actions, Action othersAction) {

    public enum Action {
        CONTINUE, STEP
    }

    public ResumeRequest {
        actions = Map.copyOf(actions);
    }

    /** The thread to single-step, or 0 if no thread steps. */
    public int steppingThread() {
        for (var e : actions.entrySet()) {
            if (e.getValue() == Action.STEP) {
                return e.getKey();
            }
        }
        return 0;
    }

    /** True if a thread {@code thread} is asked to run at all. */
    public boolean resumes(int thread) {
        return actions.containsKey(thread) || othersAction != null;
    }
}
