package io.guestlab.emulator.devices;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A raw disk image file in 512-byte sectors. In {@link DiskMode#COPY_ON_WRITE} mode written
 * sectors live in an in-memory overlay and the file is opened for reading only, so it can never
 * be modified; in {@link DiskMode#READ_ONLY} mode writes are refused.
 */
public final class DiskImage implements Closeable {

    public static final int SECTOR_SIZE = 512;

    private final Path file;
    private final DiskMode mode;
    private final FileChannel channel;
    private final long sizeBytes;
    private final Map<Long, byte[]> overlay = new HashMap<>();

    private DiskImage(Path file, DiskMode mode, FileChannel channel, long sizeBytes) {
        this.file = file;
        this.mode = mode;
        this.channel = channel;
        this.sizeBytes = sizeBytes;
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
        long size = channel.size();
        if (size % SECTOR_SIZE != 0) {
            channel.close();
            throw new IOException("disk image " + file + " is " + size
                    + " bytes long, not a whole number of 512-byte sectors");
        }
        return new DiskImage(file, mode, channel, size);
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
