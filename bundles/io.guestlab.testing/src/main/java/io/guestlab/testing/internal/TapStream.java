package io.guestlab.testing.internal;

import io.guestlab.testing.Verdict;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TAP (13, 14) or the kernel's KTAP (Documentation/dev-tools/ktap.rst, version 1) a line at
 * a time, as the console prints it, into one {@link CaseResult} per test case.
 *
 * <p>Nesting follows indentation, as both specifications define it: a version line or a
 * {@code # Subtest:} line indented deeper than the current test opens a subtest, which closes
 * at the first result line indented less (its own result). Lines that are none of version,
 * plan, result or subtest header are diagnostics of the next case, wherever they appear and
 * however they are indented (KTAP "Unknown lines": unrelated kernel messages interleaved).
 * Only the leaves are results; a subtest's own line becomes a result too when it has no cases,
 * or when it says "not ok" and none of its cases failed.
 *
 * <p>KTAP mode starts at the first version line and strips what came before it on that line
 * (a printk timestamp, a log prefix) from every later line, as 6.1's kunit.py does; a printk
 * timestamp is stripped wherever it appears. TAP mode also starts at a plan or result line.
 */
public final class TapStream {

    /** Kept per case and for the whole stream: enough to see why, never a flood. */
    static final int MAX_CASE_OUTPUT = 64 * 1024;

    private static final Pattern VERSION = Pattern.compile("(?:KTAP|TAP) version \\d+");
    private static final Pattern PLAN = Pattern.compile("1\\.\\.(\\d+)\\s*(?:#\\s*(.*))?");
    /** ktap.rst "Test case result lines": result, number, description, "# directive diagnostic". */
    private static final Pattern RESULT = Pattern.compile("(ok|not ok)\\b(?:\\s+(\\d+))?\\s*(?:-\\s*)?([^#]*?)\\s*(?:#\\s*(.*))?");
    private static final Pattern SUBTEST = Pattern.compile("#\\s*Subtest:\\s*(.*)");
    private static final Pattern PRINTK = Pattern.compile("^(?:<\\d+>)?\\[\\s*\\d+\\.\\d+\\]\\s?");
    private static final Pattern BAIL_OUT = Pattern.compile("Bail out!\\s*(.*)");

    private final boolean ktap;
    private final Deque<Group> open = new ArrayDeque<>();
    private final List<Case> cases = new ArrayList<>();
    private String prefix; // text before the first version line, stripped from later lines
    private boolean started;
    private Case last; // the latest case, for a TAP YAML block after its line
    private boolean inYaml;
    private String bailOut;
    private String subtestName; // a "# Subtest:" header seen at the parent's level

    /** A test with subtests: the stream's top level, or a nested subtest. */
    private static final class Group {
        final int indent;
        final List<String> path; // names of the enclosing subtests, this one excluded
        String name;
        int plan = -1;
        int results;
        boolean failed; // a case below it failed
        final StringBuilder pending = new StringBuilder();

        Group(int indent, List<String> path, String name) {
            this.indent = indent;
            this.path = path;
            this.name = name;
        }

        List<String> childPath() {
            if (name == null) {
                return path;
            }
            List<String> p = new ArrayList<>(path);
            p.add(name);
            return p;
        }
    }

    private static final class Case {
        final List<String> groups;
        final String name;
        final Verdict verdict;
        final String message;
        final StringBuilder output;
        final long step;

        Case(List<String> groups, String name, Verdict verdict, String message, StringBuilder output, long step) {
            this.groups = groups;
            this.name = name;
            this.verdict = verdict;
            this.message = message;
            this.output = output;
            this.step = step;
        }
    }

    /** @param ktap true for KTAP (kernel logs), false for TAP */
    public TapStream(boolean ktap) {
        this.ktap = ktap;
    }

    /** Whether a version line (or, for TAP, a plan or result) has been seen. */
    public boolean started() {
        return started;
    }

    /** Reads one console line (without its line end) that ended at console position {@code step} (bytes written up to its end). */
    public void line(String raw, long step) {
        String line = stripPrefix(raw);
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        String text = line.substring(indent).stripTrailing();
        if (!started) {
            if (!VERSION.matcher(text).matches()
                    && (ktap || !(PLAN.matcher(text).matches() || RESULT.matcher(text).matches()))) {
                return;
            }
            started = true;
            if (ktap && prefix == null) {
                prefix = raw.substring(0, raw.indexOf(text.charAt(0) == 'K' ? "KTAP" : "TAP"));
            }
            open.push(new Group(indent, List.of(), null));
            if (VERSION.matcher(text).matches()) {
                return;
            }
        }
        if (inYaml) { // TAP 13/14: a YAML block after a result belongs to that result
            append(last != null ? last.output : open.peek().pending, line);
            if (text.equals("...")) {
                inYaml = false;
            }
            return;
        }
        Matcher m;
        if (VERSION.matcher(text).matches()) {
            version(indent, line);
        } else if ((m = SUBTEST.matcher(text)).matches()) {
            subtest(indent, m.group(1).strip());
        } else if ((m = PLAN.matcher(text)).matches() && indent >= open.getLast().indent) {
            openImplicitSubtest(indent);
            Group g = groupAt(indent);
            if (g != null) {
                g.plan = Integer.parseInt(m.group(1));
            } else {
                append(open.peek().pending, line);
            }
        } else if ((m = RESULT.matcher(text)).matches() && indent >= open.getLast().indent) {
            openImplicitSubtest(indent);
            result(indent, m, step);
        } else if (!ktap && text.equals("---") && last != null) {
            inYaml = true;
            append(last.output, line);
        } else if (!ktap && (m = BAIL_OUT.matcher(text)).matches()) {
            bailOut = m.group(1).isEmpty() ? "the test bailed out" : "the test bailed out: " + m.group(1);
            append(open.peek().pending, line);
        } else {
            append(open.peek().pending, line);
        }
    }

    private String stripPrefix(String raw) {
        Matcher printk = PRINTK.matcher(raw);
        if (printk.find()) {
            return raw.substring(printk.end());
        }
        if (prefix != null && !prefix.isEmpty() && raw.startsWith(prefix)) {
            return raw.substring(prefix.length());
        }
        return raw;
    }

    /** The open group whose own lines (plan, results) sit at {@code indent}, or null. */
    private Group groupAt(int indent) {
        for (Group g : open) {
            if (g.indent == indent) {
                return g;
            }
        }
        return null;
    }

    private void version(int indent, String line) {
        Group top = open.peek();
        if (indent > top.indent) {
            open.push(new Group(indent, top.childPath(), null));
        } else {
            append(top.pending, line); // a second stream at the same level: not structure
        }
    }

    private void subtest(int indent, String name) {
        Group top = open.peek();
        if (top.indent == indent && top.name == null && top.results == 0 && open.size() > 1) {
            top.name = name; // "KTAP version 1" then "# Subtest: name", as KUnit prints them
        } else if (indent > top.indent) {
            Group g = new Group(indent, top.childPath(), name);
            open.push(g);
        } else {
            subtestName = name; // TAP 14 may put the header at the parent's level, before the indented lines
            append(top.pending, "# Subtest: " + name);
        }
    }

    /** A plan or result indented deeper than the current test without a header of its own starts a subtest. */
    private void openImplicitSubtest(int indent) {
        Group top = open.peek();
        if (indent > top.indent) {
            open.push(new Group(indent, top.childPath(), subtestName));
        }
        subtestName = null;
    }

    private void result(int indent, Matcher m, long step) {
        // Close the subtests this line is outside of; the innermost one left at a deeper
        // indentation than the line is the one the line reports.
        Group closing = null;
        while (open.size() > 1 && open.peek().indent > indent) {
            Group g = open.pop();
            if (closing != null) {
                missing(closing, "the result line of subtest '" + nameOf(g) + "' came first", step);
                propagate(closing, g);
            }
            closing = g;
        }
        Group parent = open.peek();
        boolean ok = m.group(1).equals("ok");
        int number = m.group(2) == null ? parent.results + 1 : Integer.parseInt(m.group(2));
        String description = m.group(3).strip();
        String directive = m.group(4) == null ? "" : m.group(4).strip();
        Verdict verdict = verdict(ok, directive);
        String message = message(ok, directive, verdict);
        if (message.equals("not ok")) {
            message = explained(message, (closing != null ? closing : parent).pending);
        }
        parent.results++;
        if (closing == null) {
            String name = description.isEmpty() ? "case " + number : description;
            addCase(parent.childPath(), name, verdict, message, parent.pending, step);
            parent.pending.setLength(0);
            parent.failed |= verdict.isFailure();
            return;
        }
        if (closing.name == null) {
            closing.name = description.isEmpty() ? "case " + number : description;
        }
        missing(closing, "its subtest ended first (result line '" + m.group().strip() + "')", step);
        boolean hadCases = closing.results > 0 || closing.plan > 0;
        if (!hadCases || (verdict.isFailure() && !closing.failed)) {
            // A subtest with no cases is a case itself; a failure with no failing case is kept.
            addCase(parent.childPath(), closing.name, verdict,
                    hadCases ? "the subtest failed although none of its cases did" + (message.isEmpty() ? "" : ": " + message)
                            : message, closing.pending, step);
        }
        parent.pending.setLength(0);
        propagate(parent, closing);
        parent.failed |= verdict.isFailure();
    }

    private static void propagate(Group parent, Group child) {
        parent.failed |= child.failed;
    }

    private static String nameOf(Group g) {
        return g.name == null ? "(unnamed)" : g.name;
    }

    /** Errors for the planned cases of {@code g} that never reported. */
    private void missing(Group g, String why, long step) {
        for (int n = g.results + 1; n <= g.plan; n++) {
            addCase(g.childPath(), "case " + n + " of " + g.plan + " (not reached)", Verdict.ERROR,
                    "not reached: " + why, g.pending, step);
            g.failed = true;
        }
        g.results = Math.max(g.results, g.plan);
    }

    /** The verdict of a result line: its directive where it has one this mode knows, else ok / not ok. */
    Verdict verdict(boolean ok, String directive) {
        String keyword = directive.isEmpty() ? "" : directive.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return switch (keyword) {
            case "SKIP" -> Verdict.SKIP; // either result may carry it (ktap.rst)
            case "TIMEOUT" -> ok ? Verdict.PASS : Verdict.TIMEOUT;
            case "ERROR" -> ok ? Verdict.PASS : Verdict.ERROR;
            // TAP: a failing TODO test does not fail the run; KTAP does not recognize TODO (ktap.rst table)
            case "TODO" -> ok || ktap ? (ok ? Verdict.PASS : Verdict.FAIL) : Verdict.SKIP;
            default -> ok ? Verdict.PASS : Verdict.FAIL; // XFAIL and unknown directives: the result counts
        };
    }

    private static String message(boolean ok, String directive, Verdict verdict) {
        if (!directive.isEmpty()) {
            return "# " + directive;
        }
        return ok ? "" : "not ok";
    }

    /** "not ok" with the case's first diagnostic line ("# name: EXPECTATION FAILED at ..."), if it has one. */
    private static String explained(String message, StringBuilder pending) {
        for (String line : pending.toString().split("\n")) {
            String text = line.strip();
            if (text.startsWith("#") && text.length() > 1) {
                return message + ": " + text.substring(1).strip();
            }
        }
        return message;
    }

    private void addCase(List<String> groups, String name, Verdict verdict, String message, StringBuilder pending,
            long step) {
        last = new Case(groups, name, verdict, message, new StringBuilder(pending), step);
        cases.add(last);
    }

    private static void append(StringBuilder out, String line) {
        if (out.length() < MAX_CASE_OUTPUT) {
            out.append(line, 0, Math.min(line.length(), MAX_CASE_OUTPUT - out.length())).append('\n');
        }
    }

    /**
     * The cases, after the machine ended. Subtests still open and planned cases never reported
     * become errors that say why ({@code ending}: how the machine ended, e.g. "the guest
     * trapped ..."); a stream that never started is one error.
     *
     * @param what    "KTAP" or "TAP", for messages
     * @param ending  how the machine ended, in words
     * @param endStep the position given to what the machine's end decided ({@link FailurePoint#AT_END})
     */
    public List<CaseResult> finish(String what, String ending, long endStep) {
        if (!started) {
            return List.of(new CaseResult(List.of(), "no " + what + " output", Verdict.ERROR,
                    "no " + what + " version line" + (ktap ? "" : ", plan or result") + " on the console before "
                            + ending, "", endStep));
        }
        String why = bailOut != null ? bailOut : "the machine ended first (" + ending + ")";
        while (!open.isEmpty()) {
            Group g = open.pop();
            if (g.plan >= 0) {
                missing(g, why, endStep);
            } else if (!open.isEmpty() || g.results == 0) {
                // no plan and no result line: nothing says how many cases there were
                addCase(g.path, g.name == null ? "(unnamed subtest)" : g.name, Verdict.ERROR,
                        (open.isEmpty() ? "no plan and no results: " : "no plan and no result line: ") + why,
                        g.pending, endStep);
            }
            if (!open.isEmpty()) {
                open.peek().results++; // the unfinished subtest is one of its parent's planned cases
            }
        }
        List<CaseResult> results = new ArrayList<>();
        for (Case c : cases) {
            results.add(new CaseResult(c.groups, c.name, c.verdict, c.message, c.output.toString(), c.step));
        }
        return results;
    }
}
