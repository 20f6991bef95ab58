package io.guestlab.gdbserver;

import java.nio.charset.StandardCharsets;

/**
 * The hex encodings of the remote protocol: numbers as big-endian hex digits, register values and
 * memory as little-endian byte pairs (GDB manual, appendix E.1 "Overview").
 */
final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** An unsigned number of 1 to 16 hex digits. */
    static long number(String text) throws PacketFormatException {
        if (text.isEmpty() || text.length() > 16) {
            throw new PacketFormatException("expected a hex number of 1 to 16 digits, got '" + abbreviate(text) + "'");
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d < 0) {
                throw new PacketFormatException("not a hex number: '" + abbreviate(text) + "'");
            }
            value = value << 4 | d;
        }
        return value;
    }

    /** A hex number that must fit {@code 0..max}. */
    static int number(String text, int max) throws PacketFormatException {
        long v = number(text);
        if (v < 0 || v > max) {
            throw new PacketFormatException("number 0x" + Long.toHexString(v) + " is out of range (at most 0x"
                    + Integer.toHexString(max) + ")");
        }
        return (int) v;
    }

    static String bytes(byte[] data) {
        StringBuilder s = new StringBuilder(data.length * 2);
        for (byte b : data) {
            s.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
        }
        return s.toString();
    }

    static byte[] bytes(String text) throws PacketFormatException {
        if ((text.length() & 1) != 0) {
            throw new PacketFormatException("odd number of hex digits in byte data");
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = digit(text.charAt(2 * i));
            int lo = digit(text.charAt(2 * i + 1));
            if (hi < 0 || lo < 0) {
                throw new PacketFormatException("bad hex byte '" + text.substring(2 * i, 2 * i + 2) + "'");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    /** {@code size} bytes of {@code value}, least significant first, as hex pairs. */
    static String littleEndian(long value, int size) {
        StringBuilder s = new StringBuilder(size * 2);
        for (int i = 0; i < size; i++) {
            int b = (int) (value >>> (8 * i)) & 0xff;
            s.append(DIGITS[b >> 4]).append(DIGITS[b & 0xf]);
        }
        return s.toString();
    }

    /** Reads {@code size} little-endian bytes as hex pairs starting at {@code from}. */
    static long littleEndian(String text, int from, int size) throws PacketFormatException {
        if (from < 0 || text.length() < from + 2 * size) {
            throw new PacketFormatException("register data too short: need " + size + " bytes");
        }
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            int hi = digit(text.charAt(from + 2 * i));
            int lo = digit(text.charAt(from + 2 * i + 1));
            if (hi < 0 || lo < 0) {
                throw new PacketFormatException("bad hex byte in register data");
            }
            value = value << 8 | hi << 4 | lo;
        }
        return value;
    }

    static String text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
