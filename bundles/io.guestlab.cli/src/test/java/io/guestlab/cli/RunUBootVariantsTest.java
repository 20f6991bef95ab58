package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The U-Boot acceptance cases through `guestlab run` itself, as a user types them: the default
 * firmware (OpenSBI fw_dynamic) with S-mode U-Boot listing a FAT disk made here, and M-mode
 * U-Boot with --bios none.
 */
public class RunUBootVariantsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private static void host(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(String.join(" ", command) + " failed:\n" + output, 0, p.waitFor());
    }

    @Test
    public void defaultFirmwareAndSmodeUBootListAFatDisk() throws Exception {
        GuestElfs.debianFile(GuestElfs.FW_DYNAMIC, "opensbi"); // the default --bios
        Path uBoot = GuestElfs.debianFile(GuestElfs.UBOOT_SMODE, "u-boot-qemu");
        Path mkfs = Files.isExecutable(Path.of("/usr/sbin/mkfs.vfat")) ? Path.of("/usr/sbin/mkfs.vfat")
                : GuestElfs.tool("mkfs.vfat");
        Path mcopy = GuestElfs.tool("mcopy");
        Path disk = folder.getRoot().toPath().resolve("fat.img");
        Path note = folder.getRoot().toPath().resolve("note.txt");
        Files.writeString(note, "typed through guestlab run\n", StandardCharsets.US_ASCII);
        host(mkfs.toString(), "-C", "-n", "GUESTLAB", disk.toString(), "2048");
        host(mcopy.toString(), "-i", disk.toString(), note.toString(), "::note.txt");

        try (ScriptedTerminal terminal = new ScriptedTerminal("run", "--kernel", uBoot.toString(), "--harts", "2",
                "--drive", "file=" + disk + ",readonly")) {
            terminal.expect("Hit any key to stop autoboot");
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("virtio scan; fatls virtio 0\r");
            String ls = terminal.expect("=> ");
            assertTrue(ls, ls.contains("       27   note.txt"));
            assertTrue(ls, ls.contains("1 file(s), 0 dir(s)"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            assertTrue(terminal.console(), terminal.console().contains("Firmware Base"));
            assertTrue("fw_dynamic hands over to U-Boot in S-mode: " + terminal.console(),
                    terminal.console().contains("Domain0 Next Mode         : S-mode"));
        }
    }

    @Test
    public void mmodeUBootBootsWithoutFirmware() throws Exception {
        Path uBoot = GuestElfs.debianFile(GuestElfs.UBOOT_MMODE, "u-boot-qemu");
        try (ScriptedTerminal terminal = new ScriptedTerminal("run", "--bios", "none", "--kernel", uBoot.toString())) {
            terminal.expect("Hit any key to stop autoboot");
            terminal.type(" ");
            terminal.expect("=> ");
            terminal.type("version\r");
            assertTrue(terminal.expect("=> ").contains("U-Boot 2023.01"));
            terminal.type("poweroff\r");
            assertEquals(terminal.console() + terminal.err(), 0, terminal.exitCode());
            assertFalse(terminal.console(), terminal.console().contains("OpenSBI"));
        }
    }
}
