package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * virtio block device (virtio 1.2, 5.2) backed by a raw {@link DiskImage}. One request queue;
 * each request is a 16-byte header, data buffers and a trailing status byte (5.2.6).
 * <p>
 * It offers what QEMU 7.2's virtio-blk-device offers, with the same configuration space, so that
 * a driver negotiates the same way on both: geometry (guessed as QEMU does), topology, a
 * switchable write cache, discard and write-zeroes; on the legacy transport also the (always
 * unsupported) SCSI command requests. Requests complete synchronously.
 */
public final class VirtioBlk implements VirtioDevice {

    static final int DEVICE_ID = 2;

    // Feature bits (5.2.3; SCSI and WCE-as-FLUSH from the legacy interface, 5.2.3.1).
    static final long F_SEG_MAX = 1L << 2;
    static final long F_GEOMETRY = 1L << 4;
    static final long F_RO = 1L << 5;
    static final long F_BLK_SIZE = 1L << 6;
    static final long F_SCSI = 1L << 7;
    static final long F_FLUSH = 1L << 9;
    static final long F_TOPOLOGY = 1L << 10;
    static final long F_CONFIG_WCE = 1L << 11;
    static final long F_DISCARD = 1L << 13;
    static final long F_WRITE_ZEROES = 1L << 14;

    // Configuration layout (5.2.4).
    static final int CONFIG_CAPACITY = 0x00;
    static final int CONFIG_SIZE_MAX = 0x08;
    static final int CONFIG_SEG_MAX = 0x0C;
    static final int CONFIG_CYLINDERS = 0x10;
    static final int CONFIG_HEADS = 0x12;
    static final int CONFIG_SECTORS = 0x13;
    static final int CONFIG_BLK_SIZE = 0x14;
    static final int CONFIG_TOPOLOGY = 0x18;
    static final int CONFIG_WRITEBACK = 0x20;
    static final int CONFIG_NUM_QUEUES = 0x22;
    static final int CONFIG_MAX_DISCARD_SECTORS = 0x24;
    static final int CONFIG_MAX_DISCARD_SEG = 0x28;
    static final int CONFIG_DISCARD_SECTOR_ALIGNMENT = 0x2C;
    static final int CONFIG_MAX_WRITE_ZEROES_SECTORS = 0x30;
    static final int CONFIG_MAX_WRITE_ZEROES_SEG = 0x34;
    static final int CONFIG_WRITE_ZEROES_MAY_UNMAP = 0x38;
    /** QEMU sizes the space to end with the last field its features need: write_zeroes_may_unmap. */
    static final int CONFIG_LENGTH = 0x39;

    // Request types and status values (5.2.6).
    static final int T_IN = 0;
    static final int T_OUT = 1;
    static final int T_SCSI_CMD = 2;
    static final int T_FLUSH = 4;
    static final int T_GET_ID = 8;
    static final int T_DISCARD = 11;
    static final int T_WRITE_ZEROES = 13;
    /** Legacy barrier flag, ignored as QEMU does. */
    static final int T_BARRIER = 0x8000_0000;
    static final int S_OK = 0;
    static final int S_IOERR = 1;
    static final int S_UNSUPP = 2;
    static final int WRITE_ZEROES_FLAG_UNMAP = 1;
    /** What QEMU puts in a refused SCSI command's errors field: anything nonzero fails it in the guest. */
    static final int SCSI_ERRORS = 255;

    static final int HEADER_SIZE = 16;
    /** A discard or write-zeroes segment: sector, num_sectors, flags (5.2.6). */
    static final int SEGMENT_SIZE = 16;
    static final int ID_SIZE = 20;
    /** Most data segments per request: QEMU's default queue size (256) minus header and status descriptors. */
    static final int SEG_MAX = VirtioMmio.QUEUE_DEFAULT_SIZE - 2;
    /** QEMU's limit for one discard or write-zeroes request, its largest request (BDRV_REQUEST_MAX_SECTORS). */
    static final int MAX_DISCARD_SECTORS = 0x3F_FFFF;
    /** Only one segment per discard or write-zeroes request, as in QEMU. */
    static final int MAX_DISCARD_SEGMENTS = 1;

