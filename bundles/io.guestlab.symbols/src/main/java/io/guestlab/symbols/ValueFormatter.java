package io.guestlab.symbols;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;

/**
 * Formats a {@link Value} per its C type, in the style C programmers know from gdb: structs as
 * {@code {x = 1, y = 2}}, arrays as {@code {1, 2, 3}}, enums by name, chars as {@code 111 'o'},
 * char pointers and arrays with their string, function pointers with their symbol.
 */
public final class ValueFormatter {

    private static final int MAX_ELEMENTS = 200;
    private static final int MAX_STRING = 200;
    private static final int MAX_DEPTH = 8;

    private final TargetAccess memory;
    private final AddressSpace symbols;

    /** @param memory for strings behind char pointers (may be null); @param symbols for code pointers (may be null) */
    public ValueFormatter(TargetAccess memory, AddressSpace symbols) {
        this.memory = memory;
        this.symbols = symbols;
    }

    public String format(Value value) {
        if (!value.isAvailable()) {
            return "<" + value.unavailable() + ">";
        }
        StringBuilder b = new StringBuilder();
        format(value.type(), value.bytes(), 0, b, 0);
        return b.toString();
    }

    private void format(CType declared, byte[] bytes, int offset, StringBuilder b, int depth) {
        CType t = declared.stripped();
        if (depth > MAX_DEPTH) {
            b.append("{...}");
            return;
        }
        long size = t.size();
        if (t.kind() != CType.Kind.ARRAY && (size < 0 || offset + size > bytes.length)) {
            b.append("<incomplete type>");
            return;
        }
        switch (t.kind()) {
            case BASE -> base(t, bytes, offset, (int) size, b);
            case ENUM -> {
                long v = integer(bytes, offset, (int) size, true);
                String name = t.enumerators().get(v);
                b.append(name != null ? name : Long.toString(v));
            }
            case POINTER -> pointer(t, integer(bytes, offset, (int) size, false), b);
            case STRUCT, UNION -> {
                b.append('{');
                boolean first = true;
                for (CType.Member m : t.members()) {
                    b.append(first ? "" : ", ");
                    first = false;
                    if (m.name() != null) {
                        b.append(m.name()).append(" = ");
                    }
                    if (m.isBitfield()) {
                        bitfield(m, bytes, offset, b);
                    } else if (m.byteOffset() >= 0 && offset + m.byteOffset() <= bytes.length) {
                        format(m.type(), bytes, (int) (offset + m.byteOffset()), b, depth + 1);
                    } else {
                        b.append("<out of bounds>");
                    }
                }
                b.append('}');
            }
            case ARRAY -> array(t, 0, bytes, offset, b, depth);
            case FUNCTION -> b.append("{").append(t).append("}");
            default -> b.append("void");
        }
    }

    private void array(CType t, int dimension, byte[] bytes, int offset, StringBuilder b, int depth) {
        long count = t.dimensions().get(dimension);
        long stride = t.target().size();
        for (int d = dimension + 1; d < t.dimensions().size(); d++) {
            stride *= Math.max(0, t.dimensions().get(d));
        }
        if (count < 0 || stride <= 0) {
            b.append("{...}");
            return;
        }
        CType element = t.target().stripped();
        boolean last = dimension == t.dimensions().size() - 1;
        if (last && element.kind() == CType.Kind.BASE && element.size() == 1 && isChar(element)) {
            int n = (int) Math.min(count, Math.max(0, bytes.length - offset));
            quoted(bytes, offset, n, b, true);
            return;
        }
        b.append('{');
        for (long i = 0; i < count; i++) {
            if (i >= MAX_ELEMENTS) {
                b.append("...");
                break;
            }
            long at = offset + i * stride;
            if (at + stride > bytes.length) {
                break;
            }
            b.append(i == 0 ? "" : ", ");
            if (last) {
                format(t.target(), bytes, (int) at, b, depth + 1);
            } else {
                array(t, dimension + 1, bytes, (int) at, b, depth + 1);
            }
        }
        b.append('}');
    }

