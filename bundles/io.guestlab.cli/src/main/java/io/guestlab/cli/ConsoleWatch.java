package io.guestlab.cli;

import java.nio.charset.StandardCharsets;

/**
 * Watches console output, byte by byte, for one text (Knuth-Morris-Pratt, so text that arrives in
 * any pieces, or overlaps a false start, is still found).
 */
final class ConsoleWatch {

    private final byte[] text;
    private final int[] fallback;
    private int matched;
    private boolean seen;

    ConsoleWatch(String text) {
        this.text = text.getBytes(StandardCharsets.UTF_8);
        fallback = new int[this.text.length];
        for (int i = 1, k = 0; i < this.text.length; i++) {
            while (k > 0 && this.text[i] != this.text[k]) {
                k = fallback[k - 1];
            }
            if (this.text[i] == this.text[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    /** Feeds one output byte; true exactly when it completes the first occurrence of the text. */
    boolean accept(int b) {
        if (seen) {
            return false;
        }
        byte c = (byte) b;
        while (matched > 0 && text[matched] != c) {
            matched = fallback[matched - 1];
        }
        if (text[matched] == c) {
            matched++;
        }
        if (matched == text.length) {
            seen = true;
            return true;
        }
        return false;
    }

    boolean seen() {
        return seen;
    }
}
