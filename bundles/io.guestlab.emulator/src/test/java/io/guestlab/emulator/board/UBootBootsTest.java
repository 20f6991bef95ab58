package io.guestlab.emulator.board;

import io.guestlab.emulator.support.GuestTools;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.devices.DiskMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Acceptance with real, unmodified guests from Debian: OpenSBI (fw_jump and fw_dynamic) with
 * S-mode U-Boot, and M-mode U-Boot with no firmware, boot on the virt board to U-Boot's prompt and
 * answer commands typed there, including reading a disk image made here through virtio-blk.
 * Each boot takes a few seconds; budgets are in guest instructions, so a slow host cannot fail them.
 */
public class UBootBootsTest {

    private static final String OPENSBI = "/usr/lib/riscv64-linux-gnu/opensbi/generic/";
    private static final String UBOOT_SMODE = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin";
    private static final String UBOOT_MMODE = "/usr/lib/u-boot/qemu-riscv64/u-boot.bin";
    private static final long BOOT_BUDGET = 1_000_000_000L;
    private static final long COMMAND_BUDGET = 200_000_000L;
    private static final String DISK_MARK = "GUESTLAB-DISK-OK";
    private static final String FAT_FILE_CONTENT = "GUESTLAB-FAT-OK\n"; // 16 bytes: one md.b line

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** Boots to the prompt, stopping the autoboot countdown with a key press as a user would. */
    private static GuestConsole boot(VirtBoardConfig config) throws Exception {
        GuestConsole console = new GuestConsole();
        console.attach(VirtBoard.create(config, console::write));
        console.expect("Hit any key to stop autoboot", BOOT_BUDGET);
        console.type("");
        console.expect("=> ", BOOT_BUDGET);
        return console;
    }

