package io.guestlab.symbols;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A C type as DWARF describes it (DWARF 5 section 5): base, pointer, typedef, qualifier,
 * struct/union with member offsets and bitfields, array, enum, function. Types may refer to
 * themselves (a struct with a pointer to itself), so walk them with care; {@link #stripped()}
 * is bounded.
 */
public final class CType {

    public enum Kind {
        VOID, BASE, POINTER, TYPEDEF, CONST, VOLATILE, RESTRICT, ATOMIC, STRUCT, UNION, ARRAY, ENUM, FUNCTION
    }

    /** Base type encodings (DWARF 5 section 7.8). */
    public enum Encoding {
        SIGNED, UNSIGNED, SIGNED_CHAR, UNSIGNED_CHAR, BOOLEAN, FLOAT, ADDRESS, UTF, OTHER
    }

    /**
     * A struct/union member: byte offset, and for a bitfield its width and its bit position
     * counted from the least significant bit of the containing object (little endian).
     */
    public record Member(String name, CType type, long byteOffset, int bitSize, long bitPosition) {

        public boolean isBitfield() {
            return bitSize > 0;
        }
    }

    private static final int MAX_HOPS = 64;

    Kind kind;
    String name;
    long size = -1;
    Encoding encoding = Encoding.OTHER;
    CType target;
    final List<Member> members = new ArrayList<>();
    final List<Long> dimensions = new ArrayList<>();
    final Map<Long, String> enumerators = new LinkedHashMap<>();
    final List<CType> parameters = new ArrayList<>();
    boolean variadic;

    CType(Kind kind) {
        this.kind = kind;
    }

    public static CType voidType() {
        return new CType(Kind.VOID);
    }

    /** A base type made by a debugger (an expression's cast), e.g. {@code base("unsigned int", 4, UNSIGNED)}. */
    public static CType base(String name, long size, Encoding encoding) {
        CType t = new CType(Kind.BASE);
        t.name = name;
        t.size = size;
        t.encoding = encoding;
        return t;
    }

    /**
     * The type of one element of this array type: the target type for a one-dimensional array,
     * else an array of the inner dimensions ({@code int [2][3]} gives {@code int [3]}).
     */
    public CType elementType() {
        CType a = stripped();
        if (a.kind != Kind.ARRAY || a.dimensions.size() <= 1) {
            return a.target;
        }
        CType inner = new CType(Kind.ARRAY);
        inner.target = a.target;
        inner.dimensions.addAll(a.dimensions.subList(1, a.dimensions.size()));
        return inner;
    }

    /** A pointer to {@code target} of {@code size} bytes (8 on RV64), as {@code &x} in an expression makes. */
    public static CType pointerTo(CType target, long size) {
        CType t = new CType(Kind.POINTER);
        t.target = target;
        t.size = size;
        return t;
    }

    public Kind kind() {
        return kind;
    }

    /** The tag or type name, or null when anonymous. */
    public String name() {
        return name;
    }

    /** Size in bytes, or -1 when unknown (void, function, incomplete array). */
    public long size() {
        if (size >= 0) {
            return size;
        }
        CType s = stripped();
        if (s != this && s.size >= 0) {
            return s.size;
        }
        if (kind == Kind.ARRAY && target != null) {
            long n = 1;
            for (long d : dimensions) {
                if (d < 0) {
                    return -1;
                }
                n *= d;
            }
            long element = target.size();
            return element < 0 ? -1 : n * element;
        }
        return -1;
    }

    public Encoding encoding() {
        return encoding;
    }

    /** The pointed-to, aliased, qualified, element or return type. */
    public CType target() {
        return target;
    }

    public List<Member> members() {
        return Collections.unmodifiableList(members);
    }

    /** Array dimensions, outermost first; -1 for an unknown bound. */
    public List<Long> dimensions() {
        return Collections.unmodifiableList(dimensions);
    }

    public Map<Long, String> enumerators() {
        return Collections.unmodifiableMap(enumerators);
    }

    public List<CType> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** This type without typedefs and qualifiers (bounded: cyclic input ends at a VOID). */
    public CType stripped() {
        CType t = this;
        for (int i = 0; i < MAX_HOPS && t != null; i++) {
            switch (t.kind) {
                case TYPEDEF, CONST, VOLATILE, RESTRICT, ATOMIC -> t = t.target;
                default -> {
                    return t;
                }
            }
        }
        return voidType();
    }

    public Member member(String memberName) {
        for (Member m : members) {
            if (memberName.equals(m.name())) {
                return m;
            }
        }
        return null;
    }

    /** The C spelling, e.g. {@code struct point *}, {@code int (*)(int, int)}, {@code int [2][3]}. */
    @Override
    public String toString() {
        return TypeNames.spell(this);
    }
}
