package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.testing.internal.CaseResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

/**
 * Guestlab's KTAP verdicts, case by case, against Linux 6.1's kunit.py parser on the same logs.
 * Where kunit.py reports no error of its own they must be equal (Guestlab's TIMEOUT and ERROR
 * directives count as kunit.py's FAIL, which does not know them). Where kunit.py complains (a
 * crash mid-suite), both must call the unreached cases errors; kunit.py leaves them unnamed.
 */
public class KtapAgreesWithKunitPyTest {

    /** Guestlab's verdicts in kunit_cases.py's form. */
    static List<String> guestlab(String log) {
        return TapStreamTest.parse(true, log, "the machine ended").stream().map(KtapAgreesWithKunitPyTest::asKunit)
                .toList();
    }

    private static String asKunit(CaseResult c) {
        String status = switch (c.verdict()) {
            case PASS -> "PASS";
            case SKIP -> "SKIP";
            case ERROR -> "ERROR";
            case FAIL, TIMEOUT -> "FAIL";
        };
        return String.join("/", c.groups()) + "\t" + c.name() + "\t" + status;
    }

    static void assertAgrees(String name, String log) throws Exception {
        Path file = Files.createTempFile("ktap", ".log");
        try {
            Files.writeString(file, log);
            KunitPy.Verdicts kunit = KunitPy.parse(file);
            assertEquals(name + ": kunit.py reports errors of its own on this log", 0, kunit.errors());
            assertEquals(name, String.join("\n", kunit.cases()), String.join("\n", guestlab(log)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void kunitNestedSuitesWithParametersAndInterleavedKernelLines() throws Exception {
        assertAgrees("kunit-nested", TapStreamTest.resource("ktap/kunit-nested.log"));
    }

    /** The console of the example Linux run with kunit.enable=1: KUnit's example suite and Guestlab's. */
    @Test
    public void aRealLinux61KunitRun() throws Exception {
        String log = TapStreamTest.resource("ktap/kunit-linux-6.1.log");
        assertTrue(log.contains("Linux version 6.1"));
        assertAgrees("kunit-linux-6.1", log);
    }

    /** The same run cut off in the middle of a parameterized case, as a kernel crash would leave it. */
    @Test
    public void aRealRunCutOffMidSuite() throws Exception {
        String log = TapStreamTest.resource("ktap/kunit-linux-6.1.log");
        String cut = log.substring(0, log.indexOf("\n", log.indexOf("ok 2 2 squared")) + 1);
        Path file = Files.createTempFile("ktap", ".log");
        try {
            Files.writeString(file, cut);
            KunitPy.Verdicts kunit = KunitPy.parse(file);
            assertTrue("kunit.py complains about the missing cases", kunit.errors() > 0);
            List<String> ours = new java.util.ArrayList<>(guestlab(cut));
            // The parameterized case that was running (KUnit prints no plan for its parameters) is an
            // error of its own here; kunit.py prints it as [CRASHED] but leaves it out of its cases.
            assertTrue(ours.toString(), ours.remove("guestlab_param\tguestlab_squares_case\tERROR"));
            // every case kunit.py names, Guestlab gives the same verdict; the rest are errors on both sides
            assertEquals(kunit.cases().size(), ours.size());
            for (int i = 0; i < ours.size(); i++) {
                String k = kunit.cases().get(i);
                String g = ours.get(i);
                assertEquals(k.substring(k.lastIndexOf('\t')), g.substring(g.lastIndexOf('\t')));
                if (!k.endsWith("\tERROR")) {
                    assertEquals(k, g);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void directives() throws Exception {
        assertAgrees("directives", TapStreamTest.resource("ktap/directives.log"));
    }

    @Test
    public void missingPlan() throws Exception {
        assertAgrees("missing-plan", TapStreamTest.resource("ktap/missing-plan.log"));
    }

    @Test
    public void aCrashMidSuite() throws Exception {
        String log = TapStreamTest.resource("ktap/crash.log");
        Path file = Files.createTempFile("ktap", ".log");
        try {
            Files.writeString(file, log);
            KunitPy.Verdicts kunit = KunitPy.parse(file);
            assertTrue("kunit.py complains about the missing cases", kunit.errors() > 0);
            // The same statuses in the same order; kunit.py names no unreached case, Guestlab says which.
            String statuses = kunit.cases().stream().map(c -> c.substring(c.lastIndexOf('\t') + 1))
                    .collect(Collectors.joining(" "));
            String ours = guestlab(log).stream().map(c -> c.substring(c.lastIndexOf('\t') + 1))
                    .collect(Collectors.joining(" "));
            assertEquals("PASS PASS ERROR ERROR", statuses);
            assertEquals(statuses, ours);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
