package io.guestlab.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.board.VirtBoardConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * KUnit on a real Linux: the example kernel (examples/linux/build-kernel: KUnit built in, asleep
 * unless kunit.enable=1, with Guestlab's own suite kunit/guestlab-kunit-test.c) run with
 * {@code --verdict ktap}: one result per case, nested by suite and parameter, the same verdicts
 * as Linux's own kunit.py gives the same console output.
 */
public class LinuxKunitTest {

    private static final Path FW_JUMP = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin");
    /** build-kernel's exit code when a build tool or the kernel source package is missing. */
    private static final int BUILD_TOOLS_MISSING = 3;

    private static Path build;

    @BeforeClass
    public static void buildKernel() throws Exception {
        Path script = Requirements.repository().resolve("examples/linux/build-kernel");
        if (!Files.isRegularFile(FW_JUMP)) {
            Requirements.missing(FW_JUMP + " (Debian package opensbi)");
        }
        Path log = Files.createTempFile("guestlab-build-kernel", ".log");
        try {
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(script + " did not finish within an hour:\n" + Files.readString(log));
            }
            if (p.exitValue() == BUILD_TOOLS_MISSING) {
                Requirements.missing("what " + script + " needs:\n" + Files.readString(log));
            }
            assertEquals(script + " failed:\n" + Files.readString(log), 0, p.exitValue());
        } finally {
            Files.deleteIfExists(log);
        }
        build = script.resolveSibling("build");
    }

    private static TestRun boot(String append) throws Exception {
        VirtBoardConfig linux = VirtBoardConfig.defaults().withBios(FW_JUMP).withKernel(build.resolve("Image"))
                .withInitrd(build.resolve("initramfs.cpio")).withMemory(256L << 20).withAppend(append);
        TestSpec kunit = new TestSpec("linux", linux, "", new Check.Ktap(), Long.MAX_VALUE, 900);
        return TestRunner.run(new SuitePlan("kunit", null, null, List.of(kunit)), TestRunner.Settings.defaults(),
                RunListener.NONE).get(0);
    }

    @Test
    public void guestlabsKunitSuiteGivesOneResultPerCaseAsKunitPyReadsIt() throws Exception {
        TestRun run = boot("console=ttyS0 kunit.enable=1 kunit.filter_glob=guestlab*");
        StringBuilder ours = new StringBuilder();
        StringBuilder asKunit = new StringBuilder();
        for (TestResult r : run.results()) {
            ours.append(r.suite()).append(" | ").append(r.name()).append(" | ").append(r.verdict()).append('\n');
            String group = r.suite().equals("linux") ? "" : r.suite().substring("linux/".length());
            String status = switch (r.verdict()) {
                case PASS -> "PASS";
                case SKIP -> "SKIP";
                case ERROR -> "ERROR";
                case FAIL, TIMEOUT -> "FAIL";
            };
            asKunit.append(group).append('\t').append(r.name()).append('\t').append(status).append('\n');
        }
        assertEquals(run.transcript(), """
                linux/guestlab_basic | guestlab_passes | pass
                linux/guestlab_basic | guestlab_fails | fail
                linux/guestlab_basic | guestlab_skips | skip
                linux/guestlab_param/guestlab_squares_case | 1 squared | pass
                linux/guestlab_param/guestlab_squares_case | 2 squared | pass
                linux/guestlab_param/guestlab_squares_case | 3 squared | fail
                linux/guestlab_param/guestlab_squares_case | 4 squared | pass
                linux/guestlab_param | guestlab_passes | pass
                """, ours.toString());
        TestResult fails = run.results().get(1);
        assertTrue(fails.output(), fails.output().contains("EXPECTATION FAILED"));
        assertTrue("the step of the failing line, for the replay", fails.failStep() > 0);

        Path log = Files.createTempFile("kunit-linux", ".log");
        try {
            Files.writeString(log, run.transcript());
            KunitPy.Verdicts kunit = KunitPy.parse(log);
            assertEquals("kunit.py reports errors of its own on this log", 0, kunit.errors());
            assertEquals(String.join("\n", kunit.cases()) + "\n", asKunit.toString());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    public void withoutKunitEnableTheKernelBootsAsBeforeAndPrintsNoKtap() throws Exception {
        TestRun run = boot("console=ttyS0");
        assertEquals(1, run.results().size());
        TestResult r = run.results().get(0);
        assertEquals(r.message(), Verdict.ERROR, r.verdict());
        assertTrue(r.message(), r.message().startsWith("no KTAP version line on the console before the guest exited with code 0"));
        assertTrue(run.transcript(), !run.transcript().contains("KTAP version"));
    }
}
