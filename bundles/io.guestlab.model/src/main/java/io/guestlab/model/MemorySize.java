package io.guestlab.model;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A byte count written the way QEMU's {@code -m} option takes it: a decimal number with an optional
 * suffix B, K, M, G or T (powers of 1024, either case); a number without suffix means MiB, as in QEMU.
 * Instances print in the shortest exact form ({@code 256M}, {@code 1536K}, {@code 100B}).
 *
 * <p>The instance class of the model's MemorySize data type: EMF parses attribute values through
 * {@link #valueOf(String)} and writes them with {@link #toString()}.
 */
public record MemorySize(long bytes) implements Comparable<MemorySize> {

    /** What a memory size looks like, for error messages. */
    public static final String SYNTAX = "a size like 256M, 1G, 1.5G, 512K or 4096B (no suffix means MiB)";

    private static final String UNITS = "BKMGT";

    public MemorySize {
        if (bytes < 0) {
            throw new IllegalArgumentException("a memory size cannot be negative: " + bytes);
        }
    }

    public static MemorySize ofBytes(long bytes) {
        return new MemorySize(bytes);
    }

    public static MemorySize ofMiB(long mebibytes) {
        return new MemorySize(Math.multiplyExact(mebibytes, 1L << 20));
    }

    /**
     * Parses QEMU's syntax.
     *
     * @throws IllegalArgumentException naming the text and the expected syntax
     */
    public static MemorySize valueOf(String text) {
        String s = text.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("'' is not a memory size: expected " + SYNTAX);
        }
        int shift = 20;
        int unit = UNITS.indexOf(Character.toUpperCase(s.charAt(s.length() - 1)));
        String number = s;
        if (unit >= 0) {
            shift = 10 * unit;
            number = s.substring(0, s.length() - 1).trim();
        }
        if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not a memory size: expected " + SYNTAX);
        }
        try {
            return new MemorySize(exactBytes(number, shift));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of bytes or is too large: expected "
                    + SYNTAX);
        }
    }

    /**
     * {@code number} (digits, or digits, a point and digits) times 2<sup>shift</sup>, exactly, in
     * long arithmetic: BigDecimal's class initialization alone costs tens of milliseconds, on
     * every `guestlab run --memory`. Only numbers beyond 18 digits take the BigDecimal way.
     *
     * @throws ArithmeticException if the product is not whole or does not fit a long
     */
    private static long exactBytes(String number, int shift) {
        int point = number.indexOf('.');
        String whole = point < 0 ? number : number.substring(0, point);
        String fraction = point < 0 ? "" : number.substring(point + 1);
        int digits = fraction.length();
        while (digits > 0 && fraction.charAt(digits - 1) == '0') {
            digits--;
        }
        fraction = fraction.substring(0, digits);
        if (whole.length() > 18 || digits > 18) {
            return new BigDecimal(number).multiply(BigDecimal.valueOf(2).pow(shift)).longValueExact();
        }
        long bytes = Math.multiplyExact(Long.parseLong(whole), 1L << shift);
        if (digits == 0) {
            return bytes;
        }
        // f / 10^k * 2^shift = (f / 5^k) * 2^(shift - k): whole when 5^k divides f, and 2^(k - shift)
        // divides the quotient if k > shift
        long f = Long.parseLong(fraction);
        long fiveToK = 1;
        for (int i = 0; i < digits; i++) {
            fiveToK *= 5; // 5^18 < 2^63
        }
        if (f % fiveToK != 0) {
            throw new ArithmeticException("not a whole number of bytes");
        }
        long m = f / fiveToK;
        long part;
        if (shift >= digits) {
            part = Math.multiplyExact(m, 1L << (shift - digits));
        } else {
            long divisor = 1L << (digits - shift);
            if (m % divisor != 0) {
                throw new ArithmeticException("not a whole number of bytes");
            }
            part = m / divisor;
        }
        return Math.addExact(bytes, part);
    }

    /** This size rounded up to whole MiB, for "set memory to at least ..." advice. */
    public MemorySize roundUpToMiB() {
        long mib = (bytes + (1L << 20) - 1) >>> 20;
        return ofMiB(mib);
    }

    @Override
    public int compareTo(MemorySize other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public String toString() {
        if (bytes == 0) {
            return "0B";
        }
        for (int unit = UNITS.length() - 1; unit > 0; unit--) {
            long size = 1L << (10 * unit);
            if (bytes % size == 0) {
                return (bytes / size) + UNITS.substring(unit, unit + 1);
            }
        }
        return bytes + "B";
    }

    /** A human-readable approximation such as 70.3M, for image sizes in messages. */
    public String approximate() {
        for (int unit = UNITS.length() - 1; unit > 0; unit--) {
            long size = 1L << (10 * unit);
            if (bytes >= size) {
                if (bytes % size == 0) {
                    return toString();
                }
                return String.format(Locale.ROOT, "%.1f%s", (double) bytes / size, UNITS.charAt(unit));
            }
        }
        return bytes + "B";
    }
}
