package io.guestlab.testing.internal;

import io.guestlab.testing.Verdict;

import java.util.List;

/**
 * One case a TAP / KTAP stream reported.
 *
 * @param groups the names of the (sub)tests it is nested in, outermost first
 * @param name   the case's description ("case N" when it has none)
 * @param step   the machine step at which its result line ended (or the stream ended, for cases not reached)
 */
public record CaseResult(List<String> groups, String name, Verdict verdict, String message, String output, long step) {

    public CaseResult {
        groups = List.copyOf(groups);
    }
}