    private final DiskImage disk;
    private final BlockSettings settings;
    private final byte[] id;
    private final byte[] config = new byte[CONFIG_LENGTH];
    private final byte[] header = new byte[HEADER_SIZE];
    private final byte[] segment = new byte[SEGMENT_SIZE];
    private final byte[] buffer = new byte[64 * 1024];
    /** Write-back cache mode (5.2.4 writeback, 5.2.5): off means every write is flushed before it completes. */
    private boolean writeback = true;

    /** @param serial reported by VIRTIO_BLK_T_GET_ID, at most 20 bytes are used */
    public VirtioBlk(DiskImage disk, BlockSettings settings) {
        this.disk = disk;
        this.settings = settings;
        this.id = settings.serial().getBytes(StandardCharsets.US_ASCII);
        DiskGeometry geometry = DiskGeometry.guess(disk);
        Ram.store(config, CONFIG_CAPACITY, 8, disk.sectors());
        Ram.store(config, CONFIG_SEG_MAX, 4, SEG_MAX);
        Ram.store(config, CONFIG_CYLINDERS, 2, geometry.cylinders());
        Ram.store(config, CONFIG_HEADS, 1, geometry.heads());
        Ram.store(config, CONFIG_SECTORS, 1, geometry.sectors());
        Ram.store(config, CONFIG_BLK_SIZE, 4, DiskImage.SECTOR_SIZE);
        // size_max and the topology (physical block exponent, alignment, I/O sizes) stay 0, as in QEMU
        Ram.store(config, CONFIG_NUM_QUEUES, 2, 1);
        Ram.store(config, CONFIG_MAX_DISCARD_SECTORS, 4, MAX_DISCARD_SECTORS);
        Ram.store(config, CONFIG_MAX_DISCARD_SEG, 4, MAX_DISCARD_SEGMENTS);
        Ram.store(config, CONFIG_DISCARD_SECTOR_ALIGNMENT, 4, 1);
        Ram.store(config, CONFIG_MAX_WRITE_ZEROES_SECTORS, 4, MAX_DISCARD_SECTORS);
        Ram.store(config, CONFIG_MAX_WRITE_ZEROES_SEG, 4, MAX_DISCARD_SEGMENTS);
        Ram.store(config, CONFIG_WRITE_ZEROES_MAY_UNMAP, 1, 1);
        setWriteback(settings.writeCache());
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    /** QEMU's legacy device also offers SCSI commands (and withdraws ANY_LAYOUT), a modern one may not (5.2.3.1). */
    @Override
    public long features(long transport) {
        long features = transport | F_SEG_MAX | F_GEOMETRY | F_BLK_SIZE | F_FLUSH | F_TOPOLOGY | F_CONFIG_WCE
                | F_DISCARD | F_WRITE_ZEROES | (disk.isReadOnly() ? F_RO : 0);
        return (transport & VirtioMmio.F_VERSION_1) != 0 ? features : features & ~VirtioMmio.F_ANY_LAYOUT | F_SCSI;
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public long readConfig(int offset, int size) {
        return readLittleEndian(config, offset, size);
    }

    @Override
    public int configSize() {
        return CONFIG_LENGTH;
    }

    /** Only the writeback byte is writable (5.2.4); QEMU takes it from any write that covers it. */
    @Override
    public void writeConfig(int offset, int size, long value) {
        if (offset <= CONFIG_WRITEBACK && CONFIG_WRITEBACK < offset + size) {
            setWriteback(((value >>> (8 * (CONFIG_WRITEBACK - offset))) & 0xFF) != 0);
        }
    }

    /**
     * A driver that cannot switch the cache through the configuration (no CONFIG_WCE) gets write
     * back exactly when it can flush (5.2.5.1, legacy WCE), as QEMU decides at DRIVER_OK.
     */
    @Override
    public void driverOk(long features) {
        if ((features & F_CONFIG_WCE) == 0) {
            setWriteback((features & F_FLUSH) != 0);
        }
    }

    @Override
    public void queueNotified(int index, Virtqueue queue) {
        for (DescriptorChain request = queue.pop(); request != null; request = queue.pop()) {
            queue.pushUsed(request, serve(request));
        }
    }

    /** The cache mode outlives a device reset, as the block backend's does in QEMU. */
    @Override
    public void reset() {
        // requests complete synchronously: nothing is in flight
    }

    /**
     * Requests complete synchronously, so nothing is in flight between two guest accesses; what
     * the guest wrote to the disk is the disk image's overlay ({@link DiskImage#freeze()}), which
     * the board saves beside this state. The capacity is written so that a disk of another size
     * is refused.
     */
    @Override
    public void saveState(StateWriter out) {
        out.putLong("sectors", disk.sectors());
        out.putBoolean("readOnly", disk.isReadOnly());
        out.putBoolean("writeback", writeback);
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        long sectors = in.getLong("sectors");
        if (sectors != disk.sectors()) {
            throw new SnapshotException("machine state field 'virtio-blk.sectors' is " + sectors
                    + " but disk image " + disk.file() + " has " + disk.sectors() + " sectors");
        }
        boolean readOnly = in.getBoolean("readOnly");
        if (readOnly != disk.isReadOnly()) {
            throw new SnapshotException("machine state field 'virtio-blk.readOnly' is " + readOnly
                    + " but disk image " + disk.file() + " is attached " + disk.mode());
        }
        setWriteback(in.getBoolean("writeback"));
    }

    private void setWriteback(boolean on) {
        writeback = on;
        config[CONFIG_WRITEBACK] = (byte) (on ? 1 : 0);
    }

    /**
     * Executes one request and returns the used length, which is, as in QEMU, all of its writable
     * buffers whatever the outcome. The type is read as QEMU reads it: the legacy OUT and barrier
     * bits are masked for dispatch, so 2 and 3 (SCSI commands) are unsupported, 5 is a flush, 9
     * a GET_ID.
     */
    private int serve(DescriptorChain request) {
        long writable = request.writableLength();
        if (request.readableLength() < HEADER_SIZE || writable < 1) {
            throw new VirtqueueException("virtio-blk request " + request.head()
                    + " lacks a header or a status byte");
        }
        request.read(0, header, 0, HEADER_SIZE);
        int type = (int) Ram.load(header, 0, 4);
        long sector = Ram.load(header, 8, 8);
        long statusPosition = writable - 1;
        int status;
        if (request.segmentCount() > SEG_MAX + 2) {
            status = S_IOERR;
        } else {
            status = switch (type & ~(T_OUT | T_BARRIER)) {
                case T_IN -> (type & T_OUT) == 0
                        ? transfer(request, sector, statusPosition, true)
                        : transfer(request, sector, request.readableLength() - HEADER_SIZE, false);
                case T_SCSI_CMD -> scsiCommand(request);
                case T_FLUSH -> flush();
                case T_GET_ID -> getId(request, statusPosition);
                case T_DISCARD & ~T_OUT -> discardOrWriteZeroes(request, false);
                case T_WRITE_ZEROES & ~T_OUT -> discardOrWriteZeroes(request, true);
                default -> S_UNSUPP;
            };
        }
        request.write(statusPosition, new byte[] {(byte) status}, 0, 1);
        return (int) writable;
    }

    /**
     * A legacy SCSI command (5.2.6.3): QEMU 7.2 has no SCSI pass-through, so it is unsupported,
     * with the SCSI header's errors field set to 255 when the chain has the shape of one
     * (command block out; sense, SCSI header and status in); a shorter chain is an I/O error.
     */
    private int scsiCommand(DescriptorChain request) {
        if (request.readableSegments() < 2 || request.writableSegments() < 3) {
            return S_IOERR;
        }
        long errors = request.writableSegmentPosition(request.writableSegments() - 2);
        byte[] value = {(byte) SCSI_ERRORS, 0, 0, 0};
        request.write(errors, value, 0, (int) Math.min(value.length, request.writableLength() - 1 - errors));
        return S_UNSUPP;
    }

    /** The serial and its terminating NUL if there is room, at most 20 bytes (5.2.6.1); the rest of the buffer is left alone. */
    private int getId(DescriptorChain request, long room) {
        int n = (int) Math.min(Math.min(id.length + 1L, room), ID_SIZE);
        byte[] answer = Arrays.copyOf(id, n);
        request.write(0, answer, 0, n);
        return S_OK;
    }

    /**
     * DISCARD and WRITE_ZEROES (5.2.6): the first segment only (max_*_seg is 1), checked as QEMU
     * checks it. Discarding does what the drive's {@link BlockSettings.Discard} says (the spec
     * lets later reads return the data or zeroes); writing zeroes, and unmapping, put zero sectors
     * in the disk's overlay, never into a copy-on-write disk's file.
     */
    private int discardOrWriteZeroes(DescriptorChain request, boolean zeroes) {
        if (request.readableLength() < HEADER_SIZE + SEGMENT_SIZE) {
            throw new VirtqueueException("virtio-blk " + (zeroes ? "write-zeroes" : "discard") + " request "
                    + request.head() + " lacks its segment");
        }
        request.read(HEADER_SIZE, segment, 0, SEGMENT_SIZE);
        long sector = Ram.load(segment, 0, 8);
        long count = Ram.load(segment, 8, 4);
        int flags = (int) Ram.load(segment, 12, 4);
        if (count > MAX_DISCARD_SECTORS || !inRange(sector, count)) {
            return S_IOERR;
        }
        if ((flags & ~WRITE_ZEROES_FLAG_UNMAP) != 0 || (!zeroes && flags != 0)) {
            return S_UNSUPP; // 5.2.6.2: unknown flags, or unmap on a discard
        }
        try {
            if (!zeroes) {
                unmap(sector, count);
                return S_OK;
            }
            disk.writeZeroes(sector, count);
            return writtenThrough();
        } catch (IOException e) {
            DeviceLog.get().log(System.Logger.Level.WARNING, "virtio-blk: {0}", e.getMessage());
            return S_IOERR;
        }
    }

    /** A read-only disk refuses every unmap, even of nothing, as QEMU's does. */
    private void unmap(long sector, long count) throws IOException {
        if (settings.discard() != BlockSettings.Discard.IGNORE && disk.isReadOnly()) {
            throw new IOException("disk image " + disk.file() + " is attached read-only: it cannot unmap");
        }
        switch (settings.discard()) {
            case IGNORE -> { }
            case UNMAP -> disk.writeZeroes(sector, count);
            case UNMAP_CLUSTERS -> {
                long cluster = BlockSettings.SNAPSHOT_CLUSTER_SECTORS;
                long first = (sector + cluster - 1) / cluster * cluster;
                long end = sector + count == disk.sectors() ? sector + count : (sector + count) / cluster * cluster;
                if (first < end) {
                    disk.writeZeroes(first, end - first);
                }
            }
        }
    }

    private boolean inRange(long sector, long count) {
        return sector >= 0 && sector <= disk.sectors() && count <= disk.sectors() - sector;
    }

    /** In write-through mode a write completes only once it is durable. */
    private int writtenThrough() {
        return writeback ? S_OK : flush();
    }

    /** Moves {@code length} bytes between the disk at {@code sector} and the request's data buffers. */
    private int transfer(DescriptorChain request, long sector, long length, boolean toGuest) {
        if (length % DiskImage.SECTOR_SIZE != 0 || !inRange(sector, length / DiskImage.SECTOR_SIZE)) {
            return S_IOERR;
        }
        if (!toGuest && disk.isReadOnly()) {
            return S_IOERR;
        }
        long done = 0;
        try {
            while (done < length) {
                int chunk = (int) Math.min(buffer.length, length - done);
                long at = sector + done / DiskImage.SECTOR_SIZE;
                if (toGuest) {
                    disk.read(at, buffer, 0, chunk);
                    request.write(done, buffer, 0, chunk);
                } else {
                    request.read(HEADER_SIZE + done, buffer, 0, chunk);
                    disk.write(at, buffer, 0, chunk);
                }
                done += chunk;
            }
            return toGuest ? S_OK : writtenThrough();
        } catch (IOException e) {
            DeviceLog.get().log(System.Logger.Level.WARNING, "virtio-blk: {0}", e.getMessage());
            return S_IOERR;
        }
    }

    private int flush() {
        try {
            disk.flush();
            return S_OK;
        } catch (IOException e) {
            DeviceLog.get().log(System.Logger.Level.WARNING, "virtio-blk: flush failed: {0}", e.getMessage());
            return S_IOERR;
        }
    }

    static long readLittleEndian(byte[] bytes, int offset, int size) {
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            int at = offset + i;
            value = (value << 8) | (at >= 0 && at < bytes.length ? bytes[at] & 0xFF : 0);
        }
        return value;
    }
}
