package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.VirtBoardConfig;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Reports are a function of the suite only: the same bytes with one job or two, and from two
 * shards merged; JUnit XML that the schema in schema/junit.xsd accepts; TAP output.
 */
public class ReportsTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    /** Bare-metal tests of every kind beside the forked shell tests, in one plan each. */
    static List<SuitePlan> plans() {
        List<TestSpec> bare = new ArrayList<>();
        for (String guest : List.of("pass", "fail", "trap", "syscon-pass", "syscon-fail", "wfi", "tap")) {
            VirtBoardConfig machine = RunnerTest.bare(guest);
            bare.add(new TestSpec(guest, machine, "", guest.equals("tap") ? new Check.Tap() : Check.ANY_EXIT,
                    5_000_000, 60));
        }
        bare.add(new TestSpec("spin", RunnerTest.bare("spin"), "", Check.ANY_EXIT, 2_000_000, 60));
        return List.of(new SuitePlan("bare", null, null, bare), ReadyPhaseTest.shellSuite(ReadyPhaseTest.prompt()));
    }

    static String junit(SuitePlan plan, TestRunner.Settings settings) throws Exception {
        return JUnitXml.toXml(plan.name(), TestRunner.run(plan, settings, RunListener.NONE));
    }

    static void validate(String xml) throws Exception {
        Path xsd = Path.of("schema/junit.xsd");
        assertTrue("schema/junit.xsd is missing (run from the bundle folder)", Files.isRegularFile(xsd));
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    public void oneJobTwoJobsAndTwoMergedShardsGiveTheSameBytes() throws Exception {
        for (SuitePlan plan : plans()) {
            TestRunner.Settings one = TestRunner.Settings.defaults();
            String serial = junit(plan, one);
            assertEquals(plan.name() + ": --jobs 2", serial, junit(plan, one.withJobs(2)));
            List<Path> shards = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                Path file = tmp.getRoot().toPath().resolve(plan.name() + "-shard" + i + ".xml");
                JUnitXml.write(plan.name(), TestRunner.run(plan, one.withShard(new Shard(i, 2)), RunListener.NONE), file);
                shards.add(file);
            }
            JUnitXml.Report merged = JUnitXml.merge(List.of(shards.get(1), shards.get(0)));
            assertEquals(plan.name() + ": two shards merged", serial, JUnitXml.toXml(merged.name(), merged.runs()));
            validate(serial);
        }
    }

    @Test
    public void theReportHasEachKindOfResult() throws Exception {
        String xml = junit(plans().get(0), TestRunner.Settings.defaults());
        validate(xml);
        assertTrue(xml, xml.contains("<testsuites name=\"bare\" tests=\"12\" failures=\"6\" errors=\"0\" skipped=\"2\""));
        assertTrue(xml, xml.contains("<failure message=\"exit code 3 through htif, expected 0\" type=\"fail\">"));
        assertTrue(xml, xml.contains("type=\"timeout\""));
        assertTrue(xml, xml.contains("<testcase name=\"compares\" classname=\"tap/strings\""));
        assertTrue(xml, xml.contains("<system-out>pass: all good\n</system-out>"));
    }

    @Test
    public void repeatAndFilterChooseTheTestsBeforeSharding() throws Exception {
        SuitePlan plan = plans().get(0);
        List<TestRun> runs = TestRunner.run(plan, TestRunner.Settings.defaults().withRepeat(2)
                .withSelect(name -> name.startsWith("syscon")), RunListener.NONE);
        assertEquals(List.of("syscon-pass", "syscon-pass #2", "syscon-fail", "syscon-fail #2"),
                runs.stream().map(TestRun::test).toList());
        assertEquals(List.of(0, 1, 2, 3), runs.stream().map(TestRun::index).toList());
        List<TestRun> second = TestRunner.run(plan, TestRunner.Settings.defaults().withRepeat(2)
                .withSelect(name -> name.startsWith("syscon")).withShard(new Shard(2, 2)), RunListener.NONE);
        assertEquals(List.of("syscon-pass #2", "syscon-fail #2"), second.stream().map(TestRun::test).toList());
    }

    @Test
    public void failedTestsAreReadBackForARerun() throws Exception {
        Path file = tmp.getRoot().toPath().resolve("bare.xml");
        JUnitXml.write("bare", TestRunner.run(plans().get(0), TestRunner.Settings.defaults(), RunListener.NONE), file);
        assertEquals(List.of("fail", "trap", "syscon-fail", "wfi", "tap", "spin"), JUnitXml.failedTests(file));
    }

    @Test
    public void tapReportHasOnePointPerResult() throws Exception {
        String tap = TapReport.toTap(TestRunner.run(plans().get(0), TestRunner.Settings.defaults(), RunListener.NONE));
        assertTrue(tap, tap.startsWith("TAP version 14\n1..12\nok 1 - bare pass\nnot ok 2 - bare fail\n  ---\n  verdict: fail\n"));
        assertTrue(tap, tap.contains("ok 10 - tap/strings compares # SKIP # SKIP no locale\n"));
    }

    @Test
    public void replayFilesForFailuresInTheResultsFolder() throws Exception {
        Path results = tmp.getRoot().toPath().resolve("results");
        List<TestRun> runs = TestRunner.run(plans().get(0), TestRunner.Settings.defaults().withResults(results),
                RunListener.NONE);
        TestRun fail = runs.get(1);
        assertTrue(fail.replay(), fail.replay().startsWith("replay:  guestlab run --load-snapshot " + results.resolve("0001-fail.snap")
                + " --replay " + results.resolve("0001-fail.replay") + " --stats\n"));
        assertTrue(Files.isRegularFile(results.resolve("0001-fail.snap")));
        assertTrue(Files.readString(results.resolve("0001-fail.replay")).contains("\nend "));
        assertTrue(Files.isRegularFile(results.resolve("0000-pass.log")));
        assertTrue("no replay for a pass", !Files.exists(results.resolve("0000-pass.replay")));
        assertEquals("", runs.get(0).replay());
    }
}
