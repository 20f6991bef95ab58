package io.guestlab.symbols;

import io.guestlab.symbols.dwarf.Location;

import java.util.OptionalLong;

/** Gathers an object's bytes from the pieces of its location (DWARF 5 section 2.6.1.2). */
final class ValueReader {

    /** Objects larger than this are not read whole (a corrupt size must not allocate gigabytes). */
    static final long MAX_OBJECT = 1 << 20;

    private ValueReader() {
    }

    static Value read(CType type, Location location, TargetAccess target) {
        long size = type.size();
        if (size < 0 || size > MAX_OBJECT) {
            return Value.unavailable(type, "object of unknown or excessive size " + size);
        }
        if (location.pieces().size() == 1 && location.pieces().get(0).sizeBits() == 0) {
            return whole(type, location.pieces().get(0), (int) size, target);
        }
        byte[] out = new byte[(int) size];
        long bit = 0;
        for (Location.Piece p : location.pieces()) {
            long bits = p.sizeBits();
            if (bits <= 0 || bits > size * 8 - bit) {
                return Value.unavailable(type, "location pieces do not fit the object");
            }
            int bytes = (int) ((bits + 7) / 8);
            Value part = whole(type, p, bytes, target);
            if (!part.isAvailable()) {
                return Value.unavailable(type, part.unavailable());
            }
            for (long i = 0; i < bits; i++) {
                long src = i + (p.kind() == Location.Kind.REGISTER ? p.bitOffset() : 0);
                if (src / 8 >= part.bytes().length) {
                    break;
                }
                int b = (part.bytes()[(int) (src / 8)] >> (src % 8)) & 1;
                long dst = bit + i;
                out[(int) (dst / 8)] |= (byte) (b << (dst % 8));
            }
            bit += bits;
        }
        return new Value(type, out, -1, null);
    }

    private static Value whole(CType type, Location.Piece p, int size, TargetAccess target) {
        switch (p.kind()) {
            case MEMORY: {
                byte[] b = new byte[size];
                if (!target.read(p.value(), b)) {
                    return Value.unavailable(type, String.format("cannot read memory at 0x%x", p.value()));
                }
                return new Value(type, b, p.value(), null);
            }
            case REGISTER: {
                OptionalLong v = target.register((int) p.value());
                if (v.isEmpty()) {
                    return Value.unavailable(type, "register " + TargetAccess.registerName((int) p.value()) + " not saved");
                }
                return new Value(type, littleEndian(v.getAsLong(), size), -1, null);
            }
            case VALUE:
                return new Value(type, littleEndian(p.value(), size), -1, null);
            case IMPLICIT:
                return new Value(type, java.util.Arrays.copyOf(p.bytes(), size), -1, null);
            default:
                return Value.unavailable(type, "optimized out");
        }
    }

    private static byte[] littleEndian(long v, int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size && i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }
}
