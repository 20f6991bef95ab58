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
    public void memoryBeyondThreeGibibytesKeepsTheDeviceTreeBelowThree() throws Exception {
        Path fw = GuestTools.file(FW_JUMP_BIN, "opensbi");
        Path uBoot = GuestTools.file(UBOOT_SMODE, "u-boot-qemu");
        for (String size : List.of("2G", "4G")) {
            long bytes = Long.parseLong(size.substring(0, 1)) << 30;
            compare(new VirtBoardConfig(1, bytes, fw, uBoot, null, "", List.of(), false, false, Semihosting.OFF, null),
                    "-m", size, "-bios", fw.toString(), "-kernel", uBoot.toString());
        }
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

    @Test
    public void aGivenDeviceTreeIsEditedForAppendAndInitrdByteForByteAsQemuEditsIt() throws Exception {
        Path uBoot = GuestTools.file(UBOOT_MMODE, "u-boot-qemu");
        Path initrd = folder.getRoot().toPath().resolve("initrd.img");
        Files.write(initrd, new byte[100_001]);
        List<String> machine = List.of("-m", "256M", "-bios", "none", "-kernel", uBoot.toString());
        VirtBoardConfig config = new VirtBoardConfig(1, 256L << 20, null, uBoot, null, "", List.of(), false, false,
                Semihosting.OFF, null);
        // QEMU's own tree without /chosen/bootargs: both add it first in /chosen, and the initrd range.
        Path plain = givenTree("plain", machine);
        sameTreeAsQemu(config.withDtb(plain).withAppend("console=ttyS0 odd").withInitrd(initrd), machine, "-dtb",
                plain.toString(), "-append", "console=ttyS0 odd", "-initrd", initrd.toString());
        compare(config.withDtb(plain).withAppend("console=ttyS0 odd").withInitrd(initrd), "-m", "256M", "-bios", "none",
                "-kernel", uBoot.toString(), "-dtb", plain.toString(), "-append", "console=ttyS0 odd", "-initrd",
                initrd.toString());
        // A tree with a longer bootargs: replaced in place, the blocks after it move back.
        List<String> withArgs = new ArrayList<>(machine);
        withArgs.addAll(List.of("-append", "root=/dev/vda rw console=ttyS0 earlycon=sbi loglevel=8"));
        Path booted = givenTree("booted", withArgs);
        sameTreeAsQemu(config.withDtb(booted).withAppend("quiet"), machine, "-dtb", booted.toString(), "-append", "quiet");
        // Nothing to edit: packed as it is, placed grown.
        sameTreeAsQemu(config.withDtb(booted), machine, "-dtb", booted.toString());
    }

    /**
     * A version 16 tree (dtc -V 16, as older tools write them; it has no size_dt_struct): QEMU's
     * libfdt opens it as version 17, and so does Guestlab, byte for byte.
     */
    @Test
    public void aVersion16DeviceTreeIsReadAndEditedAsQemuDoes() throws Exception {
        Path uBoot = GuestTools.file(UBOOT_MMODE, "u-boot-qemu");
        List<String> machine = List.of("-m", "256M", "-bios", "none", "-kernel", uBoot.toString());
        VirtBoardConfig config = new VirtBoardConfig(1, 256L << 20, null, uBoot, null, "", List.of(), false, false,
                Semihosting.OFF, null);
        Path old = givenTree("old", machine, "16");
        assertEquals(16, java.nio.ByteBuffer.wrap(Files.readAllBytes(old)).getInt(20));
        sameTreeAsQemu(config.withDtb(old), machine, "-dtb", old.toString());
        sameTreeAsQemu(config.withDtb(old).withAppend("console=ttyS0"), machine, "-dtb", old.toString(),
                "-append", "console=ttyS0");
    }

    /** QEMU's tree for {@code options}, through dtc as a user makes one: a compact dtb. */
    private Path givenTree(String name, List<String> options) throws Exception {
        return givenTree(name, options, "17");
    }

    /** The same, in format {@code version}. */
    private Path givenTree(String name, List<String> options, String version) throws Exception {
        Path dump = folder.getRoot().toPath().resolve(name + "-dump.dtb");
        List<String> args = new ArrayList<>(List.of("-M", "virt,dumpdtb=" + dump));
        args.addAll(options);
        Process dumper = qemu(args);
        dumper.getOutputStream().close();
        assertTrue("QEMU did not dump its device tree within 30 s", dumper.waitFor(30, TimeUnit.SECONDS));
        Path dtb = folder.getRoot().toPath().resolve(name + ".dtb");
        Process dtc = new ProcessBuilder(GuestTools.tool("dtc", "device-tree-compiler").toString(), "-q", "-I", "dtb",
                "-O", "dtb", "-V", version, "-o", dtb.toString(), dump.toString()).redirectErrorStream(true).start();
        String output = new String(dtc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue("dtc did not end within 30 s", dtc.waitFor(30, TimeUnit.SECONDS));
        assertEquals(output, 0, dtc.exitValue());
        return dtb;
    }

    /** The tree QEMU places for the same options (its dumpdtb, taken where it loads it) equals ours, byte for byte. */
    private void sameTreeAsQemu(VirtBoardConfig config, List<String> machine, String... options) throws Exception {
        Path dump = folder.getRoot().toPath().resolve("placed.dtb");
        Files.deleteIfExists(dump);
        List<String> args = new ArrayList<>(List.of("-M", "virt,dumpdtb=" + dump));
        args.addAll(machine);
        args.addAll(List.of(options));
        Process dumper = qemu(args);
        dumper.getOutputStream().close();
        assertTrue("QEMU did not dump its device tree within 30 s", dumper.waitFor(30, TimeUnit.SECONDS));
        byte[] qemus = Files.readAllBytes(dump);
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            byte[] ours = board.deviceTree();
            // QEMU 7.2 fills every rng-seed with new random bytes at each reset; Guestlab keeps the given
            // ones (every run the same): the seed's bytes are the one difference allowed.
            byte[] seed = new ParsedDeviceTree(ours).node("/chosen").property("rng-seed"); // the given one
            int at = indexOf(ours, seed);
            assertTrue("the given rng-seed is in the tree", at > 0 && at + seed.length <= qemus.length);
            System.arraycopy(seed, 0, qemus, at, seed.length);
            assertEquals(List.of(options).toString(), qemus.length, ours.length);
            for (int i = 0; i < ours.length; i++) {
                if (ours[i] != qemus[i]) {
                    throw new AssertionError(String.format("%s: byte 0x%x: QEMU 0x%02x, Guestlab 0x%02x", List.of(options),
                            i, qemus[i] & 0xff, ours[i] & 0xff));
                }
            }
            new ParsedDeviceTree(ours).node("/chosen").property("stdout-path");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
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
