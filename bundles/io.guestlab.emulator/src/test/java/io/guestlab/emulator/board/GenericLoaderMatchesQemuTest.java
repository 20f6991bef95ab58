package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.support.GuestTools;

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
 * QEMU's {@code -device loader} in its three forms leaves the machine as QEMU 7.2 does before the
 * first instruction: the bytes at each place it loads (read from a stopped QEMU through its monitor),
 * each hart's pc, and the reset ROM (its start address). And what QEMU refuses is refused.
 */
public class GenericLoaderMatchesQemuTest {

    private static final String FW_JUMP_BIN = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_jump.bin";
    private static final long RAM = VirtMemoryMap.DRAM_BASE;
    private static final int WORDS = 4;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path raw;
    private Path elf;

    private void images() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(11).nextBytes(bytes);
        raw = folder.getRoot().toPath().resolve("os.bin");
        Files.write(raw, bytes);
        byte[] text = new byte[300];
        new Random(12).nextBytes(text);
        elf = folder.getRoot().toPath().resolve("os.elf");
        Files.write(elf, new SyntheticElf(SyntheticElf.EM_RISCV, RAM + 0x40)
                .segment(RAM, text, 0x1000).segment(RAM + 0x30_0000, text, 300).toByteArray());
    }

    private static VirtBoardConfig machine(int harts) {
        return new VirtBoardConfig(harts, 128L << 20, null, null, null, "", List.of(), false, false, Semihosting.OFF, null);
    }

    @Test
    public void anElfWithAHartStartsThatHartAtItsEntry() throws Exception {
        images();
        compare(machine(2).withLoader(new GenericLoader(elf, 0, 0, 0, false, false, 1)), 2, List.of(RAM, RAM + 0x30_0000),
                "-smp", "2", "-bios", "none", "-device", "loader,file=" + elf + ",cpu-num=1");
    }

    @Test
    public void aRawImageAtTheStartOfRamIsWhereTheHartsGoWithoutFirmware() throws Exception {
        images();
        compare(machine(1).withLoader(new GenericLoader(raw, RAM, 0, 0, false, false, GenericLoader.NO_HART)), 1,
                List.of(RAM, RAM + 4096), "-bios", "none", "-device", "loader,file=" + raw + ",addr=0x80000000");
    }

    @Test
    public void aRawImageAfterFirmwareAsRCoreLoadsIt() throws Exception {
        images();
        Path fw = GuestTools.file(FW_JUMP_BIN, "opensbi");
        compare(machine(1).withBios(fw).withLoader(new GenericLoader(raw, RAM + 0x20_0000, 0, 0, false, false,
                GenericLoader.NO_HART)), 1, List.of(RAM, RAM + 0x20_0000, RAM + 0x20_1000),
                "-bios", fw.toString(), "-device", "loader,file=" + raw + ",addr=0x80200000");
    }

    @Test
    public void anElfForcedRawIsItsFileBytes() throws Exception {
        images();
        compare(machine(1).withLoader(new GenericLoader(raw, RAM, 0, 0, false, false, GenericLoader.NO_HART))
                        .withLoader(new GenericLoader(elf, RAM + 0x10_0000, 0, 0, false, true, GenericLoader.NO_HART)),
                1, List.of(RAM + 0x10_0000), "-bios", "none", "-device", "loader,file=" + raw + ",addr=0x80000000",
                "-device", "loader,file=" + elf + ",addr=0x80100000,force-raw=on");
    }

    @Test
    public void valuesAndAStartAddress() throws Exception {
        images();
        VirtBoardConfig config = machine(2).withLoader(new GenericLoader(elf, 0, 0, 0, false, false, GenericLoader.NO_HART))
                .withLoader(new GenericLoader(null, RAM + 0x1000, 0x1122_3344_5566_7788L, 4, false, false, GenericLoader.NO_HART))
                .withLoader(new GenericLoader(null, RAM + 0x1010, 0x1122_3344_5566_7788L, 8, true, false, GenericLoader.NO_HART))
                .withLoader(new GenericLoader(null, RAM + 0x1020, 0x1122_3344_5566_7788L, 3, true, false, GenericLoader.NO_HART))
                .withLoader(new GenericLoader(null, RAM + 0x2000, 0, 0, false, false, 0));
        compare(config, 2, List.of(RAM + 0x1000), "-smp", "2", "-bios", "none", "-device", "loader,file=" + elf,
                "-device", "loader,addr=0x80001000,data=0x1122334455667788,data-len=4",
                "-device", "loader,addr=0x80001010,data=0x1122334455667788,data-len=8,data-be=on",
                "-device", "loader,addr=0x80001020,data=0x1122334455667788,data-len=3,data-be=on",
                "-device", "loader,addr=0x80002000,cpu-num=0");
    }

    @Test
    public void whatQemuRefusesIsRefused() {
        Path f = Path.of("os.bin");
        assertRefused("file= cannot be given with data=: load a file or write a value", () -> new GenericLoader(f, RAM, 5, 4, false, false, -1));
        assertRefused("force-raw= cannot be given with data=: it is for a file", () -> new GenericLoader(null, RAM, 5, 4, false, true, -1));
        assertRefused("data= needs data-len=N (1 to 8 bytes)", () -> new GenericLoader(null, RAM, 5, 0, false, false, -1));
        assertRefused("data-len=9 is not 1 to 8 bytes", () -> new GenericLoader(null, RAM, 5, 9, false, false, -1));
        assertRefused("addr=0x80000000 alone sets a start address: give cpu-num=N, the hart that starts there",
                () -> new GenericLoader(null, RAM, 0, 0, false, false, -1));
        assertRefused("give file=IMAGE[,addr=ADDRESS], or addr=ADDRESS,data=VALUE,data-len=N, or addr=ADDRESS,cpu-num=N",
                () -> new GenericLoader(null, 0, 0, 0, false, false, -1));
        assertRefused("loader addr=0x80000000,cpu-num=3: there is no hart 3 (the board has 2)",
                () -> machine(2).withLoader(new GenericLoader(null, RAM, 0, 0, false, false, 3)));
    }

    private static void assertRefused(String message, Runnable make) {
        try {
            make.run();
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
            return;
        }
        throw new AssertionError("accepted: " + message);
    }

    // ---- comparison

    private static final Pattern DUMP_LINE = Pattern.compile("^([0-9a-f]{16}): 0x([0-9a-f]{16}) 0x([0-9a-f]{16})",
            Pattern.MULTILINE);
    private static final Pattern PC = Pattern.compile("^ pc +([0-9a-f]{16})", Pattern.MULTILINE);

    /** The words at {@code places}, the harts' pcs and the reset ROM agree with a stopped QEMU's. */
    private void compare(VirtBoardConfig config, int harts, List<Long> places, String... qemuOptions) throws Exception {
        StringBuilder commands = new StringBuilder("xp /6gx 0x1000\n");
        for (long place : places) {
            commands.append(String.format("xp /%dgx 0x%x\n", WORDS, place));
        }
        for (int hart = 0; hart < harts; hart++) {
            commands.append("cpu ").append(hart).append("\ninfo registers\n");
        }
        String output = qemuMonitor(commands.append("quit\n").toString(), qemuOptions);
        Matcher dump = DUMP_LINE.matcher(output);
        Matcher pc = PC.matcher(output);
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            List<Long> all = new ArrayList<>(List.of(VirtMemoryMap.MROM_BASE, VirtMemoryMap.MROM_BASE + 16,
                    VirtMemoryMap.MROM_BASE + 32));
            for (long place : places) {
                for (int w = 0; w < WORDS; w += 2) {
                    all.add(place + 8L * w);
                }
            }
            for (long at : all) {
                assertTrue("QEMU's monitor printed no dump at 0x" + Long.toHexString(at) + ":\n" + output, dump.find());
                assertEquals(Long.toHexString(at), dump.group(1).replaceFirst("^0+(?=.)", ""));
                for (int w = 0; w < 2; w++) {
                    assertEquals(String.format("word at 0x%x", at + 8 * w), dump.group(2 + w),
                            String.format("%016x", board.machine().bus().load(at + 8 * w, 8)));
                }
            }
            for (int hart = 0; hart < harts; hart++) {
                assertTrue("QEMU's monitor printed no pc of hart " + hart + ":\n" + output, pc.find());
                assertEquals("pc of hart " + hart, pc.group(1), String.format("%016x", board.machine().pc(hart)));
            }
        }
    }

    private static String qemuMonitor(String commands, String... options) throws Exception {
        Path qemu = GuestTools.tool("qemu-system-riscv64", "qemu-system-misc");
        List<String> command = new ArrayList<>(List.of(qemu.toString(), "-M", "virt", "-S", "-monitor", "stdio",
                "-serial", "none", "-display", "none", "-nic", "none"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(commands.getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        assertTrue("QEMU did not quit within 30 s", process.waitFor(30, TimeUnit.SECONDS));
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
}
