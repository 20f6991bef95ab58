package io.guestlab.symbols.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A bounds-checked little-endian cursor over one section's bytes. Every read past the end or
 * any absurd length throws {@link BadDataException} naming the section and offset, so hostile
 * input can never cause an index exception or a huge allocation.
 */
public final class ByteReader {

    private final ByteBuffer bytes;
    private final String section;
    private final long base;
    private int position;

    public ByteReader(ByteBuffer bytes, String section) {
        this(bytes, section, 0);
    }

    private ByteReader(ByteBuffer bytes, String section, long base) {
        this.bytes = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        this.section = section;
        this.base = base;
    }

    public String section() {
        return section;
    }

    public int size() {
        return bytes.limit();
    }

    public int position() {
        return position;
    }

    public ByteReader at(long offset) {
        if (offset < 0 || offset > bytes.limit()) {
            throw fail(offset, "offset 0x" + Long.toHexString(offset) + " outside section of size 0x"
                    + Integer.toHexString(bytes.limit()));
        }
        position = (int) offset;
        return this;
    }

    public boolean atEnd() {
        return position >= bytes.limit();
    }

    public int remaining() {
        return bytes.limit() - position;
    }

    public BadDataException fail(long offset, String problem) {
        return new BadDataException(section, base + offset, problem);
    }

    public BadDataException fail(String problem) {
        return fail(position, problem);
    }

    private int need(int n) {
        if (n < 0 || position > bytes.limit() - n) {
            throw fail("truncated: need " + n + " bytes, " + remaining() + " left");
        }
        int p = position;
        position += n;
        return p;
    }

    public int u8() {
        return bytes.get(need(1)) & 0xff;
    }

    public int u16() {
        return bytes.getShort(need(2)) & 0xffff;
    }

    public long u32() {
        return bytes.getInt(need(4)) & 0xffffffffL;
    }

    public int s32() {
        return bytes.getInt(need(4));
    }

    public long u64() {
        return bytes.getLong(need(8));
    }

    public long u24() {
        int p = need(3);
        return (bytes.get(p) & 0xff) | (bytes.get(p + 1) & 0xff) << 8 | (bytes.get(p + 2) & 0xff) << 16;
    }

    /** An unsigned value of 1, 2, 4 or 8 bytes. */
    public long unsigned(int size) {
        return switch (size) {
            case 1 -> u8();
            case 2 -> u16();
            case 3 -> u24();
            case 4 -> u32();
            case 8 -> u64();
            default -> throw fail("unsupported field size " + size);
        };
    }

    /** A signed value of 1, 2, 4 or 8 bytes. */
    public long signed(int size) {
        return switch (size) {
            case 1 -> (byte) u8();
            case 2 -> (short) u16();
            case 4 -> s32();
            case 8 -> u64();
            default -> throw fail("unsupported field size " + size);
        };
    }

    /** DWARF 5 section 7.6: unsigned LEB128. Bits past 64 are dropped. */
    public long uleb() {
        long result = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            if (shift < 64) {
                result |= (long) (b & 0x7f) << shift;
            }
            shift += 7;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
    }

    /** DWARF 5 section 7.6: signed LEB128. */
    public long sleb() {
        long result = 0;
        int shift = 0;
        int b;
        do {
            b = u8();
            if (shift < 64) {
                result |= (long) (b & 0x7f) << shift;
            }
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) {
            result |= -1L << shift;
        }
        return result;
    }

    /** A NUL-terminated UTF-8 string at the cursor. */
    public String cstring() {
        int start = position;
        int end = start;
        int limit = bytes.limit();
        while (end < limit && bytes.get(end) != 0) {
            end++;
        }
        if (end >= limit) {
            throw fail(start, "unterminated string");
        }
        position = end + 1;
        return decode(start, end - start);
    }

    /** The NUL-terminated string at an offset, leaving the cursor alone. */
    public String cstringAt(long offset) {
        int saved = position;
        try {
            at(offset);
            return cstring();
        } finally {
            position = saved;
        }
    }

    private String decode(int start, int length) {
        byte[] b = new byte[length];
        bytes.get(start, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public void skip(long n) {
        if (n < 0 || n > remaining()) {
            throw fail("cannot skip " + n + " bytes, " + remaining() + " left");
        }
        position += (int) n;
    }

    public byte[] bytes(long n) {
        if (n < 0 || n > remaining()) {
            throw fail("block of " + n + " bytes, only " + remaining() + " left");
        }
        byte[] b = new byte[(int) n];
        bytes.get(need((int) n), b);
        return b;
    }

    /** A reader over [offset, offset+length) of this one, for nested structures. */
    public ByteReader slice(long offset, long length) {
        if (offset < 0 || length < 0 || offset > bytes.limit() || length > bytes.limit() - offset) {
            throw fail(offset, "range of 0x" + Long.toHexString(length) + " bytes exceeds section");
        }
        return new ByteReader(bytes.slice((int) offset, (int) length), section, base + offset);
    }
}
