package io.guestlab.emulator.board;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds minimal ELF64 executables (header and PT_LOAD program headers, no sections) so loader
 * tests can place segments exactly where a case needs them, without a cross compiler.
 */
final class SyntheticElf {

    static final int EM_RISCV = 243;
    static final int EM_X86_64 = 62;

    private record Segment(long address, byte[] bytes, long memorySize) {
    }

    private final int machine;
    private final long entry;
    private final List<Segment> segments = new ArrayList<>();

    SyntheticElf(int machine, long entry) {
        this.machine = machine;
        this.entry = entry;
    }

    /** A loadable segment at physical (and virtual) {@code address}. */
    SyntheticElf segment(long address, byte[] bytes, long memorySize) {
        segments.add(new Segment(address, bytes, memorySize));
        return this;
    }

    byte[] toByteArray() {
        int headerSize = 64 + 56 * segments.size();
        int total = headerSize;
        for (Segment s : segments) {
            total += s.bytes().length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 2 /* ELFCLASS64 */, 1 /* little endian */, 1 /* version */});
        b.position(16);
        b.putShort((short) 2); // ET_EXEC
        b.putShort((short) machine);
        b.putInt(1);
        b.putLong(entry);
        b.putLong(64); // e_phoff
        b.putLong(0); // e_shoff: no sections
        b.putInt(0); // e_flags
        b.putShort((short) 64);
        b.putShort((short) 56);
        b.putShort((short) segments.size());
        b.putShort((short) 64);
        b.putShort((short) 0);
        b.putShort((short) 0);
        long offset = headerSize;
        for (Segment s : segments) {
            b.putInt(1); // PT_LOAD
            b.putInt(7); // RWX
            b.putLong(offset);
            b.putLong(s.address()); // p_vaddr
            b.putLong(s.address()); // p_paddr
            b.putLong(s.bytes().length);
            b.putLong(s.memorySize());
            b.putLong(0x1000);
            offset += s.bytes().length;
        }
        for (Segment s : segments) {
            b.put(s.bytes());
        }
        return b.array();
    }
}
