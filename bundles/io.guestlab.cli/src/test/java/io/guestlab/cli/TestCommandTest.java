package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.validation.SchemaFactory;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code guestlab test} end to end: suites, ELF lists, ready phases, reports, shards, bad suites. */
public class TestCommandTest {

    @Rule
    public TemporaryFolder tmp = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int guestlab(String... args) {
        out.reset();
        err.reset();
        return new Main(List.of(new TestCommand(), new RunCommand(InputStream.nullInputStream(), false),
                new Addr2lineCommand()))
                .execute(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String suite(String name) {
        return GuestElfs.example("tests/" + name + ".testsuite").toString();
    }

    private static String elf(String name) {
        return GuestElfs.example("tests/build/" + name + ".elf").toString();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    private static void validate(Path junit) throws Exception {
        Path xsd = GuestElfs.example("Makefile").getParent().resolveSibling("bundles/io.guestlab.testing/schema/junit.xsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(junit.toFile()));
    }

    @Test
    public void aPassingSuiteEndsWithTheCountsAndExitCode0() throws Exception {
        Path junit = tmp.getRoot().toPath().resolve("bare.xml");
        assertEquals(err(), 0, guestlab("test", suite("bare-metal"), "--jobs", "2", "--junit", junit.toString()));
        assertEquals("5 passed, 0 failed, 0 skipped, 0 timeout, 0 error", lastLine(out()));
        validate(junit);
        assertEquals(0, guestlab("test", suite("shell")));
        assertTrue(out(), out().startsWith("booting the ready machine to console 'gsh> '\n"));
        assertEquals("6 passed, 0 failed, 0 skipped, 0 timeout, 0 error", lastLine(out()));
        assertEquals(out(), 0, guestlab("test", suite("shell-ready")));
        assertTrue(out(), out().startsWith("booting the ready machine to a semihosting breakpoint report"));
        assertEquals("3 passed, 0 failed, 0 skipped, 0 timeout, 0 error", lastLine(out()));
    }

    @Test
    public void aSemihostingSuiteLeavesTheHostFolderAlone() throws Exception {
        Path folder = GuestElfs.example("tests/semihosting-folder/from-host.txt");
        String before = Files.readString(folder);
        assertEquals(out() + err(), 0, guestlab("test", suite("semihosting")));
        assertEquals(before, Files.readString(folder));
        assertTrue(!Files.exists(folder.resolveSibling("guest-made.txt")));
    }

    @Test
    public void failuresGiveExitCode1TheCountsAndReplayFilesThatReplay() throws Exception {
        Path results = tmp.getRoot().toPath().resolve("results");
        assertEquals(1, guestlab("test", suite("failing"), "--results", results.toString()));
        assertEquals("2 passed, 4 failed, 2 skipped, 2 timeout, 0 error", lastLine(out()));
        assertTrue(out(), out().contains("FAIL    failing exits 3: exit code 3 through htif, expected 0\n"));
        Path snap = results.resolve("0000-exits_3.snap");
        Path replay = results.resolve("0000-exits_3.replay");
        assertTrue(out(), out().contains("replay:  guestlab run --load-snapshot " + snap + " --replay " + replay));
        // the printed command repeats the failing run exactly
        assertEquals(3, guestlab("run", "--load-snapshot", snap.toString(), "--replay", replay.toString(), "--stats"));
        assertTrue(err(), err().contains("replay ended in the recorded state"));
        // the trapping test's debug command stops the replay on the trapping instruction, in main
        java.util.regex.Matcher debug = java.util.regex.Pattern.compile(
                "debug: +guestlab run --load-snapshot (\\S+) --replay (\\S+) --stop-at-step (\\d+) --gdb").matcher(
                Files.readString(results.resolve("0001-traps.replay.txt")));
        assertTrue(debug.find());
        assertEquals(0, guestlab("run", "--load-snapshot", debug.group(1), "--replay", debug.group(2), "--stop-at-step",
                debug.group(3)));
        java.util.regex.Matcher stop = java.util.regex.Pattern.compile("stopped at step (\\d+) \\(hart (\\d) at pc (0x\\p{XDigit}+)\\)")
                .matcher(err());
        assertTrue(err(), stop.find());
        assertEquals(debug.group(3), stop.group(1));
        assertEquals(0, guestlab("addr2line", "-f", "-e", elf("trap"), stop.group(3)));
        assertTrue(out(), out().startsWith("main\n"));
        assertTrue(Files.readString(results.resolve("0004-floods_the_console_then_wrong_channel.log"))
                .contains("[guestlab: console output capped at 1048576 bytes;"));
    }

    @Test
    public void elfFilesWithAVerdictAndReports() throws Exception {
        Path junit = tmp.getRoot().toPath().resolve("elfs.xml");
        Path tap = tmp.getRoot().toPath().resolve("elfs.tap");
        assertEquals(1, guestlab("test", "--verdict", "syscon", "--junit", junit.toString(), "--tap", tap.toString(),
                elf("syscon-pass"), elf("pass")));
        assertTrue(out(), out().contains("FAIL    tests pass.elf: the guest exited through htif, not syscon (code 0)"));
        assertEquals("1 passed, 1 failed, 0 skipped, 0 timeout, 0 error", lastLine(out()));
        validate(junit);
        assertTrue(Files.readString(tap), Files.readString(tap).startsWith("TAP version 14\n1..2\nok 1 - tests syscon-pass.elf\nnot ok 2"));
        assertEquals(0, guestlab("test", "--verdict", "console:all good:went wrong", elf("pass")));
        assertEquals(1, guestlab("test", "--verdict", "console:all good:went wrong", elf("fail")));
        assertTrue(out(), out().contains("fail pattern matched: fail: case 3 went wrong"));
    }

    @Test
    public void aReadyTextAndCasesFromTheCommandLine() throws Exception {
        assertEquals(out(), 1, guestlab("test", "--bios", "none", "--kernel", elf("shell"), "--ready", "gsh> ",
                "--verdict", "syscon", "--case", "passes=pass", "--case", "fails=fail 2", "--case", "hangs=hang"));
        assertTrue(out(), out().contains("PASS    shell.elf passes\n"));
        assertTrue(out(), out().contains("FAIL    shell.elf fails: exit code 2 through syscon, expected 0\n"));
        assertTrue(out(), out().contains("TIMEOUT shell.elf hangs: hang: "));
    }

    @Test
    public void rerunFailedRunsOnlyWhatFailed() throws Exception {
        Path junit = tmp.getRoot().toPath().resolve("first.xml");
        guestlab("test", suite("bare-metal"), "--junit", junit.toString());
        guestlab("test", elf("pass"), elf("fail"), "--junit", junit.toString());
        assertEquals(1, guestlab("test", elf("pass"), elf("fail"), "--rerun-failed", junit.toString()));
        assertEquals("FAIL    tests fail.elf: exit code 3 through htif, expected 0\n0 passed, 1 failed, 0 skipped, 0 timeout, 0 error\n",
                out());
        assertEquals(0, guestlab("test", elf("pass"), elf("fail"), "--filter", "pa*"));
        assertEquals("PASS    tests pass.elf\n1 passed, 0 failed, 0 skipped, 0 timeout, 0 error\n", out());
    }

    /** Two shard processes, as two CI machines would run them, merged: the unsharded report, byte for byte. */
    @Test
    public void shardProcessesMergeIntoTheUnshardedReport() throws Exception {
        Path dir = tmp.getRoot().toPath();
        Path whole = dir.resolve("whole.xml");
        guestlab("test", suite("failing"), "--jobs", "1", "--junit", whole.toString());
        List<Process> shards = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            shards.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "test", suite("failing"), "--shard",
                    i + "/2", "--jobs", "2", "--junit", dir.resolve("shard" + i + ".xml").toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("shard" + i + ".log").toFile()).start());
        }
        for (Process p : shards) {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            assertEquals(1, p.exitValue()); // both shards have failures
        }
        Path merged = dir.resolve("merged.xml");
        assertEquals(1, guestlab("test", "--merge", dir.resolve("shard2.xml").toString(), dir.resolve("shard1.xml").toString(),
                "--junit", merged.toString()));
        assertEquals("2 passed, 4 failed, 2 skipped, 2 timeout, 0 error", lastLine(out()));
        assertEquals(Files.readString(whole), Files.readString(merged));
    }

    private Path badSuite(String tests) throws Exception {
        Path file = tmp.getRoot().toPath().resolve("bad.testsuite");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:guestlab="http://guestlab.io/model/1.0"
                    name="bad" timeoutSeconds="10">
                  <machine name="bare" memory="64M"/>
                  <result xsi:type="guestlab:ExitCodeResult" via="any"/>
                """ + tests + "\n</guestlab:TestSuite>\n");
        return file;
    }

    private void assertBadSuite(Path file, String expected) {
        assertEquals(err(), 2, guestlab("test", file.toString()));
        assertEquals("", out());
        assertEquals(file + ": error: " + expected + "\n", err());
    }

    @Test
    public void badSuitesAreReportedBeforeAnythingRunsWithFileAndElement() throws Exception {
        String pass = elf("pass");
        assertBadSuite(badSuite("<tests xsi:type=\"guestlab:TestCase\" name=\"a\" program=\"" + pass + "\"/>\n"
                + "<tests xsi:type=\"guestlab:TestCase\" name=\"a\" program=\"" + pass + "\"/>"),
                "test case 'a': another test case is also named 'a': test names must be unique");
        Path missing = tmp.getRoot().toPath().resolve("missing.elf");
        String out = badSuite("<tests xsi:type=\"guestlab:TestCase\" name=\"m\" program=\"" + missing + "\"/>").toString();
        assertEquals(2, guestlab("test", out));
        assertTrue(err(), err().startsWith(out + ": error: test case 'm': program " + missing));
        assertEquals(1, err().strip().split("\n").length);
        assertBadSuite(badSuite("<tests xsi:type=\"guestlab:TestCase\" name=\"z\" program=\"" + pass
                + "\" timeoutSeconds=\"0\"/>"), "test case 'z': timeoutSeconds must be more than 0, got 0.0");
        assertBadSuite(badSuite("<tests xsi:type=\"guestlab:TestCase\" name=\"p\" program=\"" + pass
                + "\"><result xsi:type=\"guestlab:ConsoleResult\"><pass>ok(</pass></result></tests>"),
                "result of test case 'p': pass pattern 'ok(' is not a valid regular expression: Unclosed group");
        Path unknownMachine = tmp.getRoot().toPath().resolve("ref.testsuite");
        Files.writeString(unknownMachine, Files.readString(badSuite("")).replace("<machine name=\"bare\" memory=\"64M\"/>", "")
                .replace("name=\"bad\"", "name=\"bad\" machineRef=\"nowhere.machine#/\""));
        assertEquals(2, guestlab("test", unknownMachine.toString()));
        assertTrue(err(), err().startsWith(unknownMachine + ": machineRef names "));
    }

    @Test
    public void usageErrorsNameTheOption() {
        assertEquals(2, guestlab("test", "--shard", "3/2", elf("pass")));
        assertEquals("guestlab test: --shard: expected I/N with 1 <= I <= N, got 3/2\n", err());
        assertEquals(2, guestlab("test", "--verdict", "tapp", elf("pass")));
        assertTrue(err(), err().startsWith("guestlab test: --verdict: 'tapp' is not one of exit, htif"));
        assertEquals(2, guestlab("test"));
        assertTrue(err(), err().startsWith("guestlab test: nothing to test"));
        assertEquals(2, guestlab("test", suite("shell"), "--memory", "1G"));
        assertTrue(err(), err().contains("--memory cannot be combined with it"));
    }
}
