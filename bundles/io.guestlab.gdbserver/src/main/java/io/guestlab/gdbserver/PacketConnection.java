package io.guestlab.gdbserver;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The framing layer of the remote serial protocol (GDB manual, appendix E.1 "Overview" and E.11
 * "Interrupts"): {@code $data#cs} packets with a modulo-256 checksum, {@code +}/{@code -}
 * acknowledgements until no-ack mode (E.12), {@code }} escapes and {@code *} run-length encoding
 * on input, escaping on output, and the out-of-band interrupt byte 0x03.
 * <p>
 * A reader thread owns the input: packets go into a queue for the session; an interrupt byte and
 * the end of the connection are reported to the {@link Listener} at once, even while the session
 * is busy running the target. Data is carried as ISO-8859-1 strings: one char per byte.
 */
final class PacketConnection implements AutoCloseable {

    /** The largest packet (between {@code $} and {@code #}) accepted and sent; announced as PacketSize. */
    static final int MAX_PACKET = 0x4000;
    private static final long ACK_TIMEOUT_MS = 2000;
    private static final int MAX_RETRANSMITS = 3;
    private static final int MAX_QUEUED_PACKETS = 1024;

    /** Told about out-of-band events, on the reader thread. */
    interface Listener {
        void interruptRequested();

        void disconnected();
    }

    /** What the reader delivers to the session. */
    enum Kind {
        PACKET,
        /** Longer than {@link #MAX_PACKET}: its contents were dropped. */
        OVERSIZED,
        /** A dangling escape or a bad run-length count. */
        MALFORMED,
        CLOSED
    }

    record Incoming(Kind kind, String data) {
    }

    private static final Incoming CLOSED = new Incoming(Kind.CLOSED, "");

    private final InputStream in;
    private final OutputStream out;
    private final Listener listener;
    /**
     * Bounded, so that a client that floods the server cannot exhaust memory: GDB waits for each
     * reply, so only a broken client fills it, and what does not fit is dropped unanswered. The
     * end-of-connection marker always fits: it is added without a bound check.
     */
    private final BlockingQueue<Incoming> packets = new LinkedBlockingQueue<>();
    /** Stray acknowledgements beyond a few are noise. */
    private final BlockingQueue<Character> acks = new LinkedBlockingQueue<>(16);
    /** Set by the session once the OK to QStartNoAckMode has been acknowledged. */
    private volatile boolean noAck;
    /** Set by the reader right after acknowledging QStartNoAckMode itself. */
    private volatile boolean noAckInput;
    private volatile boolean closed;
    private Thread reader;

    PacketConnection(InputStream in, OutputStream out, Listener listener) {
        this.in = new BufferedInputStream(in);
        this.out = out;
        this.listener = listener;
    }

    void start(String name) {
        reader = new Thread(this::readLoop, name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Stops acknowledging packets and expecting acknowledgements (QStartNoAckMode, E.12). */
    void enterNoAckMode() {
        noAck = true;
    }

    boolean isClosed() {
        return closed;
    }

    /** The next packet in arrival order; {@link Kind#CLOSED} once the connection has ended. */
    Incoming next() {
        try {
            return packets.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CLOSED;
        }
    }

    /**
     * Sends one packet and, in acknowledged mode, retransmits on {@code -}. A missing
     * acknowledgement is not waited for forever: the client will ask again if the reply was lost.
     */
    void send(String payload) throws IOException {
        byte[] frame = frame(payload);
        for (int attempt = 0; ; attempt++) {
            acks.clear();
            write(frame);
            if (noAck) {
                return;
            }
            Character ack;
            try {
                ack = acks.poll(ACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for an acknowledgement");
            }
            if (ack == null || ack == '+' || attempt >= MAX_RETRANSMITS) {
                if (closed) {
                    throw new EOFException("the debugger closed the connection");
                }
                return;
            }
        }
    }

    static byte[] frame(String payload) {
        StringBuilder s = new StringBuilder(payload.length() + 8).append('$');
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '$' || c == '#' || c == '}' || c == '*') {
                s.append('}');
                sum += '}';
                c ^= 0x20;
            }
            s.append(c);
            sum += c & 0xff;
        }
        s.append('#').append(Hex.littleEndian(sum & 0xff, 1));
        return s.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private void write(byte[] bytes) throws IOException {
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    private void readLoop() {
        try {
            while (true) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                switch (c) {
                    case '$' -> readPacket();
                    case 0x03 -> listener.interruptRequested();
                    case '+', '-' -> acks.offer((char) c);
                    default -> {
                        // line noise between packets is ignored
                    }
                }
            }
        } catch (IOException e) {
            // a broken connection ends the session like a close does
        } finally {
            closed = true;
            packets.add(CLOSED);
            listener.disconnected();
        }
    }

    private void readPacket() throws IOException {
        StringBuilder raw = new StringBuilder();
        int sum = 0;
        boolean oversized = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException();
            }
            if (c == '#') {
                break;
            }
            if (c == '$') { // the previous packet was cut off: start again
                raw.setLength(0);
                sum = 0;
                oversized = false;
                continue;
            }
            sum += c;
            if (raw.length() < MAX_PACKET) {
                raw.append((char) c);
            } else {
                oversized = true;
            }
        }
        int hi = in.read();
        int lo = in.read();
        if (hi < 0 || lo < 0) {
            throw new EOFException();
        }
        int h = Hex.digit((char) hi);
        int l = Hex.digit((char) lo);
        boolean good = h >= 0 && l >= 0 && (h << 4 | l) == (sum & 0xff);
        if (!noAckInput) {
            write(new byte[] {(byte) (good ? '+' : '-')});
        }
        if (!good) {
            return; // acknowledged mode: the client resends; no-ack mode: nothing sensible to answer
        }
        if (oversized) {
            enqueue(new Incoming(Kind.OVERSIZED, ""));
            return;
        }
        String decoded = decode(raw);
        if ("QStartNoAckMode".equals(decoded)) {
            noAckInput = true;
        }
        enqueue(decoded == null ? new Incoming(Kind.MALFORMED, "") : new Incoming(Kind.PACKET, decoded));
    }

    private void enqueue(Incoming packet) {
        if (packets.size() < MAX_QUEUED_PACKETS) {
            packets.add(packet);
        }
    }

    /** Undoes escapes and run-length encoding; null if malformed. */
    static String decode(CharSequence raw) {
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '}') {
                if (++i == raw.length()) {
                    return null;
                }
                s.append((char) (raw.charAt(i) ^ 0x20));
            } else if (c == '*') {
                // "x*n": x repeated n - 29 more times (E.1); the count is one printable char
                if (++i == raw.length() || s.isEmpty() || raw.charAt(i) < 29 + 3 || raw.charAt(i) > 126) {
                    return null;
                }
                char repeated = s.charAt(s.length() - 1);
                for (int n = raw.charAt(i) - 29; n > 0 && s.length() < MAX_PACKET * 2; n--) {
                    s.append(repeated);
                }
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() {
        closed = true;
        try {
            in.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            out.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
