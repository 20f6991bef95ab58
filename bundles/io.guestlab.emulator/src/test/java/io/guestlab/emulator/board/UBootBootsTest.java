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
                List.of(new Drive(disk, DiskMode.COPY_ON_WRITE)), false, false));
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

    @Test
    public void fwDynamicBootsSmodeUBootOnFourHarts() throws Exception {
        Path fw = GuestTools.file(OPENSBI + "fw_dynamic.bin", "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        GuestConsole console = boot(new VirtBoardConfig(4, 256L << 20, fw, uBoot, null, "", List.of(), false, false));
        assertTrue(console.all(), console.all().contains("Platform HART Count       : 4"));
        assertTrue(console.all(), console.all().contains("DRAM:  256 MiB"));
        assertTrue(console.uBoot("version", COMMAND_BUDGET).contains("U-Boot 2023.01"));
    }

    @Test
    public void mmodeUBootBootsWithoutFirmware() throws Exception {
        Path uBoot = GuestTools.file(UBOOT_MMODE, "u-boot-qemu");
        GuestConsole console = boot(new VirtBoardConfig(1, 128L << 20, null, uBoot, null, "", List.of(), false, false));
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
