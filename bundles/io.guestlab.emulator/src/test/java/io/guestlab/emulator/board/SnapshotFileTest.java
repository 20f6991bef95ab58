package io.guestlab.emulator.board;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.devices.BlockSettings;
import io.guestlab.emulator.devices.DiskMode;
import io.guestlab.emulator.snapshot.DiskOverlay;
import io.guestlab.emulator.snapshot.RamImage;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The snapshot file format: a full round trip, the size of a mostly-zero RAM, and a clear
 * {@link SnapshotException} for every kind of damaged or hostile file (corrupted anywhere,
 * truncated anywhere, another version, values out of range, random mutations).
 */
public class SnapshotFileTest {

    private static final int PAGE = RamImage.PAGE_SIZE;
    private static final long MIB = 1L << 20;
    /** A RAM base no other field of the test snapshots holds, to find the RAM section in a file. */
    private static final long RAM_BASE = 0x0123_4567_89AB_C000L;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private Path path(String name) {
        return folder.getRoot().toPath().resolve(name);
    }

    // ---------------------------------------------------------------- round trip

    @Test
    public void roundTripKeepsEveryPart() throws Exception {
        VirtBoardConfig config = new VirtBoardConfig(3, 64 * MIB, Path.of("/fw/fw_jump.bin"), Path.of("kernels/Image"),
                Path.of("/boot/initrd élan.cpio"), "console=ttyS0 root=/dev/vda rw",
                List.of(new Drive(Path.of("/disks/root.img"), DiskMode.PERSISTENT),
                        new Drive(Path.of("data.img"), DiskMode.READ_ONLY, 0),
                        new Drive(Path.of("/disks/scratch.img"), DiskMode.COPY_ON_WRITE, null, new BlockSettings(
                                "GL-serial é", BlockSettings.Discard.UNMAP_CLUSTERS, false))),
                true, true, new Semihosting(true, Path.of("/srv/semihosting")), 0x5eedL, 3, Path.of("boards/virt.dtb"));
        byte[] state = new StateWriter().section("hart0").putLong("pc", 0x8020_0000L).putBytes("regs", new byte[256])
                .putString("name", "hart zero").toByteArray();

        int pageCount = (int) (64 * MIB / PAGE);
        byte[][] pages = new byte[pageCount][];
        pages[0] = randomPage(1);
        pages[1] = new byte[PAGE]; // allocated but all zero
        pages[7] = patternPage(0x13);
        pages[8000] = randomPage(2);
        pages[pageCount - 1] = patternPage(0x5a);
        byte[] lastByteOnly = new byte[PAGE];
        lastByteOnly[PAGE - 1] = 1;
        pages[9000] = lastByteOnly;
        RamImage ram = new RamImage(0x8000_0000L, pages);

        Map<Long, byte[]> sectors = new HashMap<>();
        sectors.put(0L, randomBytes(512, 3));
        sectors.put(5L, new byte[512]); // a written zero sector differs from the base image: kept
        sectors.put(2047L, randomBytes(512, 4));
        List<DiskOverlay> disks = List.of(new DiskOverlay(Path.of("/disks/root.img"), 1 * MIB, 1_700_000_000_123L, sectors),
                new DiskOverlay(Path.of("data.img"), 512, -5L, Map.of()),
                new DiskOverlay(Path.of("/disks/scratch.img"), 0, 0L, Map.of()));

        Path file = path("machine.snapshot");
        SnapshotFile.save(new BoardSnapshot(config, state, ram, disks), file);
        BoardSnapshot back = SnapshotFile.load(file);

        assertEquals(config, back.config());
        assertArrayEquals(state, back.state());
        assertEquals(ram.base(), back.ram().base());
        assertEquals(pageCount, back.ram().pageCount());
        for (int i = 0; i < pageCount; i++) {
            byte[] expected = pages[i] == null || isZero(pages[i]) ? null : pages[i];
            if (expected == null) {
                assertNull("page " + i, back.ram().page(i));
            } else {
                assertArrayEquals("page " + i, expected, back.ram().page(i));
            }
        }
        assertEquals(disks.size(), back.disks().size());
        for (int d = 0; d < disks.size(); d++) {
            DiskOverlay want = disks.get(d);
            DiskOverlay got = back.disks().get(d);
            assertEquals(want.file(), got.file());
            assertEquals(want.sizeBytes(), got.sizeBytes());
            assertEquals(want.lastModified(), got.lastModified());
            assertEquals(want.sectors().keySet(), got.sectors().keySet());
            for (Long s : want.sectors().keySet()) {
                assertArrayEquals("disk " + d + " sector " + s, want.sectors().get(s), got.sectors().get(s));
            }
        }
    }

