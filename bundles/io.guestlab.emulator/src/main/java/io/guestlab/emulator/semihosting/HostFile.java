package io.guestlab.emulator.semihosting;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** A host file inside the shared folder, opened with one of the fopen() modes SYS_OPEN numbers. */
final class HostFile implements OpenFile {

    private final FileChannel channel;
    private final boolean readable, writable, append;

    private HostFile(FileChannel channel, boolean readable, boolean writable, boolean append) {
        this.channel = channel;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
    }

    /**
     * Opens {@code file} in SYS_OPEN mode {@code mode} (section 6.1: 0..11 are "r", "rb", "r+",
     * "r+b", "w", "wb", "w+", "w+b", "a", "ab", "a+", "a+b"; b makes no difference on the host).
     */
    static HostFile open(Path file, int mode) throws IOException, CallFailed {
        if (Files.isDirectory(file)) {
            throw new CallFailed(Errno.EISDIR);
        }
        int kind = mode >> 2; // 0: r, 1: w, 2: a
        boolean plus = (mode & 2) != 0;
        boolean readable = kind == 0 || plus;
        boolean writable = kind != 0 || plus;
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS); // the folder check resolved links already; a link swapped in since is not followed
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if (kind != 0) {
            options.add(StandardOpenOption.CREATE);
        }
        if (kind == 1) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        FileChannel channel = FileChannel.open(file, options);
        return new HostFile(channel, readable, writable, kind == 2);
    }

    @Override
    public byte[] read(int length) throws IOException, CallFailed {
        if (!readable) {
            throw new CallFailed(Errno.EBADF);
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // keep reading: a short read is only the end of the file
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    @Override
    public void write(byte[] bytes) throws IOException, CallFailed {
        if (!writable) {
            throw new CallFailed(Errno.EBADF);
        }
        if (append) {
            channel.position(channel.size()); // "a" modes write at the end whatever the position
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void seek(long position) throws IOException, CallFailed {
        if (position < 0) {
            throw new CallFailed(Errno.EINVAL);
        }
        channel.position(position);
    }

    @Override
    public long length() throws IOException {
        return channel.size();
    }

    @Override
    public boolean isTty() {
        return false;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