    private void base(CType t, byte[] bytes, int offset, int size, StringBuilder b) {
        switch (t.encoding()) {
            case FLOAT -> {
                ByteBuffer bb = ByteBuffer.wrap(bytes, offset, size).order(ByteOrder.LITTLE_ENDIAN);
                b.append(size == 4 ? Float.toString(bb.getFloat()) : size == 8 ? Double.toString(bb.getDouble()) : "<float" + size * 8 + ">");
            }
            case BOOLEAN -> b.append(integer(bytes, offset, size, false) != 0 ? "true" : "false");
            case SIGNED_CHAR, UNSIGNED_CHAR -> {
                long v = integer(bytes, offset, size, t.encoding() == CType.Encoding.SIGNED_CHAR);
                b.append(v).append(' ');
                quoted(new byte[] {(byte) v}, 0, 1, b, false);
            }
            case SIGNED -> b.append(integer(bytes, offset, size, true));
            default -> b.append(Long.toUnsignedString(integer(bytes, offset, size, false)));
        }
    }

    private void bitfield(CType.Member m, byte[] bytes, int offset, StringBuilder b) {
        long v = 0;
        for (int i = 0; i < m.bitSize() && i < 64; i++) {
            long bit = offset * 8L + m.bitPosition() + i;
            if (bit / 8 >= bytes.length) {
                b.append("<out of bounds>");
                return;
            }
            v |= (long) ((bytes[(int) (bit / 8)] >> (bit % 8)) & 1) << i;
        }
        CType t = m.type().stripped();
        boolean signed = t.encoding() == CType.Encoding.SIGNED || t.encoding() == CType.Encoding.SIGNED_CHAR;
        if (signed && m.bitSize() < 64 && (v >> (m.bitSize() - 1) & 1) != 0) {
            v |= -1L << m.bitSize();
        }
        if (t.kind() == CType.Kind.ENUM && t.enumerators().containsKey(v)) {
            b.append(t.enumerators().get(v));
        } else if (t.kind() == CType.Kind.BASE && (t.encoding() == CType.Encoding.BOOLEAN)) {
            b.append(v != 0 ? "true" : "false");
        } else {
            b.append(signed ? Long.toString(v) : Long.toUnsignedString(v));
        }
    }

    private void pointer(CType t, long address, StringBuilder b) {
        b.append("0x").append(Long.toHexString(address));
        CType target = t.target() == null ? null : t.target().stripped();
        if (target == null || address == 0) {
            return;
        }
        if (target.kind() == CType.Kind.FUNCTION && symbols != null) {
            try {
                SymbolMatch m = symbols.symbolAt(address);
                if (m != null) {
                    b.append(" <").append(m).append('>');
                }
            } catch (SymbolsException e) {
                // A symbol we cannot read just goes unnamed.
            }
        } else if (target.kind() == CType.Kind.BASE && target.size() == 1 && isChar(target) && memory != null) {
            byte[] s = new byte[MAX_STRING];
            int n = 0;
            byte[] one = new byte[1];
            while (n < MAX_STRING && memory.read(address + n, one) && one[0] != 0) {
                s[n++] = one[0];
            }
            b.append(' ');
            quoted(s, 0, n, b, true);
            if (n == MAX_STRING) {
                b.append("...");
            }
        }
    }

    private static boolean isChar(CType t) {
        return t.encoding() == CType.Encoding.SIGNED_CHAR || t.encoding() == CType.Encoding.UNSIGNED_CHAR;
    }

    /** A C string or char literal; a char array stops at its first NUL like a C string would. */
    private static void quoted(byte[] bytes, int offset, int n, StringBuilder b, boolean string) {
        char quote = string ? '"' : '\'';
        b.append(quote);
        for (int i = 0; i < n; i++) {
            int c = bytes[offset + i] & 0xff;
            if (string && c == 0) {
                break;
            }
            Map<Integer, String> escapes = Map.of(0, "\\0", 7, "\\a", 8, "\\b", 9, "\\t", 10, "\\n", 13, "\\r", 92, "\\\\");
            if (escapes.containsKey(c)) {
                b.append(escapes.get(c));
            } else if (c == quote) {
                b.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append((char) c);
            } else {
                b.append(String.format("\\%03o", c));
            }
        }
        b.append(quote);
    }

    private static long integer(byte[] bytes, int offset, int size, boolean signed) {
        long v = 0;
        int n = Math.min(size, 8);
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (bytes[offset + i] & 0xff);
        }
        if (signed && n < 8) {
            v = v << (64 - 8 * n) >> (64 - 8 * n);
        }
        return v;
    }
}
