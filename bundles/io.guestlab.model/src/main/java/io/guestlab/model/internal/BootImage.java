package io.guestlab.model.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a firmware, kernel or initrd image lands in guest RAM, as far as the memory-size rule needs:
 * an ELF file by its PT_LOAD program headers (physical addresses, ELF gABI "Program Header"), any
 * other file as a raw blob copied to the load address QEMU's virt board uses for it.
 *
 * @param start first guest-physical address the image occupies
 * @param end address just past the last byte it occupies
 */
record BootImage(long start, long end) {

    private static final int PT_LOAD = 1;

    long size() {
        return end - start;
    }

    /**
     * Reads an image's placement.
     *
     * @param rawLoadAddress where a non-ELF image is copied
     * @throws IOException with a message that completes "kernel x.elf ..."
     */
    static BootImage of(Path file, long rawLoadAddress) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = channel.size();
            ByteBuffer ident = ByteBuffer.allocate(16);
            channel.read(ident, 0);
            boolean isElf = ident.position() >= 4 && ident.get(0) == 0x7f && ident.get(1) == 'E' && ident.get(2) == 'L'
                    && ident.get(3) == 'F';
            if (!isElf) {
                return new BootImage(rawLoadAddress, rawLoadAddress + fileSize);
            }
            return fromElf(channel, fileSize, ident);
        }
    }

    private static BootImage fromElf(FileChannel channel, long fileSize, ByteBuffer ident) throws IOException {
        if (ident.position() < 16) {
            throw new IOException("is a truncated ELF file");
        }
        boolean is64 = ident.get(4) == 2;
        if (!is64 && ident.get(4) != 1) {
            throw new IOException("is an ELF file of unknown class " + ident.get(4));
        }
        ByteOrder order = ident.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ByteBuffer header = read(channel, 0, is64 ? 64 : 52, fileSize).order(order);
        long phoff = is64 ? header.getLong(0x20) : Integer.toUnsignedLong(header.getInt(0x1c));
        int phentsize = Short.toUnsignedInt(header.getShort(is64 ? 0x36 : 0x2a));
        int phnum = Short.toUnsignedInt(header.getShort(is64 ? 0x38 : 0x2c));
        if (phnum == 0 || phentsize < (is64 ? 56 : 32)) {
            throw new IOException("is an ELF file without program headers (not an executable?)");
        }
        long start = Long.MAX_VALUE;
        long end = 0;
        for (int i = 0; i < phnum; i++) {
            ByteBuffer ph = read(channel, phoff + (long) i * phentsize, phentsize, fileSize).order(order);
            if (ph.getInt(0) != PT_LOAD) {
                continue;
            }
            long paddr = is64 ? ph.getLong(24) : Integer.toUnsignedLong(ph.getInt(12));
            long memsz = is64 ? ph.getLong(40) : Integer.toUnsignedLong(ph.getInt(20));
            if (memsz == 0) {
                continue;
            }
            start = Math.min(start, paddr);
            end = Math.max(end, paddr + memsz);
        }
        if (start == Long.MAX_VALUE) {
            throw new IOException("is an ELF file with no loadable segment");
        }
        return new BootImage(start, end);
    }

    private static ByteBuffer read(FileChannel channel, long offset, int length, long fileSize) throws IOException {
        if (offset < 0 || offset + length > fileSize) {
            throw new IOException("is a truncated ELF file (header at " + offset + " runs past the end, " + fileSize
                    + " bytes)");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("is a truncated ELF file");
            }
        }
        return buffer.flip();
    }
}
