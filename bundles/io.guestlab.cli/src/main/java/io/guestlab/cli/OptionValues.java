package io.guestlab.cli;

import io.guestlab.model.MemorySize;

/** Parsing of option values shared by commands; bad values become a {@link UsageException} naming the option. */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * A size in QEMU's {@code -m} syntax, parsed by the one parser machine definitions and the IDE
     * use too ({@link MemorySize}): {@code 64} is 64 MiB, {@code 512K}, {@code 1G}, {@code 4096B}.
     */
    static long size(String text, String option) {
        try {
            return MemorySize.valueOf(text).bytes();
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
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
