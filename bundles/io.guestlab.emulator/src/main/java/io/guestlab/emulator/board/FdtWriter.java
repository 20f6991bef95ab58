package io.guestlab.emulator.board;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a flattened device tree blob (Devicetree Specification v0.4, chapter 5): the 40-byte
 * header, the memory reservation block, the structure block and the strings block. Nodes are
 * written in the order they are begun; property names are shared in the strings block.
 */
public final class FdtWriter {

    static final int MAGIC = 0xD00D_FEED;
    static final int VERSION = 17;
    static final int LAST_COMPATIBLE_VERSION = 16;
    static final int HEADER_SIZE = 40;

    // Structure block tokens (5.4.1).
    static final int FDT_BEGIN_NODE = 1;
    static final int FDT_END_NODE = 2;
    static final int FDT_PROP = 3;
    static final int FDT_END = 9;

    private final ByteArrayOutputStream structure = new ByteArrayOutputStream();
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private final Map<String, Integer> stringOffsets = new HashMap<>();
    private final List<long[]> reservations = new ArrayList<>();
    private int depth;
    private boolean finished;

    /** Adds a memory reservation entry (5.3): a physical range the OS must not use. */
    public FdtWriter reserve(long address, long size) {
        reservations.add(new long[] {address, size});
        return this;
    }

    /** Opens a node; the root node's name is the empty string. */
    public FdtWriter beginNode(String name) {
        checkOpen();
        if (depth == 0 && !name.isEmpty()) {
            throw new IllegalStateException("the first node must be the root node (empty name), got '" + name + "'");
        }
        if (depth > 0 && name.isEmpty()) {
            throw new IllegalArgumentException("only the root node may have an empty name");
        }
        token(FDT_BEGIN_NODE);
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        structure.writeBytes(bytes);
        structure.write(0);
        pad(structure);
        depth++;
        return this;
    }

    public FdtWriter endNode() {
        checkOpen();
        if (depth == 0) {
            throw new IllegalStateException("endNode without a matching beginNode");
        }
        token(FDT_END_NODE);
        depth--;
        return this;
    }

    /** A property with a raw value. */
    public FdtWriter property(String name, byte[] value) {
        checkOpen();
        if (depth == 0) {
            throw new IllegalStateException("property '" + name + "' outside any node");
        }
        token(FDT_PROP);
        word(structure, value.length);
        word(structure, stringOffset(name));
        structure.writeBytes(value);
        pad(structure);
        return this;
    }

    /** An empty property such as {@code interrupt-controller} or {@code ranges}. */
    public FdtWriter property(String name) {
        return property(name, new byte[0]);
    }

    /** A property of 32-bit cells. */
    public FdtWriter cells(String name, int... cells) {
        byte[] value = new byte[4 * cells.length];
        for (int i = 0; i < cells.length; i++) {
            putWord(value, 4 * i, cells[i]);
        }
        return property(name, value);
    }

    /** A property of 64-bit values, each as two cells (high first). */
    public FdtWriter longs(String name, long... values) {
        int[] cells = new int[2 * values.length];
        for (int i = 0; i < values.length; i++) {
            cells[2 * i] = (int) (values[i] >>> 32);
            cells[2 * i + 1] = (int) values[i];
        }
        return cells(name, cells);
    }

    /** A string or string-list property (each string NUL-terminated). */
    public FdtWriter strings(String name, String... values) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (String s : values) {
            value.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            value.write(0);
        }
        return property(name, value.toByteArray());
    }

    /** Finishes the tree and returns the blob. */
    public byte[] toByteArray(int bootCpuId) {
        if (depth != 0) {
            throw new IllegalStateException(depth + " node(s) still open");
        }
        if (!finished) {
            token(FDT_END);
            finished = true;
        }
        ByteArrayOutputStream reservationBlock = new ByteArrayOutputStream();
        for (long[] r : reservations) {
            longWord(reservationBlock, r[0]);
            longWord(reservationBlock, r[1]);
        }
        longWord(reservationBlock, 0); // terminating entry
        longWord(reservationBlock, 0);

        int reservationOffset = HEADER_SIZE; // 40 is 8-aligned, as 5.3 requires
        int structureOffset = reservationOffset + reservationBlock.size();
        int stringsOffset = structureOffset + structure.size();
        int total = stringsOffset + strings.size();

        ByteArrayOutputStream blob = new ByteArrayOutputStream(total);
        word(blob, MAGIC);
        word(blob, total);
        word(blob, structureOffset);
        word(blob, stringsOffset);
        word(blob, reservationOffset);
        word(blob, VERSION);
        word(blob, LAST_COMPATIBLE_VERSION);
        word(blob, bootCpuId);
        word(blob, strings.size());
        word(blob, structure.size());
        blob.writeBytes(reservationBlock.toByteArray());
        blob.writeBytes(structure.toByteArray());
        blob.writeBytes(strings.toByteArray());
        return blob.toByteArray();
    }

    private int stringOffset(String name) {
        Integer offset = stringOffsets.get(name);
        if (offset == null) {
            offset = strings.size();
            strings.writeBytes(name.getBytes(StandardCharsets.US_ASCII));
            strings.write(0);
            stringOffsets.put(name, offset);
        }
        return offset;
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("the tree is already finished");
        }
    }

    private void token(int token) {
        word(structure, token);
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }

    private static void word(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static void longWord(ByteArrayOutputStream out, long value) {
        word(out, (int) (value >>> 32));
        word(out, (int) value);
    }

    private static void putWord(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 24);
        bytes[offset + 1] = (byte) (value >>> 16);
        bytes[offset + 2] = (byte) (value >>> 8);
        bytes[offset + 3] = (byte) value;
    }
}
