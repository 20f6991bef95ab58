package io.guestlab.debug.core.session;

import io.guestlab.symbols.CType;
import io.guestlab.symbols.Value;

/** Numbers in and out of little-endian value bytes, per the C type's encoding. */
final class Scalars {

    static final CType LONG = CType.base("long", 8, CType.Encoding.SIGNED);
    static final CType UNSIGNED_LONG = CType.base("unsigned long", 8, CType.Encoding.UNSIGNED);
    static final CType INT = CType.base("int", 4, CType.Encoding.SIGNED);
    static final CType DOUBLE = CType.base("double", 8, CType.Encoding.FLOAT);

    private Scalars() {
    }

    static byte[] bytes(long v, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    static Value of(CType type, long v) {
        return new Value(type, bytes(v, (int) type.size()), -1, null);
    }

    static Value ofDouble(double d) {
        return of(DOUBLE, Double.doubleToRawLongBits(d));
    }

    /** Whether a value of this type is a floating-point number. */
    static boolean isFloat(CType type) {
        CType t = type.stripped();
        return t.kind() == CType.Kind.BASE && t.encoding() == CType.Encoding.FLOAT;
    }

    static boolean isSigned(CType type) {
        CType t = type.stripped();
        return t.kind() == CType.Kind.ENUM || t.kind() == CType.Kind.BASE
                && (t.encoding() == CType.Encoding.SIGNED || t.encoding() == CType.Encoding.SIGNED_CHAR);
    }

    /** The value as a 64-bit integer, sign-extended when its type is signed. */
    static long integer(Value v) {
        int size = Math.min(v.bytes().length, 8);
        long x = v.asLong();
        if (isSigned(v.type()) && size < 8 && size > 0) {
            x = x << (64 - 8 * size) >> (64 - 8 * size);
        }
        return x;
    }

    static double real(Value v) {
        if (!isFloat(v.type())) {
            return isSigned(v.type()) ? integer(v) : unsignedToDouble(integer(v));
        }
        return v.bytes().length == 4 ? Float.intBitsToFloat((int) v.asLong()) : Double.longBitsToDouble(v.asLong());
    }

    private static double unsignedToDouble(long v) {
        return v >= 0 ? v : (v >>> 1) * 2.0 + (v & 1);
    }
}