    @Test
    public void roundTripOfDefaultsAndEmptyRam() throws Exception {
        BoardSnapshot empty = new BoardSnapshot(VirtBoardConfig.defaults(), new byte[0], new RamImage(0, new byte[0][]), List.of());
        Path file = path("empty.snapshot");
        SnapshotFile.save(empty, file);
        BoardSnapshot back = SnapshotFile.load(file);
        assertEquals(VirtBoardConfig.defaults(), back.config());
        assertEquals(0, back.state().length);
        assertEquals(0, back.ram().pageCount());
        assertTrue(back.disks().isEmpty());
    }

    @Test
    public void roundTripKeepsGenericLoaders() throws Exception {
        VirtBoardConfig config = VirtBoardConfig.defaults().withHarts(2)
                .withLoader(new GenericLoader(Path.of("/os/os.bin"), 0x8020_0000L, 0, 0, false, true, 1))
                .withLoader(new GenericLoader(null, 0x8000_1000L, 0x1122_3344_5566_7788L, 3, true, false, GenericLoader.NO_HART))
                .withLoader(new GenericLoader(Path.of("kernel.elf"), 0, 0, 0, false, false, GenericLoader.NO_HART));
        Path file = path("loaders.snapshot");
        SnapshotFile.save(new BoardSnapshot(config, new byte[0], new RamImage(0x8000_0000L, new byte[16][]), List.of()), file);
        assertEquals(config.loaders(), SnapshotFile.load(file).config().loaders());
    }

    @Test
    public void roundTripOfThreeGibibytesOfRam() throws Exception {
        long size = 3L << 30;
        VirtBoardConfig config = VirtBoardConfig.defaults().withMemory(size);
        int pageCount = (int) (size / PAGE);
        byte[][] pages = new byte[pageCount][];
        pages[pageCount / 3 * 2 + 1] = randomPage(5); // just above 2 GiB
        pages[pageCount - 1] = patternPage(0x77);
        Path file = path("large.snapshot");
        SnapshotFile.save(new BoardSnapshot(config, new byte[0], new RamImage(0x8000_0000L, pages), List.of()), file);
        BoardSnapshot back = SnapshotFile.load(file);
        assertEquals(size, back.config().memoryBytes());
        assertEquals(pageCount, back.ram().pageCount());
        assertEquals(2, back.ram().residentPages());
        assertArrayEquals(pages[pageCount / 3 * 2 + 1], back.ram().page(pageCount / 3 * 2 + 1));
        assertArrayEquals(pages[pageCount - 1], back.ram().page(pageCount - 1));
    }

