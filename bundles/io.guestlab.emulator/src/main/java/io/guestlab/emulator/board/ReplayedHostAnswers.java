package io.guestlab.emulator.board;

import io.guestlab.emulator.semihosting.HostAnswer;
import io.guestlab.emulator.semihosting.HostAnswers;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A recording's semihosting answers handed back in order, each only to the request it answered
 * and at the step it was given: anything else means the run has gone another way, which is
 * reported once; from then on no answer is given.
 */
final class ReplayedHostAnswers implements HostAnswers {

    private final List<InputLog.SemihostAnswer> answers;
    private final LongSupplier position;
    private final Consumer<String> divergence;
    private int next;
    private boolean diverged;

    ReplayedHostAnswers(List<InputLog.SemihostAnswer> answers, LongSupplier position, Consumer<String> divergence) {
        this.answers = List.copyOf(answers);
        this.position = position;
        this.divergence = divergence;
    }

    @Override
    public HostAnswer next(String call) {
        if (diverged) {
            return null;
        }
        long step = position.getAsLong();
        if (next >= answers.size()) {
            diverged("the guest asks the host to " + call + " at step " + step + ", after the last recorded semihosting answer");
            return null;
        }
        InputLog.SemihostAnswer a = answers.get(next);
        if (a.step() != step || !a.answer().call().equals(call)) {
            diverged("the guest asks the host to " + call + " at step " + step + " where the recording has '"
                    + a.answer().call() + "' at step " + a.step());
            return null;
        }
        next++;
        return a.answer();
    }

    @Override
    public void diverged(String what) {
        if (!diverged) {
            diverged = true;
            divergence.accept(what);
        }
    }

    /** True once every recorded answer has been given. */
    boolean done() {
        return next >= answers.size();
    }
}
