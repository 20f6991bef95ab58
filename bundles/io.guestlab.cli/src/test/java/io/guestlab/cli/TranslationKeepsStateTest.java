package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Translating hot code to JVM bytecode must not change what a guest does (issue 17): real
 * firmware and kernels on several harts end in the same machine state (the {@code --stats} hash
 * of harts, devices and RAM, and the step count) interpreted ({@code --no-translate}), with
 * everything translated after its first run, and at the default threshold.
 */
public class TranslationKeepsStateTest {

    private static final Path FW_JUMP = Path.of("/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin");
    /** How each run translates: never, as early as possible, somewhere in between, the default. */
    private static final List<List<String>> TRANSLATIONS = List.of(List.of("--no-translate"),
            List.of("--translate-after", "1"), List.of("--translate-after", "50"), List.of());

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void openSbiAndUBootOnTwoHartsEndInTheSameState() {
        Path uBoot = GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu");
        // far enough for OpenSBI, U-Boot's start on both harts and its autoboot countdown (virtual seconds)
        assertSameStateEveryWay("U-Boot", List.of("run", "--kernel", uBoot.toString(), "--harts", "2",
                "--timeout-insns", "200000000"), 124, "Hit any key to stop autoboot");
    }

    @Test
    public void linuxOnFourHartsEndsInTheSameState() throws Exception {
        LinuxBootsTest.buildKernel();
        Path build = LinuxBootsTest.kernelBuild;
        Path disk = folder.getRoot().toPath().resolve("disk.img");
        byte[] image = new byte[64 << 10];
        byte[] line = "GUESTLAB-DISK-MARKER: translation\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(line, 0, image, 0, line.length);
        Files.write(disk, image);
        assertSameStateEveryWay("Linux", List.of("run", "--bios", FW_JUMP.toString(),
                "--kernel", build.resolve("Image").toString(),
                "--initrd", build.resolve("initramfs.cpio").toString(),
                "--append", "console=ttyS0", "--harts", "4", "--memory", "256M",
                "--drive", "file=" + disk,
                "--timeout-insns", "2000000000"), 0, "guestlab-init: powering off");
    }

    /** Runs {@code args} every way of {@link #TRANSLATIONS}: same exit code, console and state hash. */
    private static void assertSameStateEveryWay(String guest, List<String> args, int exitCode, String console) {
        GuestlabRun run = new GuestlabRun();
        String firstHash = null;
        String firstConsole = null;
        for (List<String> translation : TRANSLATIONS) {
            List<String> command = new ArrayList<>(args);
            command.add("--stats");
            command.addAll(translation);
            int code = run.run(command.toArray(String[]::new));
            String what = guest + " with " + (translation.isEmpty() ? "the default translation" : translation);
            String report = what + ": exit code " + code + ", stderr:\n" + run.err() + "\nconsole:\n" + run.out();
            assertEquals(report, exitCode, code);
            assertTrue(report, run.out().contains(console));
            String hash = GuestlabRun.stateHash(run.err());
            if (firstHash == null) {
                firstHash = hash;
                firstConsole = run.out();
            } else {
                assertEquals(what + ": console differs from the interpreter's", firstConsole, run.out());
                assertEquals(what + ": state differs from the interpreter's\n" + run.err(), firstHash, hash);
            }
        }
    }
}
