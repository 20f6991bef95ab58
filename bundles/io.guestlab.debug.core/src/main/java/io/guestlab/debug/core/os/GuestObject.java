package io.guestlab.debug.core.os;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Program;

import java.nio.charset.StandardCharsets;

/**
 * An object in guest memory seen through its DWARF type: members by name, array elements with
 * their bounds, integers, enumerators by name, strings, pointers followed. Only the bytes asked
 * for are read, so a provider walks a 10 KiB {@code task_struct} by reading a few words of it.
 * Every failure is an {@link OsAwarenessException} naming the object, member or address.
 */
public final class GuestObject {

    private final String path;
    private final CType type;
    private final long address;
    private final KernelAccess memory;

    private GuestObject(String path, CType type, long address, KernelAccess memory) {
        this.path = path;
        this.type = type;
        this.address = address;
        this.memory = memory;
    }

    /** The object of {@code type} at {@code address}, called {@code path} in messages. */
    public static GuestObject at(String path, CType type, long address, KernelAccess memory) {
        return new GuestObject(path, type, address, memory);
    }

    /** A global variable of {@code kernel} by name: its ELF symbol's address and its DWARF type (looked up anew: see {@link KernelGlobals}). */
    public static GuestObject global(Program kernel, String name, KernelAccess memory) throws OsAwarenessException {
        return new KernelGlobals(kernel).get(name, memory);
    }

    public CType type() {
        return type;
    }

    public long address() {
        return address;
    }

    /** How messages name this object, e.g. {@code proc[2].context}. */
    public String path() {
        return path;
    }

    /** Whether this struct or union has a member of that name. */
    public boolean has(String member) {
        CType s = type.stripped();
        return (s.kind() == CType.Kind.STRUCT || s.kind() == CType.Kind.UNION) && s.member(member) != null;
    }

    /** A member of this struct or union. */
    public GuestObject member(String name) throws OsAwarenessException {
        CType s = type.stripped();
        if (s.kind() != CType.Kind.STRUCT && s.kind() != CType.Kind.UNION) {
            throw new OsAwarenessException(path + " is a " + type + ", not a struct");
        }
        CType.Member m = s.member(name);
        if (m == null) {
            throw new OsAwarenessException(s + " has no member '" + name + "' (" + path + ")");
        }
        return new GuestObject(path + "." + name, m.type(), address + m.byteOffset(), memory);
    }

    /** The byte offset of a member in this struct's type (for {@code container_of}). */
    public static long offsetOf(CType struct, String member) throws OsAwarenessException {
        CType.Member m = struct.stripped().member(member);
        if (m == null) {
            throw new OsAwarenessException(struct + " has no member '" + member + "'");
        }
        return m.byteOffset();
    }

    /** The number of elements of this array (its outermost dimension). */
    public long length() throws OsAwarenessException {
        CType a = type.stripped();
        if (a.kind() != CType.Kind.ARRAY) {
            throw new OsAwarenessException(path + " is a " + type + ", not an array");
        }
        long n = a.dimensions().get(0);
        if (n < 0) {
            throw new OsAwarenessException(path + " is an array of unknown size");
        }
        return n;
    }

    /** Element {@code i} of this array. */
    public GuestObject element(long i) throws OsAwarenessException {
        long n = length();
        if (i < 0 || i >= n) {
            throw new OsAwarenessException(path + "[" + i + "] is outside its " + n + " elements");
        }
        CType element = type.elementType();
        long size = element.size();
        if (size <= 0) {
            throw new OsAwarenessException(path + " has elements of unknown size");
        }
        return new GuestObject(path + "[" + i + "]", element, address + i * size, memory);
    }

    /** The object a pointer points to, or null for a null pointer. */
    public GuestObject deref() throws OsAwarenessException {
        CType p = type.stripped();
        if (p.kind() != CType.Kind.POINTER) {
            throw new OsAwarenessException(path + " is a " + type + ", not a pointer");
        }
        long to = unsigned();
        return to == 0 ? null : new GuestObject("*" + path, p.target() == null ? CType.voidType() : p.target(), to, memory);
    }

    /** This object's bytes. */
    public byte[] bytes() throws OsAwarenessException {
        long size = type.size();
        if (size < 0 || size > 1 << 20) {
            throw new OsAwarenessException(path + " has no readable size (" + type + ")");
        }
        byte[] b = new byte[(int) size];
        if (!memory.read(address, b)) {
            throw new OsAwarenessException(String.format("cannot read %s at 0x%x", path, address));
        }
        return b;
    }

    /** An integer, enum, bool or pointer of up to 8 bytes, zero-extended. */
    public long unsigned() throws OsAwarenessException {
        byte[] b = scalarBytes();
        long v = 0;
        for (int i = b.length - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    /** An integer, enum, bool or pointer of up to 8 bytes, sign-extended when its type is signed. */
    public long integer() throws OsAwarenessException {
        long v = unsigned();
        int bits = (int) type.size() * 8;
        return bits < 64 && isSigned() ? v << (64 - bits) >> (64 - bits) : v;
    }

    private boolean isSigned() {
        CType s = type.stripped();
        if (s.kind() == CType.Kind.ENUM && s.target() != null) {
            s = s.target().stripped();
        }
        return s.encoding() == CType.Encoding.SIGNED || s.encoding() == CType.Encoding.SIGNED_CHAR;
    }

    private byte[] scalarBytes() throws OsAwarenessException {
        CType s = type.stripped();
        boolean scalar = switch (s.kind()) {
            case BASE, ENUM, POINTER -> true;
            default -> false;
        };
        long size = type.size();
        if (!scalar || size < 1 || size > 8) {
            throw new OsAwarenessException(path + " is a " + type + ", not an integer");
        }
        return bytes();
    }

    /** An enum's enumerator name for its value ({@code SLEEPING}), or the number when it has none. */
    public String enumerator() throws OsAwarenessException {
        CType s = type.stripped();
        if (s.kind() != CType.Kind.ENUM) {
            throw new OsAwarenessException(path + " is a " + type + ", not an enum");
        }
        long v = integer();
        String name = s.enumerators().get(v);
        return name != null ? name : Long.toString(v);
    }

    /** The NUL-terminated string a {@code char *} points to, at most {@code max} bytes of it; null for a null pointer. */
    public String pointedString(int max) throws OsAwarenessException {
        long to = deref() == null ? 0 : unsigned();
        if (to == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        byte[] one = new byte[1];
        for (int i = 0; i < max; i++) {
            if (!memory.read(to + i, one)) {
                throw new OsAwarenessException(String.format("cannot read the string %s points to at 0x%x", path, to + i));
            }
            if (one[0] == 0) {
                break;
            }
            s.append((char) (one[0] & 0xff));
        }
        return s.toString();
    }

    /** A char array as a string, up to its first NUL (bytes as ISO-8859-1; kernels name processes in ASCII). */
    public String string() throws OsAwarenessException {
        CType s = type.stripped();
        CType element = s.kind() == CType.Kind.ARRAY ? s.target() == null ? null : s.target().stripped() : null;
        if (element == null || element.size() != 1) {
            throw new OsAwarenessException(path + " is a " + type + ", not a char array");
        }
        byte[] b = bytes();
        int end = 0;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1);
    }
}