    @Test
    public void savingAgainReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path file = path("again.snapshot");
        SnapshotFile.save(small(1), file);
        BoardSnapshot second = small(2);
        SnapshotFile.save(new BoardSnapshot(second.config(), new byte[] {9, 9}, second.ram(), second.disks()), file);
        assertArrayEquals(new byte[] {9, 9}, SnapshotFile.load(file).state());
        assertEquals(List.of(file), listFolder());
    }

    @Test
    public void mostlyZeroRamMakesASmallFile() throws Exception {
        // 256 MiB of RAM, every page allocated, 101 of them random (incompressible), the rest zero
        // (one shared zero array: what the file sees is the same as 65435 separate ones)
        int pageCount = (int) (256 * MIB / PAGE);
        byte[][] pages = new byte[pageCount][];
        byte[] zero = new byte[PAGE];
        for (int i = 0; i < pageCount; i++) {
            pages[i] = i % 655 == 0 ? randomPage(i) : zero;
        }
        int nonZero = (pageCount + 654) / 655;
        Path file = path("sparse.snapshot");
        SnapshotFile.save(new BoardSnapshot(VirtBoardConfig.defaults().withMemory(256 * MIB), new byte[16],
                new RamImage(0x8000_0000L, pages), List.of()), file);
        long size = Files.size(file);
        long payload = (long) nonZero * PAGE;
        assertTrue("file of " + size + " bytes for " + payload + " bytes of non-zero pages",
                size >= payload && size < payload + nonZero * 32L + 1024);
        assertEquals(nonZero, SnapshotFile.load(file).ram().residentPages());
    }

    @Test
    public void describeSummarisesTheConfiguration() throws Exception {
        Path file = path("described.snapshot");
        SnapshotFile.save(small(1), file);
        assertEquals("Guestlab snapshot (format " + SnapshotFile.VERSION + "): 2 harts, 2 MiB, bios none, kernel kernel.elf, 1 drive",
                SnapshotFile.describe(file));
    }

    // ---------------------------------------------------------------- refused files

    @Test
    public void aByteFlippedAnywhereIsRefused() throws Exception {
        Path good = path("good.snapshot");
        SnapshotFile.save(small(3), good);
        byte[] bytes = Files.readAllBytes(good);
        Path bad = path("flipped.snapshot");
        for (int at = 0; at < bytes.length; at = nextPosition(at, bytes.length)) {
            byte[] copy = bytes.clone();
            copy[at] ^= (byte) (1 << (at % 8));
            Files.write(bad, copy);
            String expected;
            if (at < 8) {
                expected = "not a Guestlab snapshot: " + bad;
            } else if (at < 12) {
                expected = bad + " is a snapshot of format version " + Integer.toUnsignedString(ByteBuffer.wrap(copy).getInt(8))
                        + "; this Guestlab reads version " + SnapshotFile.VERSION;
            } else if (at >= bytes.length - 40 && at < bytes.length - 32) {
                expected = bad + " is truncated"; // the end marker is gone
            } else {
                expected = bad + " is corrupted (checksum mismatch)";
            }
            assertEquals("byte " + at + " of " + bytes.length, expected, refusal(bad));
        }
    }

    @Test
    public void aFileTruncatedAnywhereIsRefused() throws Exception {
        Path good = path("good.snapshot");
        SnapshotFile.save(small(4), good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = path("cut.snapshot");
        Files.write(cut, new byte[0]);
        assertEquals("not a Guestlab snapshot: " + cut, refusal(cut));
        for (int length = 1; length < bytes.length; length = nextPosition(length, bytes.length)) {
            Files.write(cut, Arrays.copyOf(bytes, length));
            assertEquals("length " + length, cut + " is truncated", refusal(cut));
        }
    }

    @Test
    public void anotherFormatVersionIsNamed() throws Exception {
        Path file = path("future.snapshot");
        SnapshotFile.save(small(5), file);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(8, 1);
        Files.write(file, bytes);
        assertEquals(file + " is a snapshot of format version 1; this Guestlab reads version " + SnapshotFile.VERSION, refusal(file));
    }

    @Test
    public void otherFilesAreNotSnapshots() throws Exception {
        Path text = path("notes.txt");
        Files.writeString(text, "these are not the bytes you are looking for\n".repeat(10));
        assertEquals("not a Guestlab snapshot: " + text, refusal(text));
        Path missing = path("missing.snapshot");
        assertEquals("snapshot " + missing + " does not exist", refusal(missing));
        assertEquals("snapshot " + folder.getRoot().toPath() + " is not a file", refusal(folder.getRoot().toPath()));
    }

    /** Files with a valid checksum but values no saved snapshot has: a bug or a crafted file. */
    @Test
    public void valuesOutOfRangeAreRefusedEvenWithAValidChecksum() throws Exception {
        Path good = path("good.snapshot");
        SnapshotFile.save(small(6), good);
        byte[] bytes = Files.readAllBytes(good);
        int ram = indexOf(bytes, RAM_BASE);
        int count = ram + 8;
        int firstIndex = count + 4;
        int firstLength = firstIndex + 4;
        int firstData = firstLength + 4;
        int length = ByteBuffer.wrap(bytes).getInt(firstLength);

        assertInvalid(patchInt(bytes, 12, 99), "the virt board has 1 to 8 harts, not 99");
        assertInvalid(patchInt(bytes, count, -1), "RAM page count 4294967295 is more than "
                + io.guestlab.emulator.MachineConfig.MAX_RAM_SIZE / PAGE);
        assertInvalid(patchInt(bytes, firstIndex, 600), "RAM page index 600 is out of range (the image has 512 pages)");
        assertInvalid(patchInt(bytes, firstLength, 0x7fff_ffff), "RAM page 0 has compressed length 2147483647, not 1 to 4352");
        assertInvalid(patchInt(bytes, firstLength, -4), "RAM page 0 has compressed length 4294967292, not 1 to 4352");
        byte[] garbage = bytes.clone();
        Arrays.fill(garbage, firstData, firstData + length, (byte) 0xff);
        assertInvalid(garbage, "RAM page 0 does not inflate");

        // page 0's record replaced by one whose data inflates to 4095 bytes, then by a copy of page 0 twice
        byte[] shortPage = deflate(new byte[PAGE - 1]);
        byte[] record = ByteBuffer.allocate(8 + shortPage.length).putInt(0).putInt(shortPage.length).put(shortPage).array();
        assertInvalid(splice(bytes, firstIndex, firstData + length, record), "RAM page 0 does not inflate to exactly 4096 bytes");
        byte[] page0 = Arrays.copyOfRange(bytes, firstIndex, firstData + length);
        assertInvalid(splice(bytes, firstIndex, firstIndex, page0), "RAM page 0 comes after page 0");

        int disk = indexOf(bytes, 4096L /* size of the test disk */) + 16;
        assertInvalid(patchLong(bytes, disk, 8), "disk 0 sector 8 is out of range (the disk has 8 sectors)");
        assertInvalid(patchLong(bytes, disk, -7), "disk 0 sector 18446744073709551609 is out of range (the disk has 8 sectors)");
        assertInvalid(patchByte(bytes, 24 /* after magic, version, harts, memory */, 2), "bios path present flag is 2, not 0 or 1");
        assertInvalid(splice(bytes, bytes.length - 40, bytes.length - 40, new byte[3]), "3 unexpected bytes after the last disk");
    }

    @Test
    public void randomMutationsAreRefusedWithASnapshotException() throws Exception {
        Path good = path("good.snapshot");
        SnapshotFile.save(small(7), good);
        byte[] bytes = Files.readAllBytes(good);
        Path bad = path("mutated.snapshot");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        long end = System.nanoTime() + 2_000_000_000L;
        int rounds = 0;
        while (System.nanoTime() < end) {
            byte[] mutated = mutate(bytes, random);
            boolean resealed = random.nextBoolean() && mutated.length > 32;
            if (resealed) {
                mutated = reseal(mutated); // a valid checksum makes the parser meet the damage itself
            }
            Files.write(bad, mutated);
            try {
                SnapshotFile.load(bad);
                if (!resealed && !Arrays.equals(mutated, bytes)) {
                    fail("seed " + seed + " round " + rounds + ": a damaged file was accepted");
                }
            } catch (SnapshotException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(bad.toString()));
                assertTrue(e.getMessage(), !e.getMessage().contains("\n"));
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + " round " + rounds + ": " + t, t);
            }
            rounds++;
        }
        assertTrue(rounds > 100);
    }

    // ---------------------------------------------------------------- failed saves

    @Test
    public void aFailedSaveLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path file = path("kept.snapshot");
        SnapshotFile.save(small(8), file);
        byte[] before = Files.readAllBytes(file);

        // the bad page comes last, after most of the file has been written
        byte[][] pages = new byte[4096][];
        for (int i = 0; i < 4000; i++) {
            pages[i] = randomPage(i);
        }
        pages[4095] = new byte[100];
        BoardSnapshot broken = new BoardSnapshot(VirtBoardConfig.defaults(), new byte[0], new RamImage(0, pages), List.of());
        try {
            SnapshotFile.save(broken, file);
            fail("a 100-byte page was saved");
        } catch (IllegalArgumentException e) {
            assertEquals("RAM page 4095 is 100 bytes, not 4096", e.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listFolder());
    }

    @Test
    public void aFolderInTheWayFailsTheSaveAndStaysAsItWas() throws Exception {
        Path target = path("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep me");
        try {
            SnapshotFile.save(small(9), target);
            fail("saved over a folder");
        } catch (IOException expected) {
            // the JDK's message names both paths and says why
        }
        assertEquals(List.of(target), listFolder());
        assertEquals("keep me", Files.readString(target.resolve("inside.txt")));
    }

    @Test
    public void aMissingFolderFailsTheSave() throws Exception {
        try {
            SnapshotFile.save(small(10), path("no/such/folder/x.snapshot"));
            fail("saved into a missing folder");
        } catch (IOException expected) {
            assertEquals(List.of(), listFolder());
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A small snapshot (a file of about 1 KB): 512 pages of RAM at {@link #RAM_BASE}, a few non-zero, one 4 KiB disk. */
    private static BoardSnapshot small(int seed) {
        VirtBoardConfig config = new VirtBoardConfig(2, 2 * MIB, null, Path.of("/k/kernel.elf"), null, "quiet",
                List.of(new Drive(Path.of("/d/disk.img"), DiskMode.COPY_ON_WRITE)), false, false, Semihosting.OFF, null);
        byte[][] pages = new byte[512][];
        pages[0] = patternPage(seed);
        System.arraycopy(randomBytes(64, seed), 0, pages[0], 1000, 64);
        pages[3] = patternPage(seed + 1);
        pages[100] = new byte[PAGE];
        pages[511] = patternPage(seed + 2);
        Map<Long, byte[]> sectors = Map.of(1L, randomBytes(512, seed), 7L, new byte[512]);
        return new BoardSnapshot(config, new StateWriter().section("test").putInt("seed", seed).toByteArray(),
                new RamImage(RAM_BASE, pages), List.of(new DiskOverlay(Path.of("/d/disk.img"), 4096, 1234L, sectors)));
    }

    /** Every byte of the header, the first records and the trailer, every 5th byte in between. */
    private static int nextPosition(int at, int length) {
        return at < 96 || at >= length - 48 ? at + 1 : Math.min(at + 5, length - 48);
    }

    private static String refusal(Path file) {
        try {
            SnapshotFile.load(file);
        } catch (SnapshotException e) {
            assertNotNull(e.getMessage());
            return e.getMessage();
        }
        throw new AssertionError(file + " was accepted");
    }

    private void assertInvalid(byte[] resealed, String detail) throws Exception {
        Path file = path("crafted.snapshot");
        Files.write(file, reseal(resealed));
        String message = refusal(file);
        String prefix = file + " is not a valid snapshot: ";
        assertTrue(message, message.startsWith(prefix + detail));
    }

    /** {@code bytes} with its last 32 bytes replaced by the SHA-256 of the rest, as a writer would. */
    private static byte[] reseal(byte[] bytes) throws Exception {
        byte[] out = bytes.clone();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(out, 0, out.length - 32);
        System.arraycopy(sha.digest(), 0, out, out.length - 32, 32);
        return out;
    }

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        switch (random.nextInt(5)) {
            case 0 -> { // flip a few bits
                for (int i = random.nextInt(8) + 1; i > 0; i--) {
                    out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> { // a random or extreme 32-bit value somewhere past the header
                int at = 12 + random.nextInt(out.length - 16);
                int[] extremes = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, 4096, 4097, 512, random.nextInt()};
                ByteBuffer.wrap(out).putInt(at, extremes[random.nextInt(extremes.length)]);
            }
            case 2 -> out = Arrays.copyOf(out, random.nextInt(out.length)); // truncate
            case 3 -> { // delete a range
                int from = random.nextInt(out.length);
                int to = Math.min(out.length, from + 1 + random.nextInt(64));
                out = splice(out, from, to, new byte[0]);
            }
            default -> { // insert random bytes
                byte[] extra = new byte[1 + random.nextInt(64)];
                random.nextBytes(extra);
                int at = random.nextInt(out.length);
                out = splice(out, at, at, extra);
            }
        }
        return out;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, from);
        out.writeBytes(replacement);
        out.write(bytes, to, bytes.length - to);
        return out.toByteArray();
    }

    private static byte[] patchInt(byte[] bytes, int at, int value) {
        byte[] out = bytes.clone();
        ByteBuffer.wrap(out).putInt(at, value);
        return out;
    }

    private static byte[] patchLong(byte[] bytes, int at, long value) {
        byte[] out = bytes.clone();
        ByteBuffer.wrap(out).putLong(at, value);
        return out;
    }

    private static byte[] patchByte(byte[] bytes, int at, int value) {
        byte[] out = bytes.clone();
        out[at] = (byte) value;
        return out;
    }

    /** Where the big-endian {@code value} first occurs in {@code bytes}. */
    private static int indexOf(byte[] bytes, long value) {
        byte[] pattern = ByteBuffer.allocate(8).putLong(value).array();
        for (int i = 0; i + 8 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 8, pattern, 0, 8)) {
                return i;
            }
        }
        throw new AssertionError("value " + Long.toHexString(value) + " not in the file");
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(data);
        deflater.finish();
        byte[] out = new byte[data.length + 64];
        int n = deflater.deflate(out);
        deflater.end();
        return Arrays.copyOf(out, n);
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder.getRoot().toPath())) {
            return files.toList();
        }
    }

    private static byte[] randomPage(int seed) {
        return randomBytes(PAGE, seed);
    }

    private static byte[] randomBytes(int n, int seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Compressible content, like code or tables. */
    private static byte[] patternPage(int seed) {
        byte[] page = new byte[PAGE];
        for (int i = 0; i < PAGE; i++) {
            page[i] = (byte) ((i / 4) * seed + (i % 4 == 0 ? 0x13 : 0));
        }
        return page;
    }

    private static boolean isZero(byte[] page) {
        for (byte b : page) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
