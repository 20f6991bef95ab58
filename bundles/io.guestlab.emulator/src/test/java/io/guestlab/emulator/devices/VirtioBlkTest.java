package io.guestlab.emulator.devices;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.guestlab.emulator.devices.GuestVirtioDriver.Buffer;
import io.guestlab.emulator.devices.GuestVirtioDriver.Used;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class VirtioBlkTest {

    private static final long RAM = 0x8000_0000L;
    private static final long HEADER = RAM + 0x4000;
    private static final long DATA = RAM + 0x5000;
    private static final long STATUS = RAM + 0x9000;
    private static final int SECTORS = 64;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayMemory memory = new ByteArrayMemory(RAM, 0x10000);
    private final WireProbe irq = new WireProbe();
    private Path imageFile;
    private byte[] original;
    private DiskImage disk;
    private GuestVirtioDriver driver;

    @Before
    public void createImage() throws IOException {
        imageFile = folder.newFile("disk.img").toPath();
        original = new byte[SECTORS * 512];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) (i * 7 + i / 512);
        }
        Files.write(imageFile, original);
    }

    @After
    public void closeImage() throws IOException {
        if (disk != null) {
            disk.close();
        }
    }

    private void attach(DiskMode mode) throws IOException {
        disk = DiskImage.open(imageFile, mode);
        VirtioMmio transport = new VirtioMmio("virtio0", new VirtioBlk(disk, "guestlab-disk0"), memory, irq, false);
        driver = new GuestVirtioDriver(transport, memory);
        long features = VirtioMmio.F_VERSION_1 | VirtioBlk.F_FLUSH | VirtioBlk.F_SEG_MAX | VirtioBlk.F_BLK_SIZE;
        if (mode == DiskMode.READ_ONLY) {
            features |= VirtioBlk.F_RO;
        }
        assertTrue((driver.initialise(features, 1) & VirtioMmio.STATUS_DRIVER_OK) != 0);
    }

    /** Issues one request and returns its status byte, checking the used length. */
    private int request(int type, long sector, int dataLength, boolean dataToGuest, int expectedWritten) {
        memory.writeLong(HEADER, 4, type);
        memory.writeLong(HEADER + 4, 4, 0);
        memory.writeLong(HEADER + 8, 8, sector);
        memory.writeLong(STATUS, 1, 0xFF);
        Buffer header = new Buffer(HEADER, 16, false);
        Buffer status = new Buffer(STATUS, 1, true);
        int head = dataLength == 0
                ? driver.post(0, header, status)
                : driver.post(0, header, new Buffer(DATA, dataLength, dataToGuest), status);
        driver.notify(0);
        assertEquals(List.of(new Used(head, expectedWritten)), driver.takeUsed(0));
        driver.acknowledge(VirtioMmio.INTERRUPT_USED_BUFFER);
        return (int) memory.readLong(STATUS, 1);
    }

    private byte[] guestData(int length) {
        byte[] bytes = new byte[length];
        memory.read(DATA, bytes, 0, length);
        return bytes;
    }

    @Test
    public void configReportsCapacityAndLimits() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        VirtioBlk blk = new VirtioBlk(disk, "x");
        assertEquals(SECTORS, blk.readConfig(VirtioBlk.CONFIG_CAPACITY, 8));
        assertEquals(SECTORS, blk.readConfig(VirtioBlk.CONFIG_CAPACITY, 4));
        assertEquals(VirtioBlk.SEG_MAX, blk.readConfig(VirtioBlk.CONFIG_SEG_MAX, 4));
        assertEquals(512, blk.readConfig(VirtioBlk.CONFIG_BLK_SIZE, 4));
        assertEquals(0, blk.readConfig(0x100, 4));
        assertEquals(0, blk.features() & VirtioBlk.F_RO);
    }

    @Test
    public void driverReadsConfigurationThroughTheTransportAtAnyWidth() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(SECTORS, driver.reg(VirtioMmio.CONFIG + VirtioBlk.CONFIG_CAPACITY));
        assertEquals(0, driver.reg(VirtioMmio.CONFIG + VirtioBlk.CONFIG_CAPACITY + 4));
        // Byte-wide reads, as Linux's virtio_cread8 does.
        assertEquals(SECTORS, driver.transport().read(VirtioMmio.CONFIG + VirtioBlk.CONFIG_CAPACITY, 1));
        assertEquals(2, driver.transport().read(VirtioMmio.CONFIG + VirtioBlk.CONFIG_BLK_SIZE + 1, 1)); // 512 = 0x200
        assertEquals(SECTORS, driver.transport().read(VirtioMmio.CONFIG + VirtioBlk.CONFIG_CAPACITY, 8));
    }

    @Test
    public void readReturnsImageSectors() throws IOException {
        attach(DiskMode.READ_ONLY);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 3, 1024, true, 1025));
        assertArrayEquals(Arrays.copyOfRange(original, 3 * 512, 5 * 512), guestData(1024));
    }

    @Test
    public void copyOnWriteKeepsWritesInMemoryAndNeverTouchesTheFile() throws IOException {
        FileTime modified = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(imageFile, modified);
        attach(DiskMode.COPY_ON_WRITE);
        byte[] written = new byte[512];
        Arrays.fill(written, (byte) 0x5A);
        memory.write(DATA, written, 0, 512);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_OUT, 10, 512, false, 1));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_FLUSH, 0, 0, false, 1));

        memory.write(DATA, new byte[1536], 0, 1536);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 9, 1536, true, 1537));
        byte[] expected = Arrays.copyOfRange(original, 9 * 512, 12 * 512);
        System.arraycopy(written, 0, expected, 512, 512);
        assertArrayEquals("the guest reads back its write", expected, guestData(1536));

        assertEquals(1, disk.overlaySectors());
        disk.close();
        assertArrayEquals("the image file is unchanged", original, Files.readAllBytes(imageFile));
        assertEquals("the image file was not even touched", modified, Files.getLastModifiedTime(imageFile));
    }

    @Test
    public void persistentWritesReachTheFile() throws IOException {
        attach(DiskMode.PERSISTENT);
        byte[] written = "persisted".getBytes(StandardCharsets.US_ASCII);
        memory.write(DATA, new byte[512], 0, 512);
        memory.write(DATA, written, 0, written.length);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_OUT, 0, 512, false, 1));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_FLUSH, 0, 0, false, 1));
        disk.close();
        byte[] file = Files.readAllBytes(imageFile);
        assertArrayEquals(written, Arrays.copyOf(file, written.length));
        assertArrayEquals(Arrays.copyOfRange(original, 512, original.length), Arrays.copyOfRange(file, 512, file.length));
    }

    @Test
    public void dataScatteredOverSeveralBuffersIsGathered() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        memory.writeLong(HEADER, 4, VirtioBlk.T_IN);
        memory.writeLong(HEADER + 8, 8, 2);
        int head = driver.post(0, new Buffer(HEADER, 16, false),
                new Buffer(DATA + 0x1000, 100, true), new Buffer(DATA, 924, true), new Buffer(STATUS, 1, true));
        driver.notify(0);
        assertEquals(List.of(new Used(head, 1025)), driver.takeUsed(0));
        assertEquals(VirtioBlk.S_OK, memory.readLong(STATUS, 1));
        byte[] first = new byte[100];
        memory.read(DATA + 0x1000, first, 0, 100);
        assertArrayEquals(Arrays.copyOfRange(original, 1024, 1124), first);
        assertArrayEquals(Arrays.copyOfRange(original, 1124, 2048), guestData(924));
    }

    @Test
    public void dataBufferOutsideGuestMemorySetsDeviceNeedsReset() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        memory.writeLong(HEADER, 4, VirtioBlk.T_IN);
        driver.post(0, new Buffer(HEADER, 16, false), new Buffer(0x1000, 512, true), new Buffer(STATUS, 1, true));
        driver.notify(0);
        assertTrue((driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
    }

    @Test
    public void readOnlyDiskRefusesWritesWithIoError() throws IOException {
        attach(DiskMode.READ_ONLY);
        assertTrue((new VirtioBlk(disk, "ro").features() & VirtioBlk.F_RO) != 0);
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_OUT, 0, 512, false, 1));
        disk.close();
        assertArrayEquals(original, Files.readAllBytes(imageFile));
    }

    @Test
    public void accessBeyondTheEndOrOfPartialSectorsIsAnIoError() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, SECTORS - 1, 1024, true, 1));
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, 0, 100, true, 1));
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, -1L, 512, true, 1));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, SECTORS - 1, 512, true, 513));
    }

    @Test
    public void unknownRequestTypeIsUnsupported() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(VirtioBlk.S_UNSUPP, request(11 /* DISCARD, not offered */, 0, 0, false, 1));
    }

    @Test
    public void getIdReturnsTheSerialPaddedToTwentyBytes() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        memory.write(DATA, new byte[20], 0, 20);
        Arrays.fill(memory.bytes, (int) (DATA - RAM), (int) (DATA - RAM) + 20, (byte) 0xEE);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_GET_ID, 0, 20, true, 21));
        byte[] expected = Arrays.copyOf("guestlab-disk0".getBytes(StandardCharsets.US_ASCII), 20);
        assertArrayEquals(expected, guestData(20));
    }

    @Test
    public void requestWithoutStatusByteSetsDeviceNeedsReset() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        driver.post(0, new Buffer(HEADER, 16, false));
        driver.notify(0);
        assertTrue((driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
    }

    @Test
    public void missingOrRaggedImagesGetClearErrors() throws IOException {
        try {
            DiskImage.open(folder.getRoot().toPath().resolve("nope.img"), DiskMode.COPY_ON_WRITE);
            fail();
        } catch (NoSuchFileException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("nope.img") && e.getMessage().contains("does not exist"));
        }
        Path ragged = folder.newFile("ragged.img").toPath();
        Files.write(ragged, new byte[700]);
        try {
            DiskImage.open(ragged, DiskMode.COPY_ON_WRITE);
            fail();
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("ragged.img") && e.getMessage().contains("512"));
        }
        try {
            DiskImage.open(folder.getRoot().toPath(), DiskMode.READ_ONLY);
            fail();
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("not a regular file"));
        }
    }
}
