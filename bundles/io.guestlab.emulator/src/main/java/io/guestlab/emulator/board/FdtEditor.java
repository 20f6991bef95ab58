package io.guestlab.emulator.board;

import io.guestlab.emulator.loader.BootImageException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A given flattened device tree (QEMU's {@code -dtb}), checked and edited as QEMU 7.2 edits it
 * with libfdt, so the guest gets the same bytes: the file is grown to twice (its size + 10000)
 * (load_device_tree), properties are replaced where they are or inserted first in their node,
 * a new node goes first after its parent's properties, names are appended to the strings block
 * unless already there (also as the tail of a longer name), and the blocks are packed at the end
 * with totalsize the packed size (fdt_pack) while the whole grown buffer is what gets placed.
 * Layout: Devicetree Specification v0.4, chapter 5.
 */
final class FdtEditor {

    private static final int FDT_NOP = 4;
    private static final int RESERVATION_ENTRY = 16;
    /** The oldest format libfdt opens: version 16 lacks only size_dt_struct. */
    private static final int OLDEST_VERSION = 16;

    // Header fields (5.2), byte offsets.
    private static final int TOTALSIZE = 4;
    private static final int OFF_DT_STRUCT = 8;
    private static final int OFF_DT_STRINGS = 12;
    private static final int OFF_MEM_RSVMAP = 16;
    private static final int VERSION = 20;
    private static final int LAST_COMP_VERSION = 24;
    private static final int SIZE_DT_STRINGS = 32;
    private static final int SIZE_DT_STRUCT = 36;

    private final String source;
    private final byte[] tree;
    private final ByteBuffer header;

    private FdtEditor(String source, byte[] tree) {
        this.source = source;
        this.tree = tree;
        this.header = ByteBuffer.wrap(tree);
    }

    /**
     * Checks {@code file}'s header and structure block and grows it as QEMU's load_device_tree
     * does. Like libfdt's fdt_open_into, it reads versions 16 (which has no size_dt_struct: the
     * structure block is walked to its FDT_END) and later, and makes the tree version 17.
     */
    static FdtEditor open(String source, byte[] given) throws BootImageException {
        byte[] file = given;
        ByteBuffer b = ByteBuffer.wrap(file);
        if (file.length < FdtWriter.HEADER_SIZE || b.getInt(0) != FdtWriter.MAGIC) {
            throw new BootImageException("device tree " + source + ": not a flattened device tree (no d00dfeed magic;"
                    + " compile a .dts with dtc -O dtb)");
        }
        long total = b.getInt(TOTALSIZE) & 0xFFFF_FFFFL;
        if (total < FdtWriter.HEADER_SIZE || total > file.length) {
            throw new BootImageException("device tree " + source + ": its header says " + total + " bytes, the file has "
                    + file.length);
        }
        if (b.getInt(VERSION) < OLDEST_VERSION || b.getInt(LAST_COMP_VERSION) > FdtWriter.VERSION) {
            throw new BootImageException("device tree " + source + ": version " + b.getInt(VERSION)
                    + " (last compatible " + b.getInt(LAST_COMP_VERSION) + ") cannot be read: QEMU, like Guestlab,"
                    + " reads versions 16 and 17 (convert it with dtc -I dtb -O dtb)");
        }
        if (b.getInt(VERSION) != FdtWriter.VERSION) { // fdt_open_into writes 17 whatever it read
            file = given.clone();
            b = ByteBuffer.wrap(file);
            if (b.getInt(VERSION) < FdtWriter.VERSION) {
                b.putInt(SIZE_DT_STRUCT, structureSize(source, file, b, (int) total));
            }
            b.putInt(VERSION, FdtWriter.VERSION);
        }
        int reservations = checkBlocks(source, b, (int) total);
        checkStructure(source, file, b);
        int grown = (file.length + 10_000) * 2;
        byte[] tree;
        if (misordered(b, reservations, (int) total)) {
            // fdt_open_into: blocks out of libfdt's order are packed into the new buffer first.
            tree = new byte[grown];
            System.arraycopy(file, 0, tree, 0, FdtWriter.HEADER_SIZE);
            packBlocks(file, tree, reservations);
            ByteBuffer.wrap(tree).putInt(LAST_COMP_VERSION, FdtWriter.LAST_COMPATIBLE_VERSION);
        } else {
            tree = Arrays.copyOf(file, grown);
        }
        ByteBuffer.wrap(tree).putInt(TOTALSIZE, grown);
        return new FdtEditor(source, tree);
    }

    /**
     * QEMU's edits for -append and -initrd: {@code bootargs} when {@code bootargs} is not empty,
     * then {@code linux,initrd-start} and {@code linux,initrd-end} when {@code initrdEnd != 0}.
     * QEMU 7.2 stops with "Couldn't find node /chosen" for a tree without one; Guestlab adds it.
     */
    FdtEditor chosen(String bootargs, long initrdStart, long initrdEnd) throws BootImageException {
        if (bootargs.isEmpty() && initrdEnd == 0) {
            return this;
        }
        int root = word(OFF_DT_STRUCT);
        if (findSubnode(root, "chosen") < 0) {
            addSubnode(root, "chosen");
        }
        if (!bootargs.isEmpty()) {
            byte[] value = Arrays.copyOf(bootargs.getBytes(StandardCharsets.UTF_8), bootargs.length() + 1);
            setProperty(findSubnode(root, "chosen"), "bootargs", value);
        }
        if (initrdEnd != 0) {
            setProperty(findSubnode(root, "chosen"), "linux,initrd-start", address(initrdStart));
            setProperty(findSubnode(root, "chosen"), "linux,initrd-end", address(initrdEnd));
        }
        return this;
    }

    /** The grown buffer with the blocks packed (fdt_pack); its length decides where the tree goes. */
    byte[] toByteArray() {
        packBlocks(tree, tree, countReservations(header, word(OFF_MEM_RSVMAP), word(TOTALSIZE)));
        header.putInt(TOTALSIZE, word(OFF_DT_STRINGS) + word(SIZE_DT_STRINGS));
        return tree.clone();
    }

    // ----- checks -----

    /** The number of reservation entries before the terminating one; every block inside totalsize. */
    private static int checkBlocks(String source, ByteBuffer b, int total) throws BootImageException {
        int reservationsAt = b.getInt(OFF_MEM_RSVMAP);
        int structAt = b.getInt(OFF_DT_STRUCT);
        int structSize = b.getInt(SIZE_DT_STRUCT);
        int stringsAt = b.getInt(OFF_DT_STRINGS);
        int stringsSize = b.getInt(SIZE_DT_STRINGS);
        if (reservationsAt < FdtWriter.HEADER_SIZE || reservationsAt % 8 != 0 || reservationsAt > total) {
            throw malformed(source, OFF_MEM_RSVMAP, "memory reservation block at " + hex(reservationsAt)
                    + " (must be 8-aligned, after the header, inside totalsize)");
        }
        if (structAt < FdtWriter.HEADER_SIZE || structAt % 4 != 0 || structSize < 0
                || (long) structAt + structSize > total) {
            throw malformed(source, OFF_DT_STRUCT, "structure block " + hex(structAt) + "+" + structSize
                    + " is not 4-aligned inside totalsize " + total);
        }
        if (stringsAt < FdtWriter.HEADER_SIZE || stringsSize < 0 || (long) stringsAt + stringsSize > total) {
            throw malformed(source, OFF_DT_STRINGS, "strings block " + hex(stringsAt) + "+" + stringsSize
                    + " is not inside totalsize " + total);
        }
        int count = countReservations(b, reservationsAt, total);
        if (count < 0) {
            throw malformed(source, reservationsAt, "memory reservation block has no terminating (0, 0) entry");
        }
        return count;
    }

    private static int countReservations(ByteBuffer b, int from, int limit) {
        for (int at = from, n = 0; at + RESERVATION_ENTRY <= limit; at += RESERVATION_ENTRY, n++) {
            if (b.getLong(at) == 0 && b.getLong(at + 8) == 0) {
                return n;
            }
        }
        return -1;
    }

    /**
     * A version 16 tree's structure block size: up to and including its FDT_END, the tokens
     * skipped as libfdt's fdt_next_tag skips them; {@link #checkStructure} then checks them.
     */
    private static int structureSize(String source, byte[] file, ByteBuffer b, int total) throws BootImageException {
        int start = b.getInt(OFF_DT_STRUCT);
        if (start < FdtWriter.HEADER_SIZE - 4 || start % 4 != 0 || start >= total) {
            throw malformed(source, OFF_DT_STRUCT, "structure block at " + hex(start)
                    + " (must be 4-aligned, after the header, inside totalsize)");
        }
        int at = start;
        while (at + 4 <= total) {
            int token = b.getInt(at);
            switch (token) {
                case FdtWriter.FDT_BEGIN_NODE -> {
                    int nul = nul(file, at + 4, total);
                    if (nul < 0) {
                        throw malformed(source, at, "node name without its NUL inside totalsize");
                    }
                    at = align(nul + 1);
                }
                case FdtWriter.FDT_PROP -> {
                    if (at + 12 > total) {
                        throw malformed(source, at, "property header runs past totalsize");
                    }
                    at = align(at + 12 + (int) Math.min(total, b.getInt(at + 4) & 0xFFFF_FFFFL));
                }
                case FdtWriter.FDT_END_NODE, FDT_NOP -> at += 4;
                case FdtWriter.FDT_END -> {
                    return at + 4 - start;
                }
                default -> throw malformed(source, at, "unknown token " + hex(token));
            }
        }
        throw malformed(source, start, "the structure block ends without FDT_END");
    }

    /** Walks the tokens (5.4): one root node, balanced nodes, properties inside nodes, then FDT_END. */
    private static void checkStructure(String source, byte[] file, ByteBuffer b) throws BootImageException {
        int at = b.getInt(OFF_DT_STRUCT);
        int end = at + b.getInt(SIZE_DT_STRUCT);
        int stringsAt = b.getInt(OFF_DT_STRINGS);
        int stringsSize = b.getInt(SIZE_DT_STRINGS);
        int depth = 0;
        boolean rootDone = false;
        while (true) {
            if (at + 4 > end) {
                throw malformed(source, at, "the structure block ends without FDT_END");
            }
            int token = b.getInt(at);
            if (at == b.getInt(OFF_DT_STRUCT) && token != FdtWriter.FDT_BEGIN_NODE) {
                throw malformed(source, at, "the structure block does not begin with FDT_BEGIN_NODE (token "
                        + hex(token) + ")");
            }
            switch (token) {
                case FdtWriter.FDT_BEGIN_NODE -> {
                    if (depth == 0 && rootDone) {
                        throw malformed(source, at, "a second root node");
                    }
                    int nul = nul(file, at + 4, end);
                    if (nul < 0) {
                        throw malformed(source, at, "node name without its NUL inside the structure block");
                    }
                    depth++;
                    at = align(nul + 1);
                }
                case FdtWriter.FDT_END_NODE -> {
                    if (depth == 0) {
                        throw malformed(source, at, "FDT_END_NODE without an open node");
                    }
                    depth--;
                    rootDone |= depth == 0;
                    at += 4;
                }
                case FdtWriter.FDT_PROP -> {
                    if (depth == 0) {
                        throw malformed(source, at, "a property outside any node");
                    }
                    if (at + 12 > end) {
                        throw malformed(source, at, "property header runs past the structure block");
                    }
                    long length = b.getInt(at + 4) & 0xFFFF_FFFFL;
                    int nameOffset = b.getInt(at + 8);
                    if (at + 12 + length > end) {
                        throw malformed(source, at, "property value of " + length + " bytes runs past the structure block");
                    }
                    if (nameOffset < 0 || nameOffset >= stringsSize
                            || nul(file, stringsAt + nameOffset, stringsAt + stringsSize) < 0) {
                        throw malformed(source, at, "property name offset " + nameOffset + " is not a string in the "
                                + stringsSize + "-byte strings block");
                    }
                    at = align(at + 12 + (int) length);
                }
                case FDT_NOP -> at += 4;
                case FdtWriter.FDT_END -> {
                    if (depth != 0) {
                        throw malformed(source, at, "FDT_END with " + depth + " node(s) still open");
                    }
                    return;
                }
                default -> throw malformed(source, at, "unknown token " + hex(token));
            }
        }
    }

    /** libfdt's order check: reservations, structure and strings in that order, inside totalsize. */
    private static boolean misordered(ByteBuffer b, int reservations, int total) {
        int reservationsAt = b.getInt(OFF_MEM_RSVMAP);
        int structAt = b.getInt(OFF_DT_STRUCT);
        int stringsAt = b.getInt(OFF_DT_STRINGS);
        return structAt < reservationsAt + (reservations + 1) * RESERVATION_ENTRY
                || stringsAt < structAt + b.getInt(SIZE_DT_STRUCT)
                || total < stringsAt + b.getInt(SIZE_DT_STRINGS);
    }

    // ----- libfdt's edits -----

    /** The offset of {@code name}'s FDT_BEGIN_NODE among {@code parent}'s children, or -1. */
    private int findSubnode(int parent, String name) {
        int at = afterName(parent);
        int depth = 0;
        while (true) {
            int token = word(at);
            switch (token) {
                case FdtWriter.FDT_BEGIN_NODE -> {
                    if (depth == 0 && nodeNameMatches(nodeName(at), name)) {
                        return at;
                    }
                    depth++;
                    at = afterName(at);
                }
                case FdtWriter.FDT_END_NODE -> {
                    if (depth-- == 0) {
                        return -1;
                    }
                    at += 4;
                }
                case FdtWriter.FDT_PROP -> at = align(at + 12 + word(at + 4));
                default -> at += 4; // FDT_NOP; FDT_END cannot come inside a checked node
            }
        }
    }

    /** libfdt: "chosen" also names "chosen@..." (a path component without a unit address). */
    private static boolean nodeNameMatches(String node, String name) {
        return node.equals(name) || (!name.contains("@") && node.startsWith(name + "@"));
    }

    /** fdt_add_subnode: the new node goes after the parent's properties (and NOPs), before its children. */
    private void addSubnode(int parent, String name) throws BootImageException {
        int at = afterName(parent);
        while (word(at) == FdtWriter.FDT_PROP || word(at) == FDT_NOP) {
            at = word(at) == FDT_NOP ? at + 4 : align(at + 12 + word(at + 4));
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        int length = 4 + align(nameBytes.length + 1) + 4;
        spliceStruct(at, 0, length, "node /" + name);
        Arrays.fill(tree, at, at + length, (byte) 0);
        header.putInt(at, FdtWriter.FDT_BEGIN_NODE);
        System.arraycopy(nameBytes, 0, tree, at + 4, nameBytes.length);
        header.putInt(at + length - 4, FdtWriter.FDT_END_NODE);
    }

    /** fdt_setprop: an existing property is resized in place, a new one inserted first in the node. */
    private void setProperty(int node, String name, byte[] value) throws BootImageException {
        int at = afterName(node);
        while (word(at) == FdtWriter.FDT_PROP || word(at) == FDT_NOP) {
            if (word(at) == FdtWriter.FDT_PROP && stringAt(word(OFF_DT_STRINGS) + word(at + 8)).equals(name)) {
                spliceStruct(at + 12, align(word(at + 4)), align(value.length), "property " + name);
                header.putInt(at + 4, value.length);
                System.arraycopy(value, 0, tree, at + 12, value.length);
                return;
            }
            at = word(at) == FDT_NOP ? at + 4 : align(at + 12 + word(at + 4));
        }
        int nameOffset = findOrAddString(name);
        int insertAt = afterName(node);
        spliceStruct(insertAt, 0, 12 + align(value.length), "property " + name);
        header.putInt(insertAt, FdtWriter.FDT_PROP);
        header.putInt(insertAt + 4, value.length);
        header.putInt(insertAt + 8, nameOffset);
        System.arraycopy(value, 0, tree, insertAt + 12, value.length);
    }

    /** fdt_find_add_string_: any occurrence of name and its NUL, else appended to the strings block. */
    private int findOrAddString(String name) throws BootImageException {
        byte[] wanted = Arrays.copyOf(name.getBytes(StandardCharsets.US_ASCII), name.length() + 1);
        int stringsAt = word(OFF_DT_STRINGS);
        int size = word(SIZE_DT_STRINGS);
        for (int p = 0; p + wanted.length <= size; p++) {
            if (Arrays.equals(tree, stringsAt + p, stringsAt + p + wanted.length, wanted, 0, wanted.length)) {
                return p;
            }
        }
        splice(stringsAt + size, 0, wanted.length, "property name " + name);
        System.arraycopy(wanted, 0, tree, stringsAt + size, wanted.length);
        header.putInt(SIZE_DT_STRINGS, size + wanted.length);
        return size;
    }

    private void spliceStruct(int at, int oldLength, int newLength, String what) throws BootImageException {
        splice(at, oldLength, newLength, what);
        int delta = newLength - oldLength;
        header.putInt(SIZE_DT_STRUCT, word(SIZE_DT_STRUCT) + delta);
        header.putInt(OFF_DT_STRINGS, word(OFF_DT_STRINGS) + delta);
    }

    /** fdt_splice_: moves everything from {@code at + oldLength} to the end of the data; nothing is cleared. */
    private void splice(int at, int oldLength, int newLength, String what) throws BootImageException {
        int dataEnd = word(OFF_DT_STRINGS) + word(SIZE_DT_STRINGS);
        if (dataEnd - oldLength + newLength > word(TOTALSIZE)) {
            throw new BootImageException("device tree " + source + ": no room for " + what + " in the "
                    + word(TOTALSIZE) + " bytes QEMU allows a given tree (twice its size + 10000)");
        }
        System.arraycopy(tree, at + oldLength, tree, at + newLength, dataEnd - (at + oldLength));
    }

    /** fdt_packblocks_: reservations right after the header, then the structure and strings blocks. */
    private static void packBlocks(byte[] from, byte[] to, int reservations) {
        ByteBuffer in = ByteBuffer.wrap(from);
        ByteBuffer out = ByteBuffer.wrap(to);
        int reservationsSize = (reservations + 1) * RESERVATION_ENTRY;
        int structSize = in.getInt(SIZE_DT_STRUCT);
        int stringsSize = in.getInt(SIZE_DT_STRINGS);
        int oldReservations = in.getInt(OFF_MEM_RSVMAP);
        int oldStruct = in.getInt(OFF_DT_STRUCT);
        int oldStrings = in.getInt(OFF_DT_STRINGS);
        int reservationsAt = FdtWriter.HEADER_SIZE;
        int structAt = reservationsAt + reservationsSize;
        int stringsAt = structAt + structSize;
        System.arraycopy(from, oldReservations, to, reservationsAt, reservationsSize);
        System.arraycopy(from, oldStruct, to, structAt, structSize);
        System.arraycopy(from, oldStrings, to, stringsAt, stringsSize);
        out.putInt(OFF_MEM_RSVMAP, reservationsAt);
        out.putInt(OFF_DT_STRUCT, structAt);
        out.putInt(SIZE_DT_STRUCT, structSize);
        out.putInt(OFF_DT_STRINGS, stringsAt);
        out.putInt(SIZE_DT_STRINGS, stringsSize);
    }

    // ----- helpers -----

    /** QEMU sets the initrd range with qemu_fdt_setprop_cell: one cell (two only if it would not fit). */
    private static byte[] address(long value) {
        return value >>> 32 == 0 ? ByteBuffer.allocate(4).putInt((int) value).array()
                : ByteBuffer.allocate(8).putLong(value).array();
    }

    private int word(int at) {
        return header.getInt(at);
    }

    private int afterName(int beginNode) {
        return align(nul(tree, beginNode + 4, tree.length) + 1);
    }

    private String nodeName(int beginNode) {
        return stringAt(beginNode + 4);
    }

    private String stringAt(int at) {
        return new String(tree, at, nul(tree, at, tree.length) - at, StandardCharsets.US_ASCII);
    }

    private static int nul(byte[] bytes, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }

    private static String hex(int value) {
        return String.format(Locale.ROOT, "0x%x", value);
    }

    private static BootImageException malformed(String source, int offset, String what) {
        return new BootImageException("device tree " + source + ": malformed at offset " + hex(offset) + ": " + what);
    }
}
