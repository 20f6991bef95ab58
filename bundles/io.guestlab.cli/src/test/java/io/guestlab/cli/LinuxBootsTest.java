package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Acceptance with a real Linux (issue 4): the kernel that examples/linux/build-kernel makes from
 * Debian's linux-source-6.1 boots through `guestlab run` on OpenSBI fw_jump to the static init of
 * examples/linux/init, which counts the harts, reads a virtio-blk disk made here and powers off,
 * so that the run exits 0. The first build takes minutes; build-kernel caches it by its inputs.
 */
public class LinuxBootsTest {

    private static final Path FW_JUMP = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin");
    /** build-kernel's exit code when a build tool or the kernel source package is missing. */
    private static final int BUILD_TOOLS_MISSING = 3;
    private static final long BUILD_MINUTES = 60;
    /** One hart boots to power-off in about 7e7 instructions, four in about 1.3e8. */
    private static final String INSTRUCTION_LIMIT = "2000000000";
    private static final String WALL_LIMIT_SECONDS = "600";
    private static final String DISK_MARKER = "GUESTLAB-DISK-MARKER: ";

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** Where build-kernel left Image and initramfs.cpio (after {@link #buildKernel}). */
    static Path kernelBuild;

    @BeforeClass
    public static void buildKernel() throws Exception {
        Path script = GuestElfs.example("linux/build-kernel");
        if (!Files.isRegularFile(FW_JUMP)) {
            GuestElfs.missing(FW_JUMP + " (Debian package opensbi)");
        }
        Path log = Files.createTempFile("guestlab-build-kernel", ".log");
        try {
            Process build = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!build.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
                build.destroyForcibly();
                fail(script + " did not finish within " + BUILD_MINUTES + " minutes:\n" + Files.readString(log));
            }
            String output = Files.readString(log);
            if (build.exitValue() == BUILD_TOOLS_MISSING) {
                GuestElfs.missing("what " + script + " needs:\n" + output);
            }
            assertEquals(script + " failed:\n" + output, 0, build.exitValue());
        } finally {
            Files.deleteIfExists(log);
        }
        kernelBuild = script.resolveSibling("build");
    }

    @Test
    public void bootsToInitOnOneHartReadsTheDiskAndPowersOff() throws Exception {
        bootAndCheck(1);
    }

    @Test
    public void bootsToInitOnFourHartsReadsTheDiskAndPowersOff() throws Exception {
        bootAndCheck(4);
    }

    private void bootAndCheck(int harts) throws IOException {
        // A token only this run knows, so the init can only print it by reading the disk.
        byte[] token = new byte[8];
        new SecureRandom().nextBytes(token);
        String marker = DISK_MARKER + HexFormat.of().formatHex(token);
        Path disk = folder.getRoot().toPath().resolve("disk.img");
        byte[] image = new byte[64 << 10];
        byte[] line = (marker + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(line, 0, image, 0, line.length);
        Files.write(disk, image);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // No console input: the test's standard input is not the guest's (and may be the test runner's).
        Main guestlab = new Main(List.of(new RunCommand(InputStream.nullInputStream(), false)));
        int code = guestlab.execute(List.of("run",
                "--bios", FW_JUMP.toString(),
                "--kernel", kernelBuild.resolve("Image").toString(),
                "--initrd", kernelBuild.resolve("initramfs.cpio").toString(),
                "--append", "console=ttyS0",
                "--harts", Integer.toString(harts),
                "--memory", "256M",
                "--drive", "file=" + disk,
                "--timeout-insns", INSTRUCTION_LIMIT,
                "--timeout", WALL_LIMIT_SECONDS),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String console = out.toString(StandardCharsets.ISO_8859_1).replace("\r", "");
        String report = "exit code " + code + ", stderr:\n" + err.toString(StandardCharsets.UTF_8) + "\nconsole:\n" + console;

        List<String> initLines = console.lines().filter(l -> l.startsWith("guestlab-init: ")).toList();
        assertTrue(report, !initLines.isEmpty());
        Matcher banner = Pattern.compile("guestlab-init: hello from Linux 6\\.1\\.\\d+ on (\\d+) harts")
                .matcher(initLines.get(0));
        assertTrue("the banner is the init's first line\n" + report, banner.matches());
        assertEquals(report, Integer.toString(harts), banner.group(1));
        String online = harts == 1 ? "0" : "0-" + (harts - 1);
        assertTrue(report, initLines.contains("guestlab-init: online CPUs (sysfs): " + online));
        assertTrue(report, initLines.contains("guestlab-init: /dev/vda sector 0: " + marker));
        assertEquals(report, "guestlab-init: powering off", initLines.get(initLines.size() - 1));
        assertEquals(report, 0, code);
    }
}
