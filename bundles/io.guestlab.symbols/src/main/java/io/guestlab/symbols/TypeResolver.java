package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.Die;
import io.guestlab.symbols.dwarf.Dw;

import java.util.HashMap;
import java.util.Map;

/**
 * Builds {@link CType}s from type DIEs. Each DIE becomes one CType, registered before its parts
 * are read, so self-referencing and cyclic (hostile) type graphs terminate.
 */
final class TypeResolver {

    private static final int MAX_DEPTH = 256;

    private final Map<Long, CType> byOffset = new HashMap<>();
    private int depth;

    /** The type a DIE's DW_AT_type names; void when absent. */
    CType typeOf(Die d) {
        Die t = d.unit().reference(d, Dw.AT_TYPE);
        return t == null ? CType.voidType() : resolve(t);
    }

    CType resolve(Die d) {
        CType known = byOffset.get(d.offset());
        if (known != null) {
            return known;
        }
        if (depth > MAX_DEPTH) {
            return CType.voidType();
        }
        depth++;
        try {
            return build(d);
        } finally {
            depth--;
        }
    }

    private CType build(Die d) {
        CType t = new CType(kindOf(d.tag()));
        byOffset.put(d.offset(), t);
        t.name = d.name();
        long byteSize = d.raw(Dw.AT_BYTE_SIZE, -1);
        t.size = byteSize;
        switch (t.kind) {
            case BASE -> t.encoding = encoding((int) d.raw(Dw.AT_ENCODING, 0));
            case POINTER -> {
                t.target = typeOf(d);
                if (t.size < 0) {
                    t.size = d.unit().addressSize();
                }
            }
            case TYPEDEF, CONST, VOLATILE, RESTRICT, ATOMIC -> t.target = typeOf(d);
            case STRUCT, UNION -> {
                for (Die m : d.children()) {
                    if (m.tag() == Dw.TAG_MEMBER) {
                        t.members.add(member(m, t.kind == CType.Kind.UNION));
                    }
                }
            }
            case ARRAY -> {
                t.target = typeOf(d);
                for (Die s : d.children()) {
                    if (s.tag() == Dw.TAG_SUBRANGE_TYPE) {
                        long count = s.raw(Dw.AT_COUNT, -1);
                        if (count < 0 && s.has(Dw.AT_UPPER_BOUND)) {
                            count = s.raw(Dw.AT_UPPER_BOUND, -2) + 1;
                        }
                        t.dimensions.add(count < 0 ? -1 : count);
                    }
                }
                if (t.dimensions.isEmpty()) {
                    t.dimensions.add(-1L);
                }
            }
            case ENUM -> {
                t.target = typeOf(d);
                boolean signed = t.target.stripped().encoding() == CType.Encoding.SIGNED;
                for (Die e : d.children()) {
                    if (e.tag() == Dw.TAG_ENUMERATOR) {
                        t.enumerators.put(constant(e, Dw.AT_CONST_VALUE, signed, byteSize), e.name());
                    }
                }
            }
            case FUNCTION -> {
                t.target = typeOf(d);
                for (Die p : d.children()) {
                    if (p.tag() == Dw.TAG_FORMAL_PARAMETER) {
                        t.parameters.add(typeOf(p));
                    } else if (p.tag() == 0x18) {
                        t.variadic = true;
                    }
                }
            }
            default -> {
            }
        }
        return t;
    }

