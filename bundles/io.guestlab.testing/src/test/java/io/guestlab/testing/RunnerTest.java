package io.guestlab.testing;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.board.Drive;
import io.guestlab.emulator.board.Semihosting;
import io.guestlab.emulator.board.VirtBoardConfig;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.devices.MachineStop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The runner on real guests (examples/tests): a verdict for each way a test can end, the hang
 * detector, the console cap, and isolation of disks and semihosting folders.
 */
public class RunnerTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    static final long INSNS = 50_000_000;

    static VirtBoardConfig bare(String guest) {
        return VirtBoardConfig.defaults().withBios(null).withKernel(Requirements.guest(guest));
    }

    static TestSpec test(String name, VirtBoardConfig machine, Check check) {
        return new TestSpec(name, machine, "", check, INSNS, 60);
    }

    static TestRun runOne(TestSpec spec) throws Exception {
        List<TestRun> runs = TestRunner.run(new SuitePlan("unit", null, null, List.of(spec)),
                TestRunner.Settings.defaults(), RunListener.NONE);
        assertEquals(1, runs.size());
        return runs.get(0);
    }

    static TestResult only(TestRun run) {
        assertEquals(run.results().toString(), 1, run.results().size());
        return run.results().get(0);
    }

    private static void assertVerdict(Verdict verdict, String messagePart, TestRun run) {
        TestResult r = only(run);
        assertEquals(r.message() + "\n" + r.output(), verdict, r.verdict());
        assertTrue(r.message(), r.message().contains(messagePart));
    }

    @Test
    public void exitCodesThroughEachChannel() throws Exception {
        assertVerdict(Verdict.PASS, "", runOne(test("htif pass", bare("pass"), Check.ANY_EXIT)));
        assertVerdict(Verdict.FAIL, "exit code 3 through htif, expected 0", runOne(test("htif fail", bare("fail"), Check.ANY_EXIT)));
        assertVerdict(Verdict.PASS, "", runOne(test("syscon pass", bare("syscon-pass"), Check.parse("syscon"))));
        assertVerdict(Verdict.FAIL, "exit code 5 through syscon", runOne(test("syscon fail", bare("syscon-fail"), Check.parse("exit"))));
        VirtBoardConfig semihosting = bare("semihost-pass").withSemihosting(new Semihosting(true, null));
        assertVerdict(Verdict.PASS, "", runOne(test("semihosting pass", semihosting, Check.parse("semihosting"))));
        assertVerdict(Verdict.FAIL, "exit code 4 through semihosting", runOne(test("semihosting fail",
                bare("semihost-fail").withSemihosting(new Semihosting(true, null)), Check.ANY_EXIT)));
        // the channel a test insists on
        assertVerdict(Verdict.FAIL, "exited through syscon, not htif",
                runOne(test("wrong channel", bare("syscon-pass"), Check.parse("htif"))));
        assertVerdict(Verdict.PASS, "", runOne(test("expected code", bare("fail"),
                new Check.Exit(MachineStop.Channel.HTIF, 3))));
    }

    @Test
    public void aTrapIsAFailureThatSaysWhere() throws Exception {
        TestRun run = runOne(test("trap", bare("trap"), Check.ANY_EXIT));
        assertVerdict(Verdict.FAIL, "the guest trapped: illegal instruction at pc 0x", run);
        assertTrue(only(run).message(), only(run).message().contains("it could not get out: TRAP_LOOP"));
        assertTrue(run.transcript(), run.transcript().contains("about to execute an illegal instruction"));
        assertTrue(only(run).failStep() > 0);
    }

    @Test
    public void hangsEndAsTimeoutsSpinningByTheLimitWaitingAtOnce() throws Exception {
        TestRun spin = runOne(new TestSpec("spin", bare("spin"), "", Check.ANY_EXIT, 3_000_000, 60));
        assertVerdict(Verdict.TIMEOUT, "timeout: no end after 3000000 instructions", spin);
        TestRun wfi = runOne(new TestSpec("wfi", bare("wfi").withHarts(2), "", Check.ANY_EXIT, INSNS, 60));
        assertVerdict(Verdict.TIMEOUT, "hang: every hart waits for an interrupt and nothing can raise one", wfi);
        assertTrue("the hang detector ends it long before the limit: " + wfi.instructions(),
                wfi.instructions() < 1_000_000);
    }

    @Test
    public void aFloodedConsoleIsCappedAndSaysSo() throws Exception {
        TestRun run = TestRunner.run(new SuitePlan("unit", null, null, List.of(test("flood", bare("flood"), Check.ANY_EXIT))),
                TestRunner.Settings.defaults().withTranscriptCap(64 * 1024), RunListener.NONE).get(0);
        TestResult r = only(run);
        assertEquals(r.message(), Verdict.PASS, r.verdict());
        assertTrue(run.transcript().length() < 70 * 1024);
        int line = "flood: the quick brown fox jumps over the lazy dog, again and again\n".length();
        long printed = ((4L << 20) + line - 1) / line * line; // whole lines until 4 MiB are out
        assertTrue(run.transcript(), run.transcript().endsWith(
                "[guestlab: console output capped at 65536 bytes; " + (printed - 65536) + " more bytes were dropped]\n"));
    }

    @Test
    public void consolePatternsDecideAndStopTheMachine() throws Exception {
        Check pass = new Check.Console(List.of(Pattern.compile("all good")), List.of(Pattern.compile("went wrong")));
        assertVerdict(Verdict.PASS, "", runOne(test("pass line", bare("pass"), pass)));
        assertVerdict(Verdict.FAIL, "fail pattern matched: fail: case 3 went wrong", runOne(test("fail line", bare("fail"), pass)));
        assertVerdict(Verdict.FAIL, "no pass pattern matched; the guest exited with code 0 through syscon",
                runOne(test("no line", bare("syscon-pass"), pass)));
    }

    @Test
    public void tapFromTheConsoleGivesOneResultPerCase() throws Exception {
        TestRun run = runOne(test("tap", bare("tap"), new Check.Tap()));
        StringBuilder got = new StringBuilder();
        for (TestResult r : run.results()) {
            got.append(r.suite()).append(" | ").append(r.name()).append(" | ").append(r.verdict()).append('\n');
        }
        assertEquals("""
                tap | adds | pass
                tap | divides | fail
                tap/strings | concatenates | pass
                tap/strings | compares | skip
                tap | floats | skip
                """, got.toString());
    }

    @Test
    public void aDiskWriteStaysInTheTestsMachine() throws Exception {
        Path image = tmp.newFile("disk.img").toPath();
        byte[] original = new byte[64 * 1024];
        byte[] marker = "HOST-DATA-MUST-SURVIVE".getBytes();
        System.arraycopy(marker, 0, original, 0, marker.length);
        Files.write(image, original);
        VirtBoardConfig machine = bare("disk").withDrives(List.of(new Drive(image, DiskMode.COPY_ON_WRITE)));
        TestRun run = runOne(test("disk", machine, Check.ANY_EXIT));
        assertVerdict(Verdict.PASS, "", run);
        assertTrue(run.transcript(), run.transcript().contains("sector 0 held: HOST-DATA-MUST-SURVIVE"));
        assertTrue(run.transcript(), run.transcript().contains("wrote and read back sector 0"));
        assertArrayEquals("the host's image is unchanged", original, Files.readAllBytes(image));
        // and a second test sees the host's data again, not the first test's write
        assertTrue(runOne(test("disk again", machine, Check.ANY_EXIT)).transcript().contains("held: HOST-DATA-MUST-SURVIVE"));
    }

    @Test
    public void aSemihostingFolderIsCopiedForEachTest() throws Exception {
        Path folder = tmp.newFolder("shared").toPath();
        Files.writeString(folder.resolve("from-host.txt"), "the host's own text\n");
        VirtBoardConfig machine = bare("semihost-files").withSemihosting(new Semihosting(true, folder));
        TestRun run = runOne(test("semihost files", machine, Check.ANY_EXIT));
        assertVerdict(Verdict.PASS, "", run);
        assertTrue(run.transcript(), run.transcript().contains("wrote both files"));
        assertEquals("the host's own text\n", Files.readString(folder.resolve("from-host.txt")));
        assertTrue("nothing new in the host folder", !Files.exists(folder.resolve("guest-made.txt")));
    }

    @Test
    public void aMissingImageIsAnError() throws Exception {
        VirtBoardConfig machine = VirtBoardConfig.defaults().withBios(null).withKernel(tmp.getRoot().toPath().resolve("nope.elf"));
        TestRun run = runOne(test("missing", machine, Check.ANY_EXIT));
        assertVerdict(Verdict.ERROR, "the machine cannot run", run);
    }
}
