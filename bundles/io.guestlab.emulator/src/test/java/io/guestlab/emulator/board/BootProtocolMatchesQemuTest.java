package io.guestlab.emulator.board;

import io.guestlab.emulator.support.GuestTools;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.ByteSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The boot hand-over matches QEMU 7.2's virt machine for the same command line: the reset ROM
 * (trampoline, start address, device tree address, fw_dynamic information) is read from a stopped
 * QEMU through its monitor and compared word by word with ours, so firmware, kernel and device
 * tree placement all agree. Runs QEMU only up to its first instruction (well under a second each).
 */
public class BootProtocolMatchesQemuTest {

    private static final String FW_JUMP_BIN = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";
    private static final String FW_JUMP_ELF = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.elf";
    private static final String UBOOT_SMODE = "/usr/lib/u-boot/qemu-riscv64_smode/u-boot.bin";
    private static final String UBOOT_MMODE = "/usr/lib/u-boot/qemu-riscv64/u-boot.bin";
    /** Trampoline, two address slots and six fw_dynamic words. */
    private static final int ROM_WORDS = 11;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void firmwareAndRawKernel() throws Exception {
        Path fw = GuestTools.file(FW_JUMP_BIN, "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        compare(new VirtBoardConfig(2, 128L << 20, fw, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null),
                "-smp", "2", "-m", "128M", "-bios", fw.toString(), "-kernel", uBoot.toString());
    }

    @Test
    public void elfFirmwareAndLargerMemory() throws Exception {
        Path fw = GuestTools.file(FW_JUMP_ELF, "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        compare(new VirtBoardConfig(1, 512L << 20, fw, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null),
                "-m", "512M", "-bios", fw.toString(), "-kernel", uBoot.toString());
    }

    @Test
    public void noFirmwareWithInitrdAndCommandLine() throws Exception {
        Path uBoot = GuestTools.file(UBOOT_MMODE, "u-boot-qemu");
        byte[] initrdBytes = new byte[300_000];
        new Random(4).nextBytes(initrdBytes);
        Path initrd = folder.getRoot().toPath().resolve("initrd.img");
        Files.write(initrd, initrdBytes);
        VirtBoardConfig config = new VirtBoardConfig(4, 256L << 20, null, uBoot, initrd, "console=ttyS0", List.of(), false, false, Semihosting.OFF, null);
        compare(config, "-smp", "4", "-m", "256M", "-bios", "none", "-kernel", uBoot.toString(),
                "-initrd", initrd.toString(), "-append", "console=ttyS0");

        Path dump = folder.getRoot().toPath().resolve("qemu.dtb");
        Process dumper = qemu(List.of("-M", "virt,dumpdtb=" + dump, "-smp", "4", "-m", "256M", "-bios", "none",
                "-kernel", uBoot.toString(), "-initrd", initrd.toString(), "-append", "console=ttyS0"));
        dumper.getOutputStream().close();
        assertTrue("QEMU did not dump its device tree within 30 s", dumper.waitFor(30, TimeUnit.SECONDS));
        ParsedDeviceTree.Node qemuChosen = new ParsedDeviceTree(Files.readAllBytes(dump)).node("/chosen");
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            ParsedDeviceTree.Node ours = new ParsedDeviceTree(board.deviceTree()).node("/chosen");
            // QEMU writes the initrd range as one cell, ours as two: both are valid, the values must agree
            for (String property : List.of("linux,initrd-start", "linux,initrd-end")) {
                assertEquals(property, Long.toHexString(number(qemuChosen.property(property))),
                        Long.toHexString(number(ours.property(property))));
            }
            assertEquals(qemuChosen.string("bootargs"), ours.string("bootargs"));
        }
    }

    @Test
    public void aGivenDeviceTreeGoesWhereQemuPutsIt() throws Exception {
        Path fw = GuestTools.file(FW_JUMP_BIN, "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        Path dump = folder.getRoot().toPath().resolve("virt.dtb");
        Process dumper = qemu(List.of("-M", "virt,dumpdtb=" + dump, "-smp", "2", "-m", "256M"));
        dumper.getOutputStream().close();
        assertTrue("QEMU did not dump its device tree within 30 s", dumper.waitFor(30, TimeUnit.SECONDS));
        // QEMU's own tree for this machine, given back to both: the ROM's a1 must agree.
        Path given = dump;
        compare(new VirtBoardConfig(2, 256L << 20, fw, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null)
                .withDtb(given), "-smp", "2", "-m", "256M", "-bios", fw.toString(), "-kernel", uBoot.toString(),
                "-dtb", given.toString());
    }

    /** A big-endian property of one or two cells as a number. */
    private static long number(byte[] value) {
        long n = 0;
        for (byte b : value) {
            n = n << 8 | b & 0xff;
        }
        return n;
    }

    private void compare(VirtBoardConfig config, String... qemuOptions) throws Exception {
        long[] expected = qemuRom(qemuOptions);
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            for (int i = 0; i < ROM_WORDS; i++) {
                long address = VirtMemoryMap.MROM_BASE + 8L * i;
                assertEquals(String.format("ROM word at 0x%x", address), Long.toHexString(expected[i]),
                        Long.toHexString(board.machine().bus().load(address, 8)));
            }
        }
    }

    private static final Pattern DUMP_LINE = Pattern.compile("^([0-9a-f]{16}): 0x([0-9a-f]{16}) 0x([0-9a-f]{16})",
            Pattern.MULTILINE);

    /** Starts QEMU stopped before its first instruction and reads the ROM through the monitor. */
    private long[] qemuRom(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("-M", "virt", "-S", "-monitor", "stdio", "-serial", "none"));
        args.addAll(List.of(options));
        Process process = qemu(args);
        process.getOutputStream().write(("xp /" + (ROM_WORDS + 1) + "gx 0x1000\nquit\n").getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        assertTrue("QEMU did not quit within 30 s", process.waitFor(30, TimeUnit.SECONDS));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        long[] words = new long[ROM_WORDS + 1];
        Matcher m = DUMP_LINE.matcher(output);
        int n = 0;
        while (m.find() && n < ROM_WORDS) {
            words[n++] = Long.parseUnsignedLong(m.group(2), 16);
            words[n++] = Long.parseUnsignedLong(m.group(3), 16);
        }
        assertTrue("QEMU's monitor printed no ROM dump:\n" + output, n >= ROM_WORDS);
        return words;
    }

    private static Process qemu(List<String> args) throws Exception {
        Path qemu = GuestTools.tool("qemu-system-riscv64", "qemu-system-misc");
        List<String> command = new ArrayList<>();
        command.add(qemu.toString());
        command.addAll(args);
        command.addAll(List.of("-display", "none", "-nic", "none"));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
