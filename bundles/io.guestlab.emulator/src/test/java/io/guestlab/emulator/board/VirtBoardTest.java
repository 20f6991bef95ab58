package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.StopReason;
import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.MachineStop;
import io.guestlab.emulator.loader.BootImageException;
import io.guestlab.emulator.support.Asm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The virt board's assembly: QEMU's placement of firmware, kernel, initrd and device tree, the
 * reset ROM's hand-over registers, guest exits through the test device, and one clear message
 * for each kind of bad image. Images are made here (raw bytes and synthetic ELFs).
 */
public class VirtBoardTest {

    private static final long DRAM = 0x8000_0000L;
    private static final long MIB = 1L << 20;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path file(String name, byte[] content) throws IOException {
        Path p = folder.getRoot().toPath().resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path raw(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 0x13); // addi x0, x0, 0 words: a harmless sled
        return file(name, bytes);
    }

    private Path selfLoops(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i += 4) {
            bytes[i] = 0x6f; // jal x0, 0
        }
        return file(name, bytes);
    }

    private static VirtBoardConfig config(Path bios, Path kernel, long memory) {
        return new VirtBoardConfig(1, memory, bios, kernel, null, "", List.of(), false, false, Semihosting.OFF, null);
    }

    private static VirtBoard create(VirtBoardConfig config) throws Exception {
        return VirtBoard.create(config, ByteSink.DISCARD);
    }

    private static String failure(VirtBoardConfig config) throws Exception {
        try {
            create(config).close();
        } catch (BootImageException e) {
            return e.getMessage();
        }
        fail("expected the board to refuse " + config);
        return null;
    }

    private static LoadRegion region(VirtBoard board, String prefix) {
        return board.loadedRegions().stream().filter(r -> r.what().startsWith(prefix))
                .map(r -> new LoadRegion(r.start(), r.end())).findFirst().orElseThrow();
    }

    private record LoadRegion(long start, long end) {
    }

    @Test
    public void anRngTakesTheVirtioSlotAfterTheDrives() throws Exception {
        Path disk = file("disk.img", new byte[4096]);
        VirtBoardConfig config = config(null, selfLoops("k.bin", 4096), 16 * MIB).withRng(42L)
                .withDrives(List.of(new Drive(disk, io.guestlab.emulator.devices.DiskMode.READ_ONLY)));
        try (VirtBoard board = create(config)) {
            long deviceId = 8; // virtio-mmio DeviceID register
            assertEquals("block device in the last slot", 2,
                    board.machine().bus().load(VirtMemoryMap.virtioBase(7) + deviceId, 4));
            assertEquals("entropy device next", 4, board.machine().bus().load(VirtMemoryMap.virtioBase(6) + deviceId, 4));
            assertEquals("empty below", 0, board.machine().bus().load(VirtMemoryMap.virtioBase(5) + deviceId, 4));
        }
    }

    @Test
    public void withoutFirmwareARawKernelGoesToTheStartOfDramAndRunsFromTheRom() throws Exception {
        // a kernel of "j ." words: a hart that got there spins while a later hart is stepped (steps follow the schedule)
        try (VirtBoard board = create(config(null, selfLoops("kernel.bin", 4096), 64 * MIB).withHarts(3))) {
            assertEquals(new LoadRegion(DRAM, DRAM + 4096), region(board, "kernel"));
            assertEquals(DRAM, board.startAddress());
            Machine m = board.machine();
            for (int hart = 0; hart < 3; hart++) {
                assertEquals(VirtMemoryMap.MROM_BASE, m.pc(hart));
                for (int i = 0; i < 6; i++) {
                    m.step(hart); // the six trampoline instructions
                }
                assertEquals("hart " + hart + " pc", DRAM, m.pc(hart));
                assertEquals("a0 = hart id", hart, m.register(hart, 10));
                assertEquals("a1 = device tree", board.deviceTreeAddress(), m.register(hart, 11));
                assertEquals("a2 = fw_dynamic info", VirtMemoryMap.MROM_BASE + ResetRom.FW_DYNAMIC_INFO, m.register(hart, 12));
                assertEquals("still M-mode", 3, m.privilege(hart));
            }
        }
    }

    /**
     * QEMU 7.2: an image in flash bank 0 is where the harts start (firmware or not); one in bank 1
     * is fw_dynamic's next stage, in S-mode, in place of a kernel.
     */
    @Test
    public void flashImagesChooseWhereTheHartsStartAndWhereTheFirmwareHandsOver() throws Exception {
        Path bank0 = file("code.fd", new byte[32 << 20]);
        Path bank1 = file("vars.fd", new byte[32 << 20]);
        try (VirtBoard board = create(config(raw("fw.bin", 4096), null, 64 * MIB).withFlash(0, new FlashImage(bank0, true)))) {
            assertEquals(VirtMemoryMap.FLASH_BASE, board.startAddress());
        }
        try (VirtBoard board = create(config(raw("fw.bin", 4096), null, 64 * MIB).withFlash(1, new FlashImage(bank1, false)))) {
            assertEquals("the harts enter the firmware", DRAM, board.startAddress());
            long info = VirtMemoryMap.MROM_BASE + ResetRom.FW_DYNAMIC_INFO;
            assertEquals("next_addr = flash bank 1", 0x2200_0000L, board.machine().bus().load(info + 16, 8));
            assertEquals("next_mode = S", ResetRom.NEXT_MODE_S, board.machine().bus().load(info + 24, 8));
        }
        try (VirtBoard board = create(config(null, null, 64 * MIB).withFlash(0, new FlashImage(bank0, true)))) {
            assertEquals("no firmware and no kernel: flash bank 0 is enough", VirtMemoryMap.FLASH_BASE, board.startAddress());
        }
    }

    /** What the guest programmed into flash travels with a fork (and a snapshot); the image stays as it was. */
    @Test
    public void aForkKeepsWhatTheGuestProgrammedIntoFlash() throws Exception {
        Path bank1 = file("vars.fd", new byte[32 << 20]);
        long word = VirtMemoryMap.flashBase(1) + 0x4_0000;
        try (VirtBoard board = create(config(null, selfLoops("k.bin", 4096), 16 * MIB))) {
            assertEquals("a blank bank reads as zeroes", 0, board.machine().bus().load(VirtMemoryMap.FLASH_BASE, 4));
        }
        try (VirtBoard board = create(new VirtBoardConfig(1, 16 * MIB, raw("fw.bin", 4096), null, null, "", List.of(),
                false, false, Semihosting.OFF, null, null, null).withFlash(1, new FlashImage(bank1, false)))) {
            board.machine().bus().store(word, 4, 0x40, 0); // program
            board.machine().bus().store(word, 4, 0x600dcafeL, 0);
            board.machine().bus().store(word, 4, 0xff, 0); // read array
            try (VirtBoard fork = board.fork(ByteSink.DISCARD)) {
                assertEquals(0x600dcafeL, fork.machine().bus().load(word, 4));
            }
        }
        assertArrayEquals(new byte[32 << 20], Files.readAllBytes(bank1));
    }

    @Test
    public void aRawKernelFollowsTheFirmwareAtTheNext2MiB() throws Exception {
        try (VirtBoard board = create(config(raw("fw.bin", 300_000), raw("kernel.bin", 8192), 128 * MIB))) {
            assertEquals(new LoadRegion(DRAM, DRAM + 300_000), region(board, "firmware"));
            assertEquals(new LoadRegion(DRAM + 2 * MIB, DRAM + 2 * MIB + 8192), region(board, "kernel"));
            assertEquals("the harts enter the firmware", DRAM, board.startAddress());
            long info = VirtMemoryMap.MROM_BASE + ResetRom.FW_DYNAMIC_INFO;
            assertEquals(ResetRom.FW_DYNAMIC_MAGIC, board.machine().bus().load(info, 8));
            assertEquals(ResetRom.FW_DYNAMIC_VERSION, board.machine().bus().load(info + 8, 8));
            assertEquals("next_addr = kernel", DRAM + 2 * MIB, board.machine().bus().load(info + 16, 8));
            assertEquals("next_mode = S", ResetRom.NEXT_MODE_S, board.machine().bus().load(info + 24, 8));
        }
        try (VirtBoard board = create(config(raw("big-fw.bin", (int) (2 * MIB + 1)), raw("kernel.bin", 8192), 128 * MIB))) {
            assertEquals(DRAM + 4 * MIB, region(board, "kernel").start());
        }
    }

    @Test
    public void anElfKernelIsPlacedByItsPhysicalSegmentsAndEnteredAtItsEntry() throws Exception {
        byte[] elf = new SyntheticElf(SyntheticElf.EM_RISCV, DRAM + 0x30_0010)
                .segment(DRAM + 0x30_0000, new byte[] {1, 2, 3, 4}, 0x2000).toByteArray();
        try (VirtBoard board = create(config(null, file("k.elf", elf), 64 * MIB))) {
            assertEquals(new LoadRegion(DRAM + 0x30_0000, DRAM + 0x30_2000), region(board, "kernel"));
            assertEquals(DRAM + 0x30_0010, board.startAddress());
            byte[] loaded = new byte[6];
            assertTrue(board.machine().readPhysical(DRAM + 0x30_0000, loaded));
            assertArrayEquals(new byte[] {1, 2, 3, 4, 0, 0}, loaded);
        }
    }

    @Test
    public void theInitrdGoesHalfwayIntoRamAtMost128MiBAfterTheKernelAndIsInTheDeviceTree() throws Exception {
        Path kernel = raw("kernel.bin", 4096);
        Path initrd = raw("initrd.img", 10_000);
        try (VirtBoard board = create(config(null, kernel, 128 * MIB).withInitrd(initrd).withAppend("console=ttyS0 quiet"))) {
            assertEquals(new LoadRegion(DRAM + 64 * MIB, DRAM + 64 * MIB + 10_000), region(board, "initrd"));
            ParsedDeviceTree tree = new ParsedDeviceTree(board.deviceTree());
            assertEquals("console=ttyS0 quiet", tree.node("/chosen").string("bootargs"));
            assertEquals(DRAM + 64 * MIB, u64(tree.node("/chosen").cells("linux,initrd-start")));
            assertEquals(DRAM + 64 * MIB + 10_000, u64(tree.node("/chosen").cells("linux,initrd-end")));
        }
        try (VirtBoard board = create(config(raw("fw.bin", 4096), kernel, 512 * MIB).withInitrd(initrd))) {
            assertEquals(DRAM + 2 * MIB + 128 * MIB, region(board, "initrd").start());
        }
    }

    private static long u64(int[] cells) {
        assertEquals(2, cells.length);
        return (long) cells[0] << 32 | cells[1] & 0xffff_ffffL;
    }

    @Test
    public void theDeviceTreeSitsAtTheEndOfRamRoundedDownTo2MiB() throws Exception {
        try (VirtBoard board = create(config(null, raw("kernel.bin", 4096), 128 * MIB).withHarts(2))) {
            assertEquals(DRAM + 126 * MIB, board.deviceTreeAddress());
            byte[] inRam = new byte[board.deviceTree().length];
            assertTrue(board.machine().readPhysical(board.deviceTreeAddress(), inRam));
            assertArrayEquals(board.deviceTree(), inRam);
            assertEquals(2, new ParsedDeviceTree(inRam).node("/cpus").children.stream()
                    .filter(n -> n.name.startsWith("cpu@")).count());
        }
    }

    @Test
    public void theGuestPowersOffOrFailsThroughTheTestDevice() throws Exception {
        assertEquals(new MachineStop(MachineStop.Kind.POWER_OFF, 0), runToExit(0x5555));
        assertEquals(new MachineStop(MachineStop.Kind.FAIL, 7), runToExit(7 << 16 | 0x3333));
    }

    private MachineStop runToExit(int finisherValue) throws Exception {
        StringBuilder console = new StringBuilder();
        byte[] program = new Asm()
                .li(5, VirtMemoryMap.UART0_BASE).li(6, 'G').word(Asm.sType(0x23, 0, 5, 6, 0)) // sb t1, 0(t0)
                .li(5, VirtMemoryMap.TEST_BASE).li(6, finisherValue).word(Asm.sType(0x23, 2, 5, 6, 0)) // sw t1, 0(t0)
                .spin().bytes();
        try (VirtBoard board = VirtBoard.create(config(null, file("exit.bin", program), 16 * MIB),
                b -> console.append((char) b))) {
            assertNull(board.stopRequest());
            StopEvent e = board.run(1_000_000);
            assertEquals(e.toString(), StopReason.EXIT, e.reason());
            assertEquals("G", console.toString());
            assertEquals(board.stopRequest().exitCode(), e.exitCode());
            return board.stopRequest();
        }
    }

    @Test
    public void aJumpIntoUnmappedMemoryIsAnAccessFaultForTheGuestNotAHostCrash() throws Exception {
        long handler = DRAM + 0x100;
        Asm program = new Asm()
                .li(5, handler).csrrw(0, 0x305, 5) // mtvec = handler
                .li(5, 0x5000_0000L).word(Asm.iType(0x67, 0, 0, 5, 0)); // jr t0: nothing is mapped there
        while (program.size() < 0x100) {
            program.addi(0, 0, 0);
        }
        program.csrrs(6, 0x342, 0) // t1 = mcause
                .word(Asm.iType(0x13, 1, 6, 6, 16)) // slli t1, t1, 16: the test device's exit code field
                .li(7, 0x3333).word(Asm.rType(0x33, 6, 0, 6, 6, 7)) // or t1, t1, t2: "fail"
                .li(5, VirtMemoryMap.TEST_BASE).word(Asm.sType(0x23, 2, 5, 6, 0)) // sw t1, 0(t0)
                .spin();
        try (VirtBoard board = create(config(null, file("wild-jump.bin", program.bytes()), 16 * MIB))) {
            StopEvent e = board.run(1_000_000);
            assertEquals(e.toString(), StopReason.EXIT, e.reason());
            assertEquals("mcause 1: instruction access fault", 1, e.exitCode());
        }
    }

    @Test
    public void virtualTimeStandsStillBetweenRunsAndHostTimeFollowsTheHostClock() throws Exception {
        try (VirtBoard board = create(config(null, raw("kernel.bin", 4096), 16 * MIB))) {
            long before = board.machine().time();
            Thread.sleep(20);
            assertEquals(before, board.machine().time());
        }
        try (VirtBoard board = create(config(null, raw("kernel.bin", 4096), 16 * MIB).withHostTime(true))) {
            long before = board.machine().time();
            Thread.sleep(50);
            long elapsed = board.machine().time() - before;
            assertTrue("50 ms are 500,000 ticks of the 10 MHz timebase, saw " + elapsed, elapsed >= 500_000);
        }
    }

    @Test
    public void aKernelThatDoesNotFitInRamIsRefusedNamingFileAndAddresses() throws Exception {
        Path kernel = raw("huge-kernel.bin", (int) (7 * MIB));
        String message = failure(config(raw("fw.bin", 4096), kernel, 8 * MIB));
        assertEquals("kernel " + kernel + " (0x80200000..0x80900000, 7 MiB) does not fit in RAM 0x80000000..0x80800000 (8 MiB)",
                message);
    }

    @Test
    public void overlappingImagesAreRefusedNamingBoth() throws Exception {
        Path firmware = file("fw.elf", new SyntheticElf(SyntheticElf.EM_RISCV, DRAM)
                .segment(DRAM, new byte[16], 3 * MIB).toByteArray());
        Path kernel = file("k.elf", new SyntheticElf(SyntheticElf.EM_RISCV, DRAM + 2 * MIB)
                .segment(DRAM + 2 * MIB, new byte[16], 4096).toByteArray());
        assertEquals("kernel " + kernel + " (0x80200000..0x80201000) overlaps firmware " + firmware + " (0x80000000..0x80300000)",
                failure(config(firmware, kernel, 64 * MIB)));

        Path high = file("high.elf", new SyntheticElf(SyntheticElf.EM_RISCV, DRAM + 62 * MIB)
                .segment(DRAM + 62 * MIB + 0x800, new byte[16], 4096).toByteArray());
        String message = failure(config(null, high, 64 * MIB));
        assertTrue(message, message.startsWith("device tree (0x83e00000..") && message.contains("overlaps kernel " + high));
    }

    @Test
    public void badImagesGetOneClearMessage() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("no-such-kernel.bin");
        assertEquals("kernel " + missing + ": no such file", failure(config(null, missing, 16 * MIB)));

        Path empty = file("empty.bin", new byte[0]);
        assertEquals("firmware " + empty + " is empty", failure(config(empty, null, 16 * MIB)));

        Path x86 = file("x86.elf", new SyntheticElf(SyntheticElf.EM_X86_64, DRAM).segment(DRAM, new byte[16], 16).toByteArray());
        assertEquals("kernel " + x86 + ": not a RISC-V ELF file (e_machine is 62, RISC-V is 243)",
                failure(config(null, x86, 16 * MIB)));

        byte[] whole = new SyntheticElf(SyntheticElf.EM_RISCV, DRAM).segment(DRAM, new byte[4096], 4096).toByteArray();
        Path truncated = file("truncated.elf", Arrays.copyOf(whole, 1000));
        assertEquals("kernel " + truncated + ": segment 0 lies outside the file (truncated or corrupt)",
                failure(config(null, truncated, 16 * MIB)));
    }

    @Test
    public void combinationsQemuRefusesAreRefused() {
        Path kernel = Path.of("k.bin");
        assertRefused("an initrd needs a kernel to pass it to", config(Path.of("fw.bin"), null, 16 * MIB).withInitrd(kernel));
        assertRefused("a kernel command line needs a kernel to pass it to", config(Path.of("fw.bin"), null, 16 * MIB).withAppend("x"));
        assertRefused("with no firmware there must be a kernel to run", config(null, null, 16 * MIB));
    }

    private static void assertRefused(String message, VirtBoardConfig config) {
        try {
            create(config);
            fail("expected refusal: " + message);
        } catch (IllegalArgumentException e) {
            assertEquals(message, e.getMessage());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    public void aMissingDiskImageIsReportedByName() throws Exception {
        Path disk = folder.getRoot().toPath().resolve("missing.img");
        try {
            create(config(null, raw("kernel.bin", 4096), 16 * MIB)
                    .withDrives(List.of(new Drive(disk, io.guestlab.emulator.devices.DiskMode.COPY_ON_WRITE)))).close();
            fail("a missing disk image was accepted");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(disk.toString()));
        }
    }
}