    private CType.Member member(Die m, boolean union) {
        CType type = typeOf(m);
        long byteOffset = 0;
        if (m.has(Dw.AT_DATA_MEMBER_LOCATION)) {
            byte[] expr = m.block(Dw.AT_DATA_MEMBER_LOCATION);
            if (expr != null) {
                // DWARF 2 style: DW_OP_plus_uconst N.
                byteOffset = expr.length > 1 && (expr[0] & 0xff) == 0x23 ? uleb(expr, 1) : 0;
            } else {
                byteOffset = m.raw(Dw.AT_DATA_MEMBER_LOCATION, 0);
            }
        }
        int bitSize = (int) m.raw(Dw.AT_BIT_SIZE, 0);
        long bitPosition = byteOffset * 8;
        if (m.has(Dw.AT_DATA_BIT_OFFSET)) {
            bitPosition = m.raw(Dw.AT_DATA_BIT_OFFSET, 0);
            byteOffset = bitPosition / 8;
        } else if (bitSize > 0 && m.has(Dw.AT_BIT_OFFSET)) {
            // DWARF 2/3: bit offset counted from the most significant bit of a storage unit of
            // DW_AT_byte_size bytes; on a little-endian target that is its mirror from the LSB.
            long storage = m.raw(Dw.AT_BYTE_SIZE, type.size());
            bitPosition = byteOffset * 8 + storage * 8 - m.raw(Dw.AT_BIT_OFFSET, 0) - bitSize;
        }
        return new CType.Member(m.name(), type, union ? 0 : byteOffset, bitSize, bitPosition);
    }

    static long constant(Die d, int attribute, boolean signed, long size) {
        long v = d.raw(attribute, 0);
        int form = d.form(attribute);
        int bits = switch (form) {
            case Dw.FORM_DATA1 -> 8;
            case Dw.FORM_DATA2 -> 16;
            case Dw.FORM_DATA4 -> 32;
            default -> 64;
        };
        if (signed && bits < 64) {
            v = v << (64 - bits) >> (64 - bits);
        }
        return v;
    }

    private static long uleb(byte[] b, int from) {
        long v = 0;
        int shift = 0;
        for (int i = from; i < b.length && shift < 64; i++) {
            v |= (long) (b[i] & 0x7f) << shift;
            shift += 7;
            if ((b[i] & 0x80) == 0) {
                break;
            }
        }
        return v;
    }

    private static CType.Kind kindOf(int tag) {
        return switch (tag) {
            case Dw.TAG_BASE_TYPE -> CType.Kind.BASE;
            case Dw.TAG_POINTER_TYPE -> CType.Kind.POINTER;
            case Dw.TAG_TYPEDEF -> CType.Kind.TYPEDEF;
            case Dw.TAG_CONST_TYPE -> CType.Kind.CONST;
            case Dw.TAG_VOLATILE_TYPE -> CType.Kind.VOLATILE;
            case Dw.TAG_RESTRICT_TYPE -> CType.Kind.RESTRICT;
            case Dw.TAG_ATOMIC_TYPE -> CType.Kind.ATOMIC;
            case Dw.TAG_STRUCTURE_TYPE -> CType.Kind.STRUCT;
            case Dw.TAG_UNION_TYPE -> CType.Kind.UNION;
            case Dw.TAG_ARRAY_TYPE -> CType.Kind.ARRAY;
            case Dw.TAG_ENUMERATION_TYPE -> CType.Kind.ENUM;
            case Dw.TAG_SUBROUTINE_TYPE -> CType.Kind.FUNCTION;
            default -> CType.Kind.VOID;
        };
    }

    private static CType.Encoding encoding(int ate) {
        return switch (ate) {
            case Dw.ATE_SIGNED -> CType.Encoding.SIGNED;
            case Dw.ATE_UNSIGNED -> CType.Encoding.UNSIGNED;
            case Dw.ATE_SIGNED_CHAR -> CType.Encoding.SIGNED_CHAR;
            case Dw.ATE_UNSIGNED_CHAR -> CType.Encoding.UNSIGNED_CHAR;
            case Dw.ATE_BOOLEAN -> CType.Encoding.BOOLEAN;
            case Dw.ATE_FLOAT -> CType.Encoding.FLOAT;
            case Dw.ATE_ADDRESS -> CType.Encoding.ADDRESS;
            case Dw.ATE_UTF -> CType.Encoding.UTF;
            default -> CType.Encoding.OTHER;
        };
    }
}
