package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.testing.internal.CaseResult;
import io.guestlab.testing.internal.TapStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

/** TAP and KTAP read line by line into cases: nesting, directives, interleaved lines, crashes. */
public class TapStreamTest {

    static String resource(String name) throws IOException {
        try (InputStream in = TapStreamTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<CaseResult> parse(boolean ktap, String log, String ending) {
        TapStream stream = new TapStream(ktap);
        long step = 0;
        for (String line : log.split("\n", -1)) {
            if (!line.isEmpty()) {
                stream.line(line, step += 10);
            }
        }
        return stream.finish(ktap ? "KTAP" : "TAP", ending, step + 1);
    }

    /** One line per case: {@code group/path name: verdict}. */
    static String summary(List<CaseResult> cases) {
        return cases.stream().map(c -> (c.groups().isEmpty() ? "-" : String.join("/", c.groups())) + " " + c.name() + ": "
                + c.verdict())
                .collect(Collectors.joining("\n"));
    }

    @Test
    public void kunitOutputNestsBySuiteAndParameterWithKernelLinesInterleaved() throws Exception {
        List<CaseResult> cases = parse(true, resource("ktap/kunit-nested.log"), "power-off");
        assertEquals("""
                guestlab_basic guestlab_passes: pass
                guestlab_basic guestlab_fails: fail
                guestlab_basic guestlab_skips: skip
                guestlab_param/guestlab_squares_case 1 squared: pass
                guestlab_param/guestlab_squares_case 2 squared: pass
                guestlab_param/guestlab_squares_case 3 squared: fail
                guestlab_param/guestlab_squares_case 4 squared: pass
                guestlab_param guestlab_passes: pass""", summary(cases));
        CaseResult fails = cases.get(1);
        // the diagnostics before the result line, the unrelated kernel line too, prefixes stripped
        assertTrue(fails.output(), fails.output().startsWith("    # guestlab_fails: EXPECTATION FAILED"));
        assertTrue(fails.output(), fails.output().contains("random: crng init done"));
        assertEquals("# SKIP nothing to test on this board", cases.get(2).message());
        assertEquals("not ok: guestlab_fails: EXPECTATION FAILED at lib/kunit/guestlab-kunit-test.c:18", fails.message());
        assertEquals("the position of the failing result line (the 12th)", 120, fails.position());
    }

    @Test
    public void directivesSkipXfailTimeoutAndError() throws Exception {
        List<CaseResult> cases = parse(true, resource("ktap/directives.log") + "not ok 7 broken # ERROR no device\n",
                "power-off");
        assertEquals("""
                - plain: pass
                - failing: fail
                - skipped_ok: skip
                - skipped_not_ok: skip
                - expected_failure: pass
                - slow: timeout
                - broken: error""", summary(cases));
        assertEquals("# TIMEOUT 30 seconds", cases.get(5).message());
    }

    @Test
    public void aCrashMidSuiteMakesTheCasesNotReachedErrors() throws Exception {
        List<CaseResult> cases = parse(true, resource("ktap/crash.log"), "the guest trapped");
        assertEquals("""
                first a: pass
                first b: pass
                first case 3 of 3 (not reached): error
                - case 2 of 2 (not reached): error""", summary(cases));
        assertTrue(cases.get(2).message(), cases.get(2).message().contains("the machine ended first (the guest trapped)"));
        assertTrue(cases.get(2).output(), cases.get(2).output().contains("Oops [#1]"));
    }

    @Test
    public void aMissingPlanIsFineWhenTheResultsCloseTheSuite() throws Exception {
        assertEquals("""
                noplan one: pass
                noplan two: pass""", summary(parse(true, resource("ktap/missing-plan.log"), "power-off")));
    }

    @Test
    public void aSubtestWithoutPlanThatNeverEndsIsAnError() {
        List<CaseResult> cases = parse(true, "KTAP version 1\n  KTAP version 1\n  # Subtest: open\n  ok 1 one\n",
                "timeout: no end after 100 instructions");
        assertEquals("""
                open one: pass
                - open: error""", summary(cases));
        assertTrue(cases.get(1).message(), cases.get(1).message().startsWith("no plan and no result line"));
    }

    @Test
    public void noVersionLineIsOneError() {
        List<CaseResult> cases = parse(true, "Linux version 6.1\nok 1 not ktap without a version line\n", "power-off");
        assertEquals("- no KTAP output: error", summary(cases));
    }

    @Test
    public void tap14SubtestsYamlTodoAndSkip() throws Exception {
        String log = """
                booting the tap guest
                TAP version 14
                1..4
                ok 1 - adds
                not ok 2 - divides # the divisor was zero
                  ---
                  message: division by zero
                  ...
                # Subtest: strings
                    1..2
                    ok 1 - concatenates
                    ok 2 - compares # SKIP no locale
                ok 3 - strings
                not ok 4 - floats # TODO not written yet
                """;
        List<CaseResult> cases = parse(false, log, "exit 0");
        assertEquals("""
                - adds: pass
                - divides: fail
                strings concatenates: pass
                strings compares: skip
                - floats: skip""", summary(cases));
        assertTrue(cases.get(1).output(), cases.get(1).output().contains("message: division by zero"));
    }

    @Test
    public void tapBailOutMakesTheRestErrors() {
        List<CaseResult> cases = parse(false, "1..3\nok 1 first\nBail out! disk on fire\n", "exit 1");
        assertEquals("""
                - first: pass
                - case 2 of 3 (not reached): error
                - case 3 of 3 (not reached): error""", summary(cases));
        assertTrue(cases.get(1).message(), cases.get(1).message().contains("bailed out: disk on fire"));
    }
}
