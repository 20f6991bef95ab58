package io.guestlab.gdbserver;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A minimal remote-protocol client for tests, speaking to a server over a socket. */
final class RspClient implements AutoCloseable {

    final Socket socket;
    final InputStream in;
    final OutputStream out;
    boolean noAck;

    RspClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(5000);
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    void sendRaw(String bytes) throws IOException {
        out.write(bytes.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Sends a packet (escaped and framed) and, in ack mode, checks that it is acknowledged. */
    void send(String payload) throws IOException {
        sendRaw(new String(PacketConnection.frame(payload), StandardCharsets.ISO_8859_1));
        if (!noAck) {
            assertEquals("acknowledgement of " + payload, '+', readByte());
        }
    }

    int readByte() throws IOException {
        int c = in.read();
        if (c < 0) {
            throw new IOException("connection closed by the server");
        }
        return c;
    }

    /** Reads the next packet, checks its checksum, acknowledges it, returns its decoded payload. */
    String receive() throws IOException {
        int c;
        do {
            c = readByte();
        } while (c != '$');
        StringBuilder raw = new StringBuilder();
        int sum = 0;
        while ((c = readByte()) != '#') {
            raw.append((char) c);
            sum += c;
        }
        int check = Integer.parseInt("" + (char) readByte() + (char) readByte(), 16);
        assertEquals("checksum of " + raw, sum & 0xff, check);
        if (!noAck) {
            sendRaw("+");
        }
        String decoded = PacketConnection.decode(raw);
        if (decoded == null) {
            fail("undecodable packet " + raw);
        }
        return decoded;
    }

    /** Sends a packet and returns the reply, skipping console (O) packets. */
    String ask(String payload) throws IOException {
        send(payload);
        return reply();
    }

    String reply() throws IOException {
        String r;
        while ((r = receive()).startsWith("O") && !r.equals("OK")) {
            // console output
        }
        return r;
    }

    /** True if nothing arrives within {@code millis}. */
    boolean silentFor(int millis) throws IOException {
        int old = socket.getSoTimeout();
        socket.setSoTimeout(millis);
        try {
            in.read(); // anything, even the end of the connection, breaks the silence
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } finally {
            socket.setSoTimeout(old);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
