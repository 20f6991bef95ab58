package io.guestlab.cli;

import java.util.Locale;

/** Parsing of option values shared by commands; bad values become a {@link UsageException} naming the option. */
final class OptionValues {

    private OptionValues() {
    }

    /** A size with an optional K, M or G suffix (powers of 1024), e.g. {@code 128M}. */
    static long size(String text, String option) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("K") || t.endsWith("M") || t.endsWith("G")) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                default -> 1L << 30;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0 || n > (Long.MAX_VALUE / unit)) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a size (examples: 64M, 1G, 65536)");
        }
    }

    static long number(String text, String option, long min, long max) {
        try {
            long n = Long.parseLong(text.trim());
            if (n < min || n > max) {
                throw new UsageException(option + ": " + n + " is out of range " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a whole number");
        }
    }

    static double seconds(String text, String option) {
        try {
            double s = Double.parseDouble(text.trim());
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new NumberFormatException();
            }
            return s;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text + "' is not a positive number of seconds");
        }
    }
}
