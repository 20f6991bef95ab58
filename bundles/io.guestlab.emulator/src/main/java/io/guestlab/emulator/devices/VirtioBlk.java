package io.guestlab.emulator.devices;

import io.guestlab.emulator.bus.Ram;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * virtio block device (virtio 1.2, 5.2) backed by a raw {@link DiskImage}. One request queue;
 * each request is a 16-byte header, data buffers and a trailing status byte (5.2.6).
 */
public final class VirtioBlk implements VirtioDevice {

    static final int DEVICE_ID = 2;

    // Feature bits (5.2.3).
    static final long F_SIZE_MAX = 1L << 1;
    static final long F_SEG_MAX = 1L << 2;
    static final long F_RO = 1L << 5;
    static final long F_BLK_SIZE = 1L << 6;
    static final long F_FLUSH = 1L << 9;

    // Configuration layout (5.2.4).
    static final int CONFIG_CAPACITY = 0x00;
    static final int CONFIG_SIZE_MAX = 0x08;
    static final int CONFIG_SEG_MAX = 0x0C;
    static final int CONFIG_BLK_SIZE = 0x14;
    static final int CONFIG_LENGTH = 0x18;

    // Request types and status values (5.2.6).
    static final int T_IN = 0;
    static final int T_OUT = 1;
    static final int T_FLUSH = 4;
    static final int T_GET_ID = 8;
    static final int S_OK = 0;
    static final int S_IOERR = 1;
    static final int S_UNSUPP = 2;

    static final int HEADER_SIZE = 16;
    static final int ID_SIZE = 20;
    /** Largest single data segment the driver may use, in bytes. */
    static final int SIZE_MAX = 1 << 20;
    /** Most data segments per request: QEMU's default queue size (256) minus header and status descriptors. */
    static final int SEG_MAX = VirtioMmio.QUEUE_DEFAULT_SIZE - 2;

    private static final System.Logger LOG = System.getLogger("io.guestlab.emulator.devices");

    private final DiskImage disk;
    private final byte[] id;
    private final byte[] config = new byte[CONFIG_LENGTH];
    private final byte[] header = new byte[HEADER_SIZE];
    private final byte[] buffer = new byte[64 * 1024];

    /** @param serial reported by VIRTIO_BLK_T_GET_ID, at most 20 bytes are used */
    public VirtioBlk(DiskImage disk, String serial) {
        this.disk = disk;
        this.id = serial.getBytes(StandardCharsets.US_ASCII);
        Ram.store(config, CONFIG_CAPACITY, 8, disk.sectors());
        Ram.store(config, CONFIG_SIZE_MAX, 4, SIZE_MAX);
        Ram.store(config, CONFIG_SEG_MAX, 4, SEG_MAX);
        Ram.store(config, CONFIG_BLK_SIZE, 4, DiskImage.SECTOR_SIZE);
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public long features() {
        return F_SIZE_MAX | F_SEG_MAX | F_BLK_SIZE | F_FLUSH | (disk.isReadOnly() ? F_RO : 0);
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

    @Override
    public void writeConfig(int offset, int size, long value) {
        // capacity, limits and block size are read-only; writeback mode (5.2.4) is not offered
    }

    @Override
    public boolean queueNotified(int index, Virtqueue queue) {
        boolean used = false;
        for (DescriptorChain request = queue.pop(); request != null; request = queue.pop()) {
            queue.pushUsed(request, serve(request));
            used = true;
        }
        return used;
    }

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
    }

    /** Executes one request; returns the number of bytes written into its writable buffers. */
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
        long written = 0;
        if (request.segmentCount() > SEG_MAX + 2) {
            status = S_IOERR;
        } else {
            switch (type) {
                case T_IN -> {
                    status = transfer(request, sector, statusPosition, true);
                    written = status == S_OK ? statusPosition : 0;
                }
                case T_OUT -> status = transfer(request, sector, request.readableLength() - HEADER_SIZE, false);
                case T_FLUSH -> status = flush();
                case T_GET_ID -> {
                    int n = (int) Math.min(ID_SIZE, statusPosition);
                    byte[] padded = new byte[n];
                    System.arraycopy(id, 0, padded, 0, Math.min(id.length, n));
                    request.write(0, padded, 0, n);
                    written = n;
                    status = S_OK;
                }
                default -> status = S_UNSUPP;
            }
        }
        request.write(statusPosition, new byte[] {(byte) status}, 0, 1);
        return (int) (written + 1);
    }

    /** Moves {@code length} bytes between the disk at {@code sector} and the request's data buffers. */
    private int transfer(DescriptorChain request, long sector, long length, boolean toGuest) {
        if (length % DiskImage.SECTOR_SIZE != 0 || sector < 0 || sector > disk.sectors()
                || length / DiskImage.SECTOR_SIZE > disk.sectors() - sector) {
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
            return S_OK;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "virtio-blk: {0}", e.getMessage());
            return S_IOERR;
        }
    }

    private int flush() {
        try {
            disk.flush();
            return S_OK;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "virtio-blk: flush failed: {0}", e.getMessage());
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
