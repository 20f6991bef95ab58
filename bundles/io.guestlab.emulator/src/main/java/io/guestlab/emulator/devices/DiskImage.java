package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.DiskOverlay;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A raw disk image file in 512-byte sectors. In {@link DiskMode#COPY_ON_WRITE} mode written
 * sectors live in an in-memory overlay and the file is opened for reading only, so it can never
 * be modified; in {@link DiskMode#READ_ONLY} mode writes are refused.
 * <p>
 * Forks: {@link #freeze()} hands out the overlay and {@link #open(Path, DiskMode, DiskOverlay)}
 * starts a new disk from one. Both sides share the sector arrays, which is safe because an
 * overlay sector is never written in place: every write puts a fresh array into the map.
 */
public final class DiskImage implements Closeable {

    public static final int SECTOR_SIZE = 512;
    private static final byte[] ZERO_SECTOR = new byte[SECTOR_SIZE];

    private final Path file;
    private final DiskMode mode;
    private final FileChannel channel;
    private final long sizeBytes;
    /** The file's modification time when it was opened: a snapshot records it to detect a changed base. */
    private final long lastModified;
    private final Map<Long, byte[]> overlay = new HashMap<>();

    private DiskImage(Path file, DiskMode mode, FileChannel channel, long sizeBytes, long lastModified) {
        this.file = file;
        this.mode = mode;
        this.channel = channel;
        this.sizeBytes = sizeBytes;
        this.lastModified = lastModified;
    }

    /** Opens {@code file}; the message of a failure names the file and the reason. */
    public static DiskImage open(Path file, DiskMode mode) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "disk image does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("disk image " + file + " is not a regular file");
        }
        FileChannel channel;
        try {
            channel = mode == DiskMode.PERSISTENT
                    ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                    : FileChannel.open(file, StandardOpenOption.READ);
        } catch (AccessDeniedException e) {
            throw new IOException("disk image " + file + " cannot be opened "
                    + (mode == DiskMode.PERSISTENT ? "for writing" : "for reading") + ": permission denied", e);
        }
        try {
            long size = channel.size();
            if (size % SECTOR_SIZE != 0) {
                throw new IOException("disk image " + file + " is " + size
                        + " bytes long, not a whole number of 512-byte sectors");
            }
            return new DiskImage(file, mode, channel, size, Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Opens {@code file} with its copy-on-write overlay starting as {@code start} (a fork, or a
     * restored snapshot). The file must still have the size and modification time recorded in
     * {@code start}: over a changed base the overlay's sectors would mean something else.
     *
     * @param mode {@link DiskMode#COPY_ON_WRITE} or {@link DiskMode#READ_ONLY} (with an empty
     *             overlay only); a persistent disk has no overlay to start from
     */
    public static DiskImage open(Path file, DiskMode mode, DiskOverlay start) throws IOException {
        if (mode == DiskMode.PERSISTENT) {
            throw new IllegalArgumentException("disk image " + file
                    + ": a persistent disk cannot start from a snapshot overlay");
        }
        if (mode == DiskMode.READ_ONLY && !start.sectors().isEmpty()) {
            throw new IOException("disk image " + file + ": the snapshot holds " + start.sectors().size()
                    + " written sectors but the disk is attached read-only");
        }
        DiskImage disk = open(file, mode);
        try {
            if (disk.sizeBytes != start.sizeBytes() || disk.lastModified != start.lastModified()) {
                throw new IOException(String.format("disk image %s changed since the snapshot was taken: it is now "
                        + "%d bytes, modified %s; the snapshot expects %d bytes, modified %s", file, disk.sizeBytes,
                        Instant.ofEpochMilli(disk.lastModified), start.sizeBytes(),
                        Instant.ofEpochMilli(start.lastModified())));
            }
            for (Map.Entry<Long, byte[]> sector : start.sectors().entrySet()) {
                long number = sector.getKey();
                if (number < 0 || number >= disk.sectors() || sector.getValue().length != SECTOR_SIZE) {
                    throw new IOException("disk image " + file + ": the snapshot's overlay holds sector " + number
                            + " of " + sector.getValue().length + " bytes, which does not fit a disk of "
                            + disk.sectors() + " sectors");
                }
            }
            disk.overlay.putAll(start.sectors()); // arrays shared: neither side writes into them
            return disk;
        } catch (IOException e) {
            disk.close();
            throw e;
        }
    }

    /**
     * The sectors written so far, shared with this disk (not copied), with the base file's size
     * and modification time. Later writes on either side are not seen by the other.
     *
     * @throws IllegalStateException for a persistent disk: its writes are in the file, which a
     *                               snapshot cannot hold
     */
    public DiskOverlay freeze() {
        if (mode == DiskMode.PERSISTENT) {
            throw new IllegalStateException("disk image " + file
                    + " is attached persistently: its writes go to the file and cannot be frozen");
        }
        return new DiskOverlay(file, sizeBytes, lastModified, overlay);
    }

    /** Puts the overlay back to {@code start}, a {@link #freeze()} of this same disk (restoring a snapshot in place). */
    public void restore(DiskOverlay start) throws IOException {
        if (mode == DiskMode.PERSISTENT || !start.file().equals(file) || start.sizeBytes() != sizeBytes
                || start.lastModified() != lastModified) {
            throw new IOException("disk image " + file + ": the snapshot's overlay belongs to another disk ("
                    + start.file() + ")");
        }
        overlay.clear();
        overlay.putAll(start.sectors());
    }

    public Path file() {
        return file;
    }

    public DiskMode mode() {
        return mode;
    }

    public long sectors() {
        return sizeBytes / SECTOR_SIZE;
    }

    public boolean isReadOnly() {
        return mode == DiskMode.READ_ONLY;
    }

    /** Reads whole sectors starting at {@code sector} into {@code buffer[offset, offset + length)}. */
    public void read(long sector, byte[] buffer, int offset, int length) throws IOException {
        checkRange(sector, length);
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, length);
        long position = sector * SECTOR_SIZE;
        while (target.hasRemaining()) {
            int n = channel.read(target, position);
            if (n < 0) {
                throw new IOException("disk image " + file + " shrank while in use");
            }
            position += n;
        }
        if (!overlay.isEmpty()) {
            for (int i = 0; i < length / SECTOR_SIZE; i++) {
                byte[] written = overlay.get(sector + i);
                if (written != null) {
                    System.arraycopy(written, 0, buffer, offset + i * SECTOR_SIZE, SECTOR_SIZE);
                }
            }
        }
    }

    /** Writes whole sectors; refused on a read-only disk. */
    public void write(long sector, byte[] buffer, int offset, int length) throws IOException {
        checkRange(sector, length);
        switch (mode) {
            case READ_ONLY -> throw new IOException("disk image " + file + " is attached read-only");
            case COPY_ON_WRITE -> {
                for (int i = 0; i < length / SECTOR_SIZE; i++) {
                    byte[] copy = new byte[SECTOR_SIZE];
                    System.arraycopy(buffer, offset + i * SECTOR_SIZE, copy, 0, SECTOR_SIZE);
                    overlay.put(sector + i, copy);
                }
            }
            case PERSISTENT -> {
                ByteBuffer source = ByteBuffer.wrap(buffer, offset, length);
                long position = sector * SECTOR_SIZE;
                while (source.hasRemaining()) {
                    position += channel.write(source, position);
                }
            }
        }
    }

    /**
     * Zeroes {@code count} sectors from {@code sector} (virtio-blk WRITE_ZEROES); refused on a
     * read-only disk. Copy-on-write mode shares one zero sector among all of them: overlay
     * sectors are never written in place.
     */
    public void writeZeroes(long sector, long count) throws IOException {
        if (count < 0 || sector < 0 || sector > sectors() || count > sectors() - sector) {
            throw new IOException(String.format("zeroing %d sectors at sector %d is outside disk image %s (%d sectors)",
                    count, sector, file, sectors()));
        }
        switch (mode) {
            case READ_ONLY -> throw new IOException("disk image " + file + " is attached read-only");
            case COPY_ON_WRITE -> {
                for (long i = 0; i < count; i++) {
                    overlay.put(sector + i, ZERO_SECTOR);
                }
            }
            case PERSISTENT -> {
                ByteBuffer zeroes = ByteBuffer.allocate(64 * SECTOR_SIZE);
                long position = sector * SECTOR_SIZE;
                long end = (sector + count) * SECTOR_SIZE;
                while (position < end) {
                    zeroes.clear().limit((int) Math.min(zeroes.capacity(), end - position));
                    position += channel.write(zeroes, position);
                }
            }
        }
    }

    /** Makes persistent writes durable; nothing to do in the other modes. */
    public void flush() throws IOException {
        if (mode == DiskMode.PERSISTENT) {
            channel.force(false);
        }
    }

    /** Sectors written by the guest and held in memory (copy-on-write mode). */
    public int overlaySectors() {
        return overlay.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void checkRange(long sector, int length) throws IOException {
        if (length % SECTOR_SIZE != 0 || sector < 0 || sector > sectors()
                || length / SECTOR_SIZE > sectors() - sector) {
            throw new IOException(String.format("access of %d bytes at sector %d is outside disk image %s (%d sectors)",
                    length, sector, file, sectors()));
        }
    }
}
