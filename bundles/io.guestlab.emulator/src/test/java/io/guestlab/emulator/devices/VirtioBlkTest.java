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
        attach(mode, BlockSettings.DEFAULT.withSerial("guestlab-disk0"));
    }

    private void attach(DiskMode mode, BlockSettings settings) throws IOException {
        disk = DiskImage.open(imageFile, mode);
        VirtioMmio transport = new VirtioMmio("virtio0", new VirtioBlk(disk, settings), memory, irq, false);
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
        VirtioBlk blk = new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("x"));
        assertEquals(SECTORS, blk.readConfig(VirtioBlk.CONFIG_CAPACITY, 8));
        assertEquals(SECTORS, blk.readConfig(VirtioBlk.CONFIG_CAPACITY, 4));
        assertEquals(VirtioBlk.SEG_MAX, blk.readConfig(VirtioBlk.CONFIG_SEG_MAX, 4));
        assertEquals(512, blk.readConfig(VirtioBlk.CONFIG_BLK_SIZE, 4));
        assertEquals(0, blk.readConfig(0x100, 4));
        assertEquals(0, blk.features(0) & VirtioBlk.F_RO);
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
        assertTrue((new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("ro")).features(0) & VirtioBlk.F_RO) != 0);
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_OUT, 0, 512, false, 1));
        disk.close();
        assertArrayEquals(original, Files.readAllBytes(imageFile));
    }

    @Test
    public void accessBeyondTheEndOrOfPartialSectorsIsAnIoError() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        // the used length is all writable bytes whatever the outcome, as in QEMU
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, SECTORS - 1, 1024, true, 1025));
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, 0, 100, true, 101));
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_IN, -1L, 512, true, 513));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, SECTORS - 1, 512, true, 513));
    }

    @Test
    public void unknownAndScsiRequestTypesAreUnsupported() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(VirtioBlk.S_UNSUPP, request(6, 0, 0, false, 1));
        assertEquals("too short for a SCSI command", VirtioBlk.S_IOERR, request(VirtioBlk.T_SCSI_CMD, 0, 96, true, 97));
        assertEquals(VirtioBlk.S_IOERR, request(VirtioBlk.T_SCSI_CMD | VirtioBlk.T_OUT, 0, 0, false, 1));

        // command block out; sense, SCSI header (errors, data_len, sense_len, residual) and status in
        memory.writeLong(HEADER, 4, VirtioBlk.T_SCSI_CMD);
        long scsiHeader = DATA + 0x100;
        memory.writeLong(scsiHeader, 8, 0);
        memory.writeLong(scsiHeader + 8, 8, -1L);
        int head = driver.post(0, new Buffer(HEADER, 16, false), new Buffer(DATA, 16, false),
                new Buffer(DATA + 0x200, 96, true), new Buffer(scsiHeader, 16, true), new Buffer(STATUS, 1, true));
        driver.notify(0);
        assertEquals(List.of(new Used(head, 113)), driver.takeUsed(0));
        assertEquals(VirtioBlk.S_UNSUPP, memory.readLong(STATUS, 1));
        assertEquals("errors, as QEMU sets it", 255, memory.readLong(scsiHeader, 4));
        assertEquals("the rest untouched", -1L, memory.readLong(scsiHeader + 8, 8));
    }

    @Test
    public void legacyBitsAreMaskedForDispatchAsQemuDoes() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals("FLUSH_OUT is a flush", VirtioBlk.S_OK, request(VirtioBlk.T_FLUSH | VirtioBlk.T_OUT, 0, 0, false, 1));
        assertEquals("a barrier read is a read", VirtioBlk.S_OK,
                request(VirtioBlk.T_IN | VirtioBlk.T_BARRIER, 1, 512, true, 513));
        assertArrayEquals(Arrays.copyOfRange(original, 512, 1024), guestData(512));
    }

    @Test
    public void getIdWritesTheSerialAndItsNulOnly() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        Arrays.fill(memory.bytes, (int) (DATA - RAM), (int) (DATA - RAM) + 20, (byte) 0xEE);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_GET_ID, 0, 20, true, 21));
        byte[] expected = new byte[20];
        Arrays.fill(expected, (byte) 0xEE);
        byte[] serial = "guestlab-disk0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(serial, 0, expected, 0, serial.length);
        expected[serial.length] = 0;
        assertArrayEquals("QEMU leaves the bytes after the NUL alone", expected, guestData(20));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_GET_ID, 0, 4, true, 5));
        assertArrayEquals(Arrays.copyOf(serial, 4), guestData(4));
    }

    /** Puts a discard / write-zeroes segment in the data buffer and issues the request. */
    private int segmentRequest(int type, long sector, long count, int flags) {
        memory.writeLong(DATA, 8, sector);
        memory.writeLong(DATA + 8, 4, count);
        memory.writeLong(DATA + 12, 4, flags);
        return request(type, 0, VirtioBlk.SEGMENT_SIZE, false, 1);
    }

    @Test
    public void discardKeepsTheDataAsQemusDefaultDiscardIgnoreDoes() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_DISCARD, 2, 3, 0));
        assertEquals(0, disk.overlaySectors());
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 2, 1536, true, 1537));
        assertArrayEquals(Arrays.copyOfRange(original, 1024, 2560), guestData(1536));
    }

    @Test
    public void discardUnmapZeroesTheDiscardedSectorsInTheOverlayOnly() throws IOException {
        attach(DiskMode.COPY_ON_WRITE, BlockSettings.DEFAULT.withDiscard(BlockSettings.Discard.UNMAP));
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_DISCARD, 3, 1, 0));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 2, 1536, true, 1537));
        byte[] expected = Arrays.copyOfRange(original, 1024, 2560);
        Arrays.fill(expected, 512, 1024, (byte) 0);
        assertArrayEquals(expected, guestData(1536));
        disk.close();
        assertArrayEquals(original, Files.readAllBytes(imageFile));
    }

    /** 64 KiB clusters are 128 sectors: of a 64-sector disk only a discard from sector 0 to the end unmaps. */
    @Test
    public void discardUnmapUnderQemusSnapshotZeroesWholeClustersOnly() throws IOException {
        attach(DiskMode.COPY_ON_WRITE, BlockSettings.DEFAULT.withDiscard(BlockSettings.Discard.UNMAP_CLUSTERS));
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_DISCARD, 1, SECTORS - 1, 0));
        assertEquals("a partial cluster keeps its data", 0, disk.overlaySectors());
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_DISCARD, 0, SECTORS - 1, 0));
        assertEquals("a cluster not reaching the end keeps its data", 0, disk.overlaySectors());
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_DISCARD, 0, SECTORS, 0));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 0, 1024, true, 1025));
        assertArrayEquals(new byte[1024], guestData(1024));
        assertEquals(SECTORS, disk.overlaySectors());
    }

    @Test
    public void discardUnmapOnAReadOnlyDiskIsAnIoErrorEvenOfNothing() throws IOException {
        attach(DiskMode.READ_ONLY, BlockSettings.DEFAULT.withDiscard(BlockSettings.Discard.UNMAP));
        assertEquals(VirtioBlk.S_IOERR, segmentRequest(VirtioBlk.T_DISCARD, 0, 0, 0));
    }

    @Test
    public void aWriteThroughDriveStartsWithItsWriteCacheOffAndNoSerialAnswersANulAlone() throws IOException {
        attach(DiskMode.COPY_ON_WRITE, BlockSettings.DEFAULT.withWriteCache(false));
        assertEquals(0, new VirtioBlk(disk, BlockSettings.DEFAULT.withWriteCache(false)).readConfig(VirtioBlk.CONFIG_WRITEBACK, 1));
        assertEquals(1, new VirtioBlk(disk, BlockSettings.DEFAULT).readConfig(VirtioBlk.CONFIG_WRITEBACK, 1));
        Arrays.fill(memory.bytes, (int) (DATA - RAM), (int) (DATA - RAM) + 20, (byte) 0xEE);
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_GET_ID, 0, 20, true, 21));
        byte[] expected = new byte[20];
        Arrays.fill(expected, 1, 20, (byte) 0xEE);
        assertArrayEquals(expected, guestData(20));
    }

    @Test
    public void writeZeroesZeroesTheOverlayNotTheFile() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_WRITE_ZEROES, 3, 2, VirtioBlk.WRITE_ZEROES_FLAG_UNMAP));
        assertEquals(VirtioBlk.S_OK, request(VirtioBlk.T_IN, 2, 2048, true, 2049));
        byte[] expected = Arrays.copyOfRange(original, 1024, 3072);
        Arrays.fill(expected, 512, 1536, (byte) 0);
        assertArrayEquals(expected, guestData(2048));
        assertEquals(2, disk.overlaySectors());
        disk.close();
        assertArrayEquals(original, Files.readAllBytes(imageFile));
    }

    @Test
    public void writeZeroesReachesAPersistentFileAndIsRefusedReadOnly() throws IOException {
        attach(DiskMode.PERSISTENT);
        assertEquals(VirtioBlk.S_OK, segmentRequest(VirtioBlk.T_WRITE_ZEROES, SECTORS - 1, 1, 0));
        disk.close();
        byte[] expected = original.clone();
        Arrays.fill(expected, (SECTORS - 1) * 512, SECTORS * 512, (byte) 0);
        assertArrayEquals(expected, Files.readAllBytes(imageFile));

        attach(DiskMode.READ_ONLY);
        assertEquals(VirtioBlk.S_IOERR, segmentRequest(VirtioBlk.T_WRITE_ZEROES, 0, 1, 0));
    }

    @Test
    public void discardAndWriteZeroesAreCheckedAsQemuChecksThem() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        assertEquals("unmap on a discard", VirtioBlk.S_UNSUPP,
                segmentRequest(VirtioBlk.T_DISCARD, 0, 1, VirtioBlk.WRITE_ZEROES_FLAG_UNMAP));
        assertEquals("unknown flag", VirtioBlk.S_UNSUPP, segmentRequest(VirtioBlk.T_WRITE_ZEROES, 0, 1, 2));
        assertEquals("beyond the end", VirtioBlk.S_IOERR, segmentRequest(VirtioBlk.T_WRITE_ZEROES, SECTORS - 1, 2, 0));
        assertEquals("more than max_write_zeroes_sectors", VirtioBlk.S_IOERR,
                segmentRequest(VirtioBlk.T_DISCARD, 0, VirtioBlk.MAX_DISCARD_SECTORS + 1L, 0));
        assertEquals("size is checked before the flags", VirtioBlk.S_IOERR,
                segmentRequest(VirtioBlk.T_DISCARD, SECTORS, 1, 4));
        assertEquals(0, disk.overlaySectors());
        driver.post(0, new Buffer(HEADER, 16, false), new Buffer(STATUS, 1, true));
        memory.writeLong(HEADER, 4, VirtioBlk.T_DISCARD);
        driver.notify(0);
        assertTrue("a discard without its segment is a driver bug",
                (driver.reg(VirtioMmio.STATUS) & VirtioMmio.STATUS_DEVICE_NEEDS_RESET) != 0);
    }

    @Test
    public void writebackIsOnUntilTheDriverTurnsItOffOrCannotFlush() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        int writeback = VirtioMmio.CONFIG + VirtioBlk.CONFIG_WRITEBACK;
        assertEquals("FLUSH accepted, no CONFIG_WCE: write back", 1, driver.transport().read(writeback, 1));
        driver.transport().write(writeback, 1, 0);
        assertEquals(0, driver.transport().read(writeback, 1));
        driver.transport().write(VirtioMmio.CONFIG + VirtioBlk.CONFIG_WRITEBACK, 4, 0x0001_0001); // with num_queues
        assertEquals(1, driver.transport().read(writeback, 1));
        assertEquals("num_queues is read-only", 1, driver.transport().read(VirtioMmio.CONFIG + VirtioBlk.CONFIG_NUM_QUEUES, 2));

        driver.initialise(VirtioMmio.F_VERSION_1, 1);
        assertEquals("a driver that can neither flush nor switch the cache writes through", 0,
                driver.transport().read(writeback, 1));
        driver.transport().write(writeback, 1, 1);
        driver.initialise(VirtioMmio.F_VERSION_1 | VirtioBlk.F_CONFIG_WCE, 1);
        assertEquals("with CONFIG_WCE the driver's choice stands", 1, driver.transport().read(writeback, 1));
        assertEquals("writing through, writes still work", VirtioBlk.S_OK, request(VirtioBlk.T_OUT, 0, 512, false, 1));
    }

    @Test
    public void legacyDeviceOffersScsiAndWithdrawsAnyLayout() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        VirtioBlk blk = new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("x"));
        long legacy = blk.features(VirtioMmio.F_ANY_LAYOUT | VirtioMmio.F_INDIRECT_DESC);
        assertEquals(VirtioBlk.F_SCSI, legacy & VirtioBlk.F_SCSI);
        assertEquals(0, legacy & VirtioMmio.F_ANY_LAYOUT);
        assertEquals(0, blk.features(VirtioMmio.F_VERSION_1) & VirtioBlk.F_SCSI);
    }

    @Test
    public void configurationSpaceHoldsGeometryTopologyAndLimits() throws IOException {
        attach(DiskMode.COPY_ON_WRITE);
        VirtioBlk blk = new VirtioBlk(disk, BlockSettings.DEFAULT.withSerial("x"));
        assertEquals(0, blk.readConfig(VirtioBlk.CONFIG_SIZE_MAX, 4));
        assertEquals("64 sectors: the 2-cylinder minimum", 2, blk.readConfig(VirtioBlk.CONFIG_CYLINDERS, 2));
        assertEquals(16, blk.readConfig(VirtioBlk.CONFIG_HEADS, 1));
        assertEquals(63, blk.readConfig(VirtioBlk.CONFIG_SECTORS, 1));
        assertEquals(0, blk.readConfig(VirtioBlk.CONFIG_TOPOLOGY, 8));
        assertEquals(VirtioBlk.MAX_DISCARD_SECTORS, blk.readConfig(VirtioBlk.CONFIG_MAX_WRITE_ZEROES_SECTORS, 4));
        assertEquals(1, blk.readConfig(VirtioBlk.CONFIG_WRITE_ZEROES_MAY_UNMAP, 1));
        assertEquals(0x39, blk.configSize());
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
