package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TestPlanTest {

    @Rule
    public TemporaryFolder temp = new TemporaryFolder();

    private TestSuite savedSample() throws Exception {
        Path dir = temp.getRoot().toPath();
        for (String name : new String[] { "test_b.elf", "test_a.elf", "helper.elf" }) {
            TestImages.elf(dir.resolve("suites/selftests/" + name), 0x8000_0000L, 16);
        }
        TestImages.raw(dir.resolve("suites/selftests/test_c.elf.txt"), 1);
        TestSuite suite = Samples.fullSuite();
        Definitions.save(suite, dir.resolve("suites/kernel.testsuite"));
        return Definitions.loadTestSuite(dir.resolve("suites/kernel.testsuite"));
    }

    @Test
    public void explicitTestsComeAsWrittenAndDiscoveredOnesSortedByName() throws Exception {
        TestSuite suite = savedSample();
        List<PlannedTest> plan = TestPlan.of(suite);
        assertEquals(List.of("exit code", "tap", "console", "test_a", "test_b"),
                plan.stream().map(PlannedTest::name).toList());
        Path suites = temp.getRoot().toPath().resolve("suites");
        assertEquals(suites.resolve("tests/exit.elf"), plan.get(0).program());
        assertEquals(suites.resolve("selftests/test_a.elf"), plan.get(3).program());
    }

    @Test
    public void ownSettingsWinOverSuiteDefaults() throws Exception {
        TestSuite suite = savedSample();
        List<PlannedTest> plan = TestPlan.of(suite);
        PlannedTest exit = plan.get(0);
        assertEquals(OptionalLong.of(1000), exit.timeoutInstructions());
        assertEquals(OptionalDouble.of(1.5), exit.timeoutSeconds());
        assertEquals(List.of("--quick", "two words"), exit.arguments());
        assertTrue(exit.result() instanceof ExitCodeResult);
        PlannedTest tap = plan.get(1);
        assertEquals(OptionalLong.of(500_000_000L), tap.timeoutInstructions());
        assertEquals(OptionalDouble.of(20.5), tap.timeoutSeconds());
        assertSame(suite.getTests().get(1).getResult(), tap.result());
        PlannedTest discovered = plan.get(4);
        assertEquals(List.of("-v"), discovered.arguments());
        assertEquals(OptionalLong.of(7), discovered.timeoutInstructions());
    }

    @Test
    public void suiteDefaultResultAppliesWhenATestHasNone() throws Exception {
        TestSuite suite = savedSample();
        suite.getTests().get(1).setResult(null);
        assertSame(suite.getResult(), TestPlan.of(suite).get(1).result());
        suite.unsetTimeoutSeconds();
        assertEquals(OptionalDouble.empty(), TestPlan.of(suite).get(1).timeoutSeconds());
    }

    @Test
    public void aDiscoveredTestMayNotShadowAnother() throws Exception {
        TestSuite suite = savedSample();
        ((TestCase) suite.getTests().get(0)).setName("test_a");
        DefinitionException e = assertThrows(DefinitionException.class, () -> TestPlan.of(suite));
        assertTrue(e.getMessage(), e.getMessage().endsWith("two tests are named 'test_a': rename the test case or narrow"
                + " the discovery glob"));
    }

    @Test
    public void aMissingFolderIsNamed() throws Exception {
        TestSuite suite = savedSample();
        ((TestDiscovery) suite.getTests().get(3)).setFolder("gone");
        DefinitionException e = assertThrows(DefinitionException.class, () -> TestPlan.of(suite));
        assertTrue(e.getMessage(), e.getMessage().contains("test folder gone cannot be listed"));
    }
}