    @Test
    public void fwJumpBootsSmodeUBootWhichReadsAVirtioDisk() throws Exception {
        Path fw = GuestTools.file(OPENSBI + "fw_jump.bin", "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        byte[] image = new byte[1 << 20];
        byte[] mark = DISK_MARK.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(mark, 0, image, 512, mark.length); // sector 1
        Path disk = folder.getRoot().toPath().resolve("disk.img");
        Files.write(disk, image);

        GuestConsole console = boot(new VirtBoardConfig(1, 128L << 20, fw, uBoot, null, "",
                List.of(new Drive(disk, DiskMode.COPY_ON_WRITE)), false, false, Semihosting.OFF, null));
        assertTrue(console.all(), console.all().contains("Domain0 Next Address      : 0x0000000080200000"));
        assertTrue(console.all(), console.all().contains("DRAM:  128 MiB"));

        assertTrue(console.uBoot("version", COMMAND_BUDGET).contains("U-Boot 2023.01"));

        byte[] bin = Files.readAllBytes(uBoot);
        String firstWords = String.format(Locale.ROOT, "80200000: %08x %08x", word(bin, 0), word(bin, 4));
        String md = console.uBoot("md.l 0x80200000 2", COMMAND_BUDGET);
        assertTrue(md, md.contains(firstWords));

        console.uBoot("virtio scan", COMMAND_BUDGET);
        String info = console.uBoot("virtio info", COMMAND_BUDGET);
        assertTrue(info, info.contains("VirtIO Block Device"));
        assertTrue(info, info.contains("(2048 x 512)"));

        String read = console.uBoot("virtio read 0x84000000 1 1", COMMAND_BUDGET);
        assertTrue(read, read.contains("1 blocks read: OK"));
        String bytes = console.uBoot("md.b 0x84000000 0x10", COMMAND_BUDGET);
        assertTrue(bytes, bytes.contains(DISK_MARK));

        assertPowersOff(console);
    }

    /**
     * A FAT file system made here with dosfstools and mtools (unpartitioned, as mkfs.vfat leaves
     * it): U-Boot's fatls lists the file and the folder, and fatsize / fatload / md read the file
     * back byte for byte through virtio-blk. QEMU 7.2 prints the same for the same image.
     */
    @Test
    public void smodeUBootListsAndLoadsAFileFromAFatDisk() throws Exception {
        Path fw = GuestTools.file(OPENSBI + "fw_jump.bin", "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        Path mkfs = Files.isExecutable(Path.of("/usr/sbin/mkfs.vfat")) ? Path.of("/usr/sbin/mkfs.vfat")
                : GuestTools.tool("mkfs.vfat", "dosfstools"); // /usr/sbin is not on every user's PATH
        Path mcopy = GuestTools.tool("mcopy", "mtools");
        Path mmd = GuestTools.tool("mmd", "mtools");
        Path work = folder.getRoot().toPath();
        Path disk = work.resolve("fat.img");
        Path file = work.resolve("hello.txt");
        Files.writeString(file, FAT_FILE_CONTENT, StandardCharsets.US_ASCII);
        host(mkfs.toString(), "-C", "-n", "GUESTLAB", disk.toString(), "4096"); // 4 MiB
        host(mcopy.toString(), "-i", disk.toString(), file.toString(), "::hello.txt");
        host(mmd.toString(), "-i", disk.toString(), "::docs");

        GuestConsole console = boot(new VirtBoardConfig(1, 128L << 20, fw, uBoot, null, "",
                List.of(new Drive(disk, DiskMode.READ_ONLY)), false, false, Semihosting.OFF, null));
        console.uBoot("virtio scan", COMMAND_BUDGET);
        String ls = console.uBoot("fatls virtio 0", COMMAND_BUDGET);
        assertTrue(ls, ls.contains("       16   hello.txt"));
        assertTrue(ls, ls.contains("            docs/"));
        assertTrue(ls, ls.contains("1 file(s), 1 dir(s)"));

        console.uBoot("fatsize virtio 0 hello.txt", COMMAND_BUDGET);
        String size = console.uBoot("printenv filesize", COMMAND_BUDGET);
        assertTrue(size, size.contains("filesize=10")); // hexadecimal: 16 bytes
        String load = console.uBoot("fatload virtio 0 0x84000000 hello.txt", COMMAND_BUDGET);
        assertTrue(load, load.contains("16 bytes read"));
        String md = console.uBoot("md.b 0x84000000 0x10", COMMAND_BUDGET);
        assertTrue(md, md.contains("84000000: 47 55 45 53 54 4c 41 42 2d 46 41 54 2d 4f 4b 0a  GUESTLAB-FAT-OK."));
        String missing = console.uBoot("fatload virtio 0 0x84000000 nothere.txt", COMMAND_BUDGET);
        assertTrue(missing, missing.contains("Failed to load 'nothere.txt'"));
    }

    /** Runs a host tool; fails the test with its output when it does not succeed. */
    private static void host(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(String.join(" ", command) + " failed:\n" + output, 0, p.waitFor());
    }

    @Test
    public void fwDynamicBootsSmodeUBootOnFourHarts() throws Exception {
        Path fw = GuestTools.file(OPENSBI + "fw_dynamic.bin", "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        GuestConsole console = boot(new VirtBoardConfig(4, 256L << 20, fw, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null));
        assertTrue(console.all(), console.all().contains("Platform HART Count       : 4"));
        assertTrue(console.all(), console.all().contains("DRAM:  256 MiB"));
        assertTrue(console.uBoot("version", COMMAND_BUDGET).contains("U-Boot 2023.01"));
    }

    @Test
    public void mmodeUBootBootsWithoutFirmware() throws Exception {
        Path uBoot = GuestTools.file(UBOOT_MMODE, "u-boot-qemu");
        GuestConsole console = boot(new VirtBoardConfig(1, 128L << 20, null, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null));
        assertTrue(console.all(), !console.all().contains("OpenSBI"));
        assertTrue(console.uBoot("version", COMMAND_BUDGET).contains("U-Boot 2023.01"));
        String md = console.uBoot("md.l 0x1000 2", COMMAND_BUDGET);
        assertTrue("the reset ROM is readable:\n" + md, md.contains("00001000: 00000297 02828613"));
    }

    /**
     * U-Boot's poweroff reaches the test device through SBI and OpenSBI: the run ends with exit
     * code 0. U-Boot waits 100 ms of guest time first, 10^8 instructions at the engine's timebase.
     */
    private static void assertPowersOff(GuestConsole console) {
        console.type("poweroff");
        StopEvent e = console.runToStop(3 * COMMAND_BUDGET);
        assertEquals(console.all(), StopReason.EXIT, e.reason());
        assertEquals(0, e.exitCode());
    }

    private static long word(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
