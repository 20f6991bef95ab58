package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.loader.BootImageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** QEMU's -dtb: a given device tree is booted where QEMU puts its own (a1 points at it), /chosen edited as QEMU edits it. */
public class GivenDeviceTreeTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = folder.getRoot().toPath().resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private VirtBoardConfig config(Path dtb) throws Exception {
        return new VirtBoardConfig(1, 64L << 20, null, file("loop.bin", new byte[] {0x6f, 0, 0, 0}), null, "", List.of(),
                false, false, Semihosting.OFF, null).withDtb(dtb);
    }

    @Test
    public void aGivenTreeIsLoadedGrownAsQemuGrowsItAtTheEndOfRam() throws Exception {
        byte[] generated;
        try (VirtBoard board = VirtBoard.create(config(null), ByteSink.DISCARD)) {
            generated = board.deviceTree();
        }
        // Another valid tree: the generated one with one byte of its strings changed, and a tail beyond totalsize.
        byte[] other = java.util.Arrays.copyOf(generated, generated.length + 16);
        other[generated.length - 2] ^= 1;
        try (VirtBoard board = VirtBoard.create(config(file("board.dtb", other)), ByteSink.DISCARD)) {
            // QEMU's load_device_tree: the whole file, zero-filled to twice (its size + 10000); fdt_pack
            // leaves totalsize the tree's own.
            byte[] loaded = java.util.Arrays.copyOf(other, (other.length + 10_000) * 2);
            assertArrayEquals(loaded, board.deviceTree());
            long address = BootLayout.alignDown(VirtMemoryMap.DRAM_BASE + (64L << 20) - loaded.length, 2L << 20);
            assertEquals(address, board.deviceTreeAddress());
            byte[] inRam = new byte[loaded.length];
            board.machine().readPhysical(address, inRam);
            assertArrayEquals(loaded, inRam);
        }
    }

    @Test
    public void aFileThatIsNotADeviceTreeIsRefusedByName() throws Exception {
        Path junk = file("junk.dtb", new byte[64]);
        try {
            VirtBoard.create(config(junk), ByteSink.DISCARD).close();
            fail("booted junk");
        } catch (BootImageException e) {
            assertEquals("device tree " + junk + ": not a flattened device tree (no d00dfeed magic; compile a .dts with"
                    + " dtc -O dtb)", e.getMessage());
        }
    }

    @Test
    public void aCommandLineAndInitrdAreEditedIntoAGivenTreesChosenNode() throws Exception {
        byte[] generated;
        try (VirtBoard board = VirtBoard.create(config(null), ByteSink.DISCARD)) {
            generated = board.deviceTree();
        }
        Path initrd = file("initrd.img", new byte[1000]);
        VirtBoardConfig config = config(file("board.dtb", generated)).withAppend("console=ttyS0").withInitrd(initrd);
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            ParsedDeviceTree.Node chosen = new ParsedDeviceTree(board.deviceTree()).node("/chosen");
            assertEquals("console=ttyS0", chosen.string("bootargs"));
            long start = VirtMemoryMap.DRAM_BASE + (32L << 20); // kernel entry + half of 64 MiB, as QEMU
            assertEquals(List.of("linux,initrd-end", "linux,initrd-start", "bootargs", "stdout-path"),
                    List.copyOf(chosen.properties.keySet()));
            assertEquals((int) start, chosen.cell("linux,initrd-start"));
            assertEquals((int) start + 1000, chosen.cell("linux,initrd-end"));
            byte[] inRam = new byte[board.deviceTree().length];
            board.machine().readPhysical(board.deviceTreeAddress(), inRam);
            assertArrayEquals(board.deviceTree(), inRam);
        }
    }
}
