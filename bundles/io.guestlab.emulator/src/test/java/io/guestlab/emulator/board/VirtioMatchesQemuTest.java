package io.guestlab.emulator.board;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.support.GuestTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The virtio-mmio transports read the same as QEMU 7.2's for the same command line: a stopped QEMU
 * is read through its monitor ({@code xp}, which goes through the devices like a guest load) and
 * compared with loads on our bus at the same addresses and widths. Compared: every register of an
 * empty slot and of the transports with a device (identification, version, device features,
 * queue limits, shared memory, status), the register widths (1, 2 and 8 bytes), and the whole
 * configuration space of every slot byte by byte and word by word, beyond its end included: the
 * disk's capacity, limits, geometry (QEMU's guess, with and without an MBR), topology, write
 * cache, queue count, discard and write-zeroes fields. Each QEMU default so has a read that fails
 * when it drifts, for a legacy and a modern transport, a writable and a read-only disk.
 */
public class VirtioMatchesQemuTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** Register offsets a driver reads; write-only ones read as zero. */
    private static final int[] REGISTERS = {0x000, 0x004, 0x008, 0x00C, 0x010, 0x014, 0x020, 0x024, 0x028, 0x030, 0x034,
        0x038, 0x03C, 0x040, 0x044, 0x050, 0x060, 0x064, 0x070, 0x080, 0x084, 0x090, 0x094, 0x0A0, 0x0A4, 0x0AC,
        0x0B0, 0x0B4, 0x0B8, 0x0BC, 0x0FC};

    @Test
    public void legacyTransportsByDefaultWithTheDiskOnBusZero() throws Exception {
        compare(true, DiskMode.COPY_ON_WRITE, disk(new byte[0]));
    }

    @Test
    public void modernTransportsWithForceLegacyFalse() throws Exception {
        compare(false, DiskMode.COPY_ON_WRITE, disk(new byte[0]));
    }

    @Test
    public void readOnlyDiskOnALegacyTransport() throws Exception {
        compare(true, DiskMode.READ_ONLY, disk(new byte[0]));
    }

    @Test
    public void readOnlyDiskOnAModernTransport() throws Exception {
        compare(false, DiskMode.READ_ONLY, disk(new byte[0]));
    }

    /** A partition ending on head 3, sector 32: QEMU reports 4 heads of 32 sectors, not its standard 16 of 63. */
    @Test
    public void geometryIsGuessedFromAnMbrPartitionTable() throws Exception {
        byte[] mbr = new byte[512];
        mbr[0x1BE] = (byte) 0x80;
        mbr[0x1BE + 4] = (byte) 0x83;
        mbr[0x1BE + 5] = 3;
        mbr[0x1BE + 6] = 32;
        mbr[0x1BE + 8] = 0x08; // first sector 2048
        mbr[0x1BE + 12] = 100; // 100 sectors
        mbr[510] = 0x55;
        mbr[511] = (byte) 0xAA;
        compare(true, DiskMode.COPY_ON_WRITE, disk(mbr));
    }

    /** A 3 MiB raw image starting with {@code firstBytes}. */
    private Path disk(byte[] firstBytes) throws Exception {
        Path disk = folder.getRoot().toPath().resolve("fs.img");
        byte[] image = new byte[3 << 20];
        System.arraycopy(firstBytes, 0, image, 0, firstBytes.length);
        Files.write(disk, image);
        return disk;
    }

    /** The disk on bus 0 and an entropy device on the highest transport, as QEMU places them. */
    private void compare(boolean legacy, DiskMode mode, Path disk) throws Exception {
        List<String> options = new ArrayList<>();
        if (!legacy) {
            options.addAll(List.of("-global", "virtio-mmio.force-legacy=false"));
        }
        options.addAll(List.of("-drive", "file=" + disk + ",if=none,format=raw,id=d0"
                + (mode == DiskMode.READ_ONLY ? ",readonly=on" : ""),
                "-device", "virtio-blk-device,drive=d0,bus=virtio-mmio-bus.0", "-device", "virtio-rng-device"));
        compare(config(disk, mode, legacy, kernel()), options.toArray(String[]::new));
    }

    /** A raw kernel of one instruction (j .): the board needs something to boot, QEMU stays stopped. */
    private Path kernel() throws Exception {
        Path kernel = folder.getRoot().toPath().resolve("loop.bin");
        Files.write(kernel, new byte[] {0x6f, 0x00, 0x00, 0x00});
        return kernel;
    }

    private static VirtBoardConfig config(Path disk, DiskMode mode, boolean legacy, Path kernel) {
        return new VirtBoardConfig(1, 128L << 20, null, kernel, null, "",
                List.of(new Drive(disk, mode, 0)), legacy, false, Semihosting.OFF, 0L);
    }

    /** Every (address, width) to compare, in the order the monitor commands print them. */
    private static List<long[]> reads() {
        List<long[]> reads = new ArrayList<>();
        for (int slot = 0; slot < VirtMemoryMap.VIRTIO_COUNT; slot++) {
            long base = VirtMemoryMap.virtioBase(slot);
            for (int offset : REGISTERS) {
                reads.add(new long[] {base + offset, 4});
            }
            for (int width : new int[] {1, 2, 8}) {
                reads.add(new long[] {base, width});
                reads.add(new long[] {base + 0x034, width});
            }
            for (int width : new int[] {1, 2, 4, 8}) {
                reads.add(new long[] {base + 0x100, width}); // the disk's capacity; elsewhere nothing
                reads.add(new long[] {base + 0x1F0, width}); // beyond every device's configuration space
            }
            // The configuration space and a little beyond (the disk's ends at 0x39): every byte, every word.
            for (int offset = 0x100; offset < 0x140; offset++) {
                reads.add(new long[] {base + offset, 1});
                if (offset % 4 == 0) {
                    reads.add(new long[] {base + offset, 4});
                }
            }
        }
        return reads;
    }

    private void compare(VirtBoardConfig config, String... qemuOptions) throws Exception {
        List<long[]> reads = reads();
        List<Long> expected = qemu(reads, qemuOptions);
        try (VirtBoard board = VirtBoard.create(config, ByteSink.DISCARD)) {
            for (int i = 0; i < reads.size(); i++) {
                long address = reads.get(i)[0];
                int width = (int) reads.get(i)[1];
                long ours = board.machine().bus().load(address, width);
                if (width < 8) {
                    ours &= (1L << (8 * width)) - 1;
                }
                assertEquals(String.format("%d-byte read at 0x%x", width, address), Long.toHexString(expected.get(i)),
                        Long.toHexString(ours));
            }
        }
    }

    private static final Pattern VALUE = Pattern.compile("[0-9a-f]{16}: 0x([0-9a-f]+)");

    private static List<Long> qemu(List<long[]> reads, String... options) throws Exception {
        StringBuilder commands = new StringBuilder();
        for (long[] r : reads) {
            commands.append(String.format("xp /1%sx 0x%x%n", switch ((int) r[1]) {
                case 1 -> "b";
                case 2 -> "h";
                case 4 -> "w";
                default -> "g";
            }, r[0]));
        }
        commands.append("quit\n");
        Path qemu = GuestTools.tool("qemu-system-riscv64", "qemu-system-misc");
        List<String> command = new ArrayList<>(List.of(qemu.toString(), "-M", "virt", "-S", "-bios", "none",
                "-monitor", "stdio", "-serial", "none", "-display", "none", "-nic", "none"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(commands.toString().getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue("QEMU did not quit within 30 s", process.waitFor(30, TimeUnit.SECONDS));
        List<Long> values = new ArrayList<>();
        Matcher m = VALUE.matcher(output);
        while (m.find()) {
            values.add(Long.parseUnsignedLong(m.group(1), 16));
        }
        assertEquals("values QEMU's monitor printed:\n" + output, reads.size(), values.size());
        return values;
    }
}
