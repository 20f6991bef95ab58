package io.guestlab.testing.internal;

import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.testing.Check;
import io.guestlab.testing.TestResult;
import io.guestlab.testing.Verdict;
import io.guestlab.testing.internal.TestMachine.End;
import io.guestlab.testing.internal.TestMachine.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one test's verdicts: watches its console lines as they come (console patterns, TAP,
 * KTAP) and, when the machine has ended, turns what it saw and how the machine ended into
 * results.
 */
public final class Judge implements TestMachine.LineWatcher {

    private final Check check;
    private final TapStream tap;
    private Verdict consoleVerdict;
    private String consoleLine;
    private long consolePosition;

    /** A result and, when it fails, where (null for a pass or a skip). */
    public record Judged(TestResult result, FailurePoint point) {
    }

    public Judge(Check check) {
        this.check = check;
        this.tap = check instanceof Check.Tap ? new TapStream(false) : check instanceof Check.Ktap ? new TapStream(true) : null;
    }

    @Override
    public boolean line(String line, long position) {
        if (tap != null) {
            tap.line(line, position);
            return false;
        }
        if (check instanceof Check.Console console && consoleVerdict == null) {
            if (matches(console.fail(), line)) {
                consoleVerdict = Verdict.FAIL;
            } else if (matches(console.pass(), line)) {
                consoleVerdict = Verdict.PASS;
            }
            if (consoleVerdict != null) {
                consoleLine = line;
                consolePosition = position;
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Pattern> patterns, String line) {
        for (Pattern p : patterns) {
            if (p.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The results of a test that ended with {@code outcome}.
     *
     * @param test   the test's name
     * @param suite  the plan's name
     * @param output the transcript
     * @return the results (their {@code failStep} still -1) with their failure points
     */
    public List<Judged> results(String test, String suite, Outcome outcome, String output) {
        if (tap != null) {
            String what = check instanceof Check.Ktap ? "KTAP" : "TAP";
            List<Judged> results = new ArrayList<>();
            for (CaseResult c : tap.finish(what, outcome.describe(), FailurePoint.AT_END)) {
                String group = String.join("/", c.groups());
                results.add(new Judged(new TestResult(group.isEmpty() ? test : test + "/" + group, c.name(), c.verdict(),
                        c.message(), c.output(), -1), c.verdict().isFailure() ? FailurePoint.console(c.position()) : null));
            }
            if (outcome.end() == End.ERROR) {
                results.add(new Judged(new TestResult(suite, test, Verdict.ERROR, outcome.describe(), "", -1),
                        FailurePoint.END));
            }
            return results;
        }
        Verdict verdict;
        String message;
        FailurePoint point = switch (outcome.end()) {
            case EXIT -> new FailurePoint(FailurePoint.Kind.EXIT, 0);
            case TRAP -> new FailurePoint(FailurePoint.Kind.TRAP, 0);
            default -> FailurePoint.END;
        };
        if (check instanceof Check.Console) {
            if (consoleVerdict != null) {
                verdict = consoleVerdict;
                message = consoleVerdict == Verdict.PASS ? "" : "fail pattern matched: " + consoleLine;
                point = FailurePoint.console(consolePosition);
            } else {
                verdict = byEnd(outcome, Verdict.FAIL);
                message = "no pass pattern matched; " + outcome.describe();
            }
        } else {
            Check.Exit exit = (Check.Exit) check;
            if (outcome.end() == End.EXIT) {
                MachineStop stop = outcome.stop();
                if (exit.channel() != null && stop.channel() != exit.channel()) {
                    verdict = Verdict.FAIL;
                    message = "the guest exited through " + name(stop.channel()) + ", not " + name(exit.channel())
                            + " (code " + stop.exitCode() + ")";
                } else if (stop.kind() == MachineStop.Kind.REBOOT) {
                    verdict = Verdict.FAIL;
                    message = "the guest asked for a reboot";
                } else if (stop.exitCode() == exit.expected()) {
                    verdict = Verdict.PASS;
                    message = "";
                } else {
                    verdict = Verdict.FAIL;
                    message = "exit code " + stop.exitCode() + " through " + name(stop.channel()) + ", expected "
                            + exit.expected();
                }
            } else {
                verdict = byEnd(outcome, Verdict.FAIL);
                message = outcome.describe();
            }
        }
        return List.of(new Judged(new TestResult(suite, test, verdict, message, output, -1),
                verdict.isFailure() ? point : null));
    }

    /** The verdict an ending gives a test that had no answer of its own. */
    private static Verdict byEnd(Outcome outcome, Verdict otherwise) {
        return switch (outcome.end()) {
            case HANG, INSTRUCTION_LIMIT, TIME_LIMIT -> Verdict.TIMEOUT;
            case ERROR -> Verdict.ERROR;
            default -> otherwise;
        };
    }

    private static String name(MachineStop.Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
