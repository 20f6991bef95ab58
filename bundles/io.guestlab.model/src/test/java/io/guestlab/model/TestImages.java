package io.guestlab.model;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Boot images for validation tests: a minimal ELF64 executable, or a raw blob of some size. */
final class TestImages {

    private TestImages() {
    }

    /** An RV64 ELF whose only PT_LOAD segment occupies [paddr, paddr + memsz). */
    static Path elf(Path file, long paddr, long memsz) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(64 + 56).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 });
        b.position(16);
        b.putShort((short) 2); // ET_EXEC
        b.putShort((short) 243); // EM_RISCV
        b.putInt(1);
        b.putLong(paddr); // e_entry
        b.putLong(64); // e_phoff
        b.putLong(0); // e_shoff
        b.putInt(0);
        b.putShort((short) 64);
        b.putShort((short) 56);
        b.putShort((short) 1); // e_phnum
        b.putShort((short) 64);
        b.putShort((short) 0);
        b.putShort((short) 0);
        b.putInt(1); // PT_LOAD
        b.putInt(7);
        b.putLong(0); // p_offset
        b.putLong(paddr); // p_vaddr
        b.putLong(paddr); // p_paddr
        b.putLong(0); // p_filesz
        b.putLong(memsz);
        b.putLong(0x1000);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, b.array());
        return file;
    }

    /** A raw (non-ELF) image of the given size; sparse, so large sizes cost nothing. */
    static Path raw(Path file, long size) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }
}
