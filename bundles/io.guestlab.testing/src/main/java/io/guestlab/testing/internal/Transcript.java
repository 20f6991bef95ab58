package io.guestlab.testing.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A test's console output, kept up to a cap so that a guest flooding its console costs only
 * itself: what comes after the cap is counted, not kept, and the text says so.
 */
public final class Transcript {

    private final int cap;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long dropped;

    public Transcript(int cap) {
        this.cap = cap;
    }

    public void write(int b) {
        if (kept.size() < cap) {
            kept.write(b);
        } else {
            dropped++;
        }
    }

    /** Bytes that did not fit under the cap. */
    public long dropped() {
        return dropped;
    }

    /** The output as text (UTF-8), ending with a note when the cap cut it. */
    public String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        if (dropped == 0) {
            return text;
        }
        return text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "[guestlab: console output capped at "
                + cap + " bytes; " + dropped + " more bytes were dropped]\n";
    }
}
