package io.guestlab.debug.core;

/** Numbers as users type them in configurations: decimal, or hexadecimal after 0x; 64-bit unsigned. */
public final class Numbers {

    private Numbers() {
    }

    /** @throws NumberFormatException when {@code text} is neither */
    public static long parse(String text) {
        String t = text.trim();
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        long v;
        if (t.startsWith("0x") || t.startsWith("0X")) {
            v = Long.parseUnsignedLong(t.substring(2), 16);
        } else {
            v = Long.parseUnsignedLong(t);
        }
        return negative ? -v : v;
    }
}
