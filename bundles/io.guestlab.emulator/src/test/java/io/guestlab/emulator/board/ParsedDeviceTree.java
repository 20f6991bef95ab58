package io.guestlab.emulator.board;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent, strict reader of DTBs for tests (Devicetree Specification v0.4, chapter 5):
 * it checks every header field and block boundary it relies on and fails with a message.
 */
final class ParsedDeviceTree {

    final int version;
    final int lastCompatibleVersion;
    final int bootCpu;
    final List<long[]> reservations = new ArrayList<>();
    final Node root;

    static final class Node {
        final String name;
        final Map<String, byte[]> properties = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        Node(String name) {
            this.name = name;
        }

        Node child(String childName) {
            for (Node c : children) {
                if (c.name.equals(childName)) {
                    return c;
                }
            }
            throw new AssertionError("node '" + name + "' has no child '" + childName + "'");
        }

        byte[] property(String property) {
            byte[] value = properties.get(property);
            if (value == null) {
                throw new AssertionError("node '" + name + "' has no property '" + property + "'");
            }
            return value;
        }

        int[] cells(String property) {
            byte[] value = property(property);
            if (value.length % 4 != 0) {
                throw new AssertionError(property + " of '" + name + "' is not a list of cells");
            }
            int[] cells = new int[value.length / 4];
            ByteBuffer.wrap(value).asIntBuffer().get(cells);
            return cells;
        }

        int cell(String property) {
            int[] cells = cells(property);
            if (cells.length != 1) {
                throw new AssertionError(property + " of '" + name + "' has " + cells.length + " cells");
            }
            return cells[0];
        }

        List<String> strings(String property) {
            byte[] value = property(property);
            if (value.length == 0 || value[value.length - 1] != 0) {
                throw new AssertionError(property + " of '" + name + "' is not NUL-terminated");
            }
            return List.of(new String(value, 0, value.length - 1, StandardCharsets.US_ASCII).split("\0", -1));
        }

        String string(String property) {
            List<String> list = strings(property);
            if (list.size() != 1) {
                throw new AssertionError(property + " of '" + name + "' holds " + list.size() + " strings");
            }
            return list.get(0);
        }
    }

    ParsedDeviceTree(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob);
        check(blob.length >= 40, "blob shorter than the header");
        check(b.getInt(0) == 0xD00D_FEED, "bad magic");
        int total = b.getInt(4);
        int structOffset = b.getInt(8);
        int stringsOffset = b.getInt(12);
        int reservationOffset = b.getInt(16);
        version = b.getInt(20);
        lastCompatibleVersion = b.getInt(24);
        bootCpu = b.getInt(28);
        int stringsSize = b.getInt(32);
        int structSize = b.getInt(36);
        // A blob may sit in a larger buffer (QEMU pads its dump to 1 MiB); totalsize bounds it.
        check(total >= 40 && total <= blob.length, "totalsize " + total + " outside the " + blob.length + "-byte blob");
        check(reservationOffset % 8 == 0, "memory reservation block not 8-aligned");
        check(structOffset % 4 == 0, "structure block not 4-aligned");
        check(structOffset + structSize <= stringsOffset, "structure block overlaps strings block");
        check(stringsOffset + stringsSize <= total, "strings block beyond the blob");
        check(reservationOffset >= 40 && reservationOffset < structOffset, "reservation block misplaced");

        for (int at = reservationOffset; ; at += 16) {
            check(at + 16 <= structOffset, "reservation block not terminated");
            long address = b.getLong(at);
            long size = b.getLong(at + 8);
            if (address == 0 && size == 0) {
                break;
            }
            reservations.add(new long[] {address, size});
        }

        int[] cursor = {structOffset};
        int end = structOffset + structSize;
        check(b.getInt(cursor[0]) == 1, "structure block does not start with FDT_BEGIN_NODE");
        cursor[0] += 4;
        root = parseNode(blob, b, cursor, end, stringsOffset, stringsSize);
        check(b.getInt(cursor[0]) == 9, "no FDT_END after the root node");
        check(cursor[0] + 4 == end, "data after FDT_END in the structure block");
    }

    private Node parseNode(byte[] blob, ByteBuffer b, int[] cursor, int end, int stringsOffset, int stringsSize) {
        String name = cString(blob, cursor[0], end);
        cursor[0] = align(cursor[0] + name.length() + 1);
        Node node = new Node(name);
        while (true) {
            check(cursor[0] + 4 <= end, "structure block ends inside node '" + name + "'");
            int token = b.getInt(cursor[0]);
            cursor[0] += 4;
            switch (token) {
                case 1 -> node.children.add(parseNode(blob, b, cursor, end, stringsOffset, stringsSize));
                case 2 -> {
                    return node;
                }
                case 3 -> {
                    check(node.children.isEmpty(), "property after a child node in '" + name + "'");
                    int length = b.getInt(cursor[0]);
                    int nameOffset = b.getInt(cursor[0] + 4);
                    check(nameOffset >= 0 && nameOffset < stringsSize, "property name offset out of range");
                    String property = cString(blob, stringsOffset + nameOffset, stringsOffset + stringsSize);
                    int valueAt = cursor[0] + 8;
                    check(valueAt + length <= end, "property '" + property + "' runs past the structure block");
                    byte[] value = new byte[length];
                    System.arraycopy(blob, valueAt, value, 0, length);
                    check(node.properties.put(property, value) == null, "duplicate property '" + property + "' in '" + name + "'");
                    cursor[0] = align(valueAt + length);
                }
                case 4 -> { } // FDT_NOP
                default -> throw new AssertionError("unexpected token " + token + " in node '" + name + "'");
            }
        }
    }

    private static String cString(byte[] blob, int from, int limit) {
        int at = from;
        while (at < limit && blob[at] != 0) {
            at++;
        }
        check(at < limit, "unterminated string at " + from);
        return new String(blob, from, at - from, StandardCharsets.US_ASCII);
    }

    private static int align(int offset) {
        return (offset + 3) & ~3;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError("malformed DTB: " + message);
        }
    }

    /** Resolves a path such as {@code /soc/serial@10000000}. */
    Node node(String path) {
        Node node = root;
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                node = node.child(part);
            }
        }
        return node;
    }

    /** All nodes, depth first, by path. */
    Map<String, Node> allNodes() {
        Map<String, Node> nodes = new LinkedHashMap<>();
        collect("/", root, nodes);
        return nodes;
    }

    private static void collect(String path, Node node, Map<String, Node> into) {
        into.put(path, node);
        for (Node child : node.children) {
            collect(path.equals("/") ? "/" + child.name : path + "/" + child.name, child, into);
        }
    }
}
