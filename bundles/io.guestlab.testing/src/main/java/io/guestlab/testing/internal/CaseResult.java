package io.guestlab.testing.internal;

import io.guestlab.testing.Verdict;

import java.util.List;

/**
 * One case a TAP / KTAP stream reported.
 *
 * @param groups the names of the (sub)tests it is nested in, outermost first
 * @param name   the case's description ("case N" when it has none)
 * @param position the console position (bytes written) where its result line ended, or
 *                 {@link FailurePoint#AT_END} for a case the machine's end decided
 */
public record CaseResult(List<String> groups, String name, Verdict verdict, String message, String output, long position) {

    public CaseResult {
        groups = List.copyOf(groups);
    }
}
