package io.guestlab.emulator.loader;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file to be copied into guest memory before the first instruction: an ELF (placed by its
 * physical segment addresses, as QEMU's loader does) or a raw binary (placed at an address the
 * board chooses). Reading checks the file; placing is {@link LoadPlan}'s job.
 *
 * @param role   what the image is for ("firmware", "kernel", "initrd"), used in messages
 * @param file   where it came from
 * @param chunks the bytes and where each goes, in file order
 * @param entry  the ELF entry point, or the load address of a raw image
 * @param elf    the parsed ELF, for symbols such as {@code tohost}; empty for a raw image
 */
public record BootImage(String role, Path file, List<Chunk> chunks, long entry, Optional<ElfFile> elf) {

    /** {@code memorySize} bytes at {@code address}: {@code bytes} followed by zeros. */
    public record Chunk(long address, byte[] bytes, long memorySize) {

        public long end() {
            return address + memorySize;
        }
    }

    private static final int ELF_MAGIC = 0x464c457f;

    public BootImage {
        chunks = List.copyOf(chunks);
    }

    /**
     * Reads {@code file}: an ELF is loaded by its segments' physical addresses, anything else as a
     * raw image at {@code rawAddress} (as QEMU does), except that a file whose name says ".elf"
     * must be one: loading it raw would only hide a broken build.
     */
    public static BootImage read(String role, Path file, long rawAddress) throws BootImageException {
        byte[] bytes = readFile(role, file);
        if (isElf(bytes)) {
            return elf(role, file, bytes);
        }
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".elf")) {
            throw new BootImageException(role + " " + file + ": not an ELF file (no ELF magic number), though named .elf");
        }
        return raw(role, file, bytes, rawAddress);
    }

    /** Reads {@code file} as a raw image at {@code address}, whatever its content (an initrd). */
    public static BootImage readRaw(String role, Path file, long address) throws BootImageException {
        return raw(role, file, readFile(role, file), address);
    }

    /** True if the file starts like an ELF file, so it is loaded by its program headers. */
    static boolean isElf(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xff | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16
                | (bytes[3] & 0xff) << 24) == ELF_MAGIC;
    }

    public boolean isElf() {
        return elf.isPresent();
    }

    /** The lowest address the image occupies. */
    public long start() {
        long start = -1;
        for (Chunk c : chunks) {
            start = Long.compareUnsigned(c.address(), start) < 0 ? c.address() : start;
        }
        return start;
    }

    /** The address just past the highest byte the image occupies. */
    public long end() {
        long end = 0;
        for (Chunk c : chunks) {
            end = Long.compareUnsigned(c.end(), end) > 0 ? c.end() : end;
        }
        return end;
    }

    /** Total bytes the image occupies in memory. */
    public long memorySize() {
        long total = 0;
        for (Chunk c : chunks) {
            total += c.memorySize();
        }
        return total;
    }

    private static byte[] readFile(String role, Path file) throws BootImageException {
        try {
            if (Files.isDirectory(file)) {
                throw new BootImageException(role + " " + file + " is a directory, not an image file");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new BootImageException(role + " " + file + " is empty");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BootImageException(role + " " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BootImageException(role + " " + file + ": permission denied");
        } catch (OutOfMemoryError e) {
            throw new BootImageException(role + " " + file + " is too large to load");
        } catch (IOException e) {
            throw new BootImageException(role + " " + file + ": cannot read: " + e.getMessage());
        }
    }

    private static BootImage elf(String role, Path file, byte[] bytes) throws BootImageException {
        ElfFile elf;
        try {
            elf = ElfFile.parse(file.toString(), bytes);
        } catch (ElfFormatException e) {
            throw new BootImageException(role + " " + e.getMessage());
        }
        List<Chunk> chunks = new ArrayList<>();
        for (ElfFile.Segment s : elf.segments()) {
            if (s.memorySize() == 0) {
                continue;
            }
            if (s.fileSize() > Integer.MAX_VALUE - 8 || Long.compareUnsigned(s.physicalAddress() + s.memorySize(),
                    s.physicalAddress()) < 0) {
                throw new BootImageException(String.format("%s %s: segment at 0x%x of %d bytes is too large to load",
                        role, file, s.physicalAddress(), s.memorySize()));
            }
            chunks.add(new Chunk(s.physicalAddress(), elf.bytes(s.fileOffset(), (int) s.fileSize()), s.memorySize()));
        }
        if (chunks.isEmpty()) {
            throw new BootImageException(role + " " + file + ": ELF file has no loadable segment");
        }
        return new BootImage(role, file, chunks, elf.entry(), Optional.of(elf));
    }

    private static BootImage raw(String role, Path file, byte[] bytes, long address) {
        return new BootImage(role, file, List.of(new Chunk(address, bytes, bytes.length)), address, Optional.empty());
    }
}
