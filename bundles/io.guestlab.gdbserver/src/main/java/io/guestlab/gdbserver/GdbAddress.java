package io.guestlab.gdbserver;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/**
 * Where the server listens, in QEMU's {@code -gdb} syntax: {@code tcp::PORT} (this host's
 * loopback interface only), {@code tcp:HOST:PORT}, or {@code unix:PATH} (a Unix domain socket).
 */
public record GdbAddress(SocketAddress socketAddress, String text) {

    public static GdbAddress parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("missing GDB address: use tcp::PORT, tcp:HOST:PORT or unix:PATH");
        }
        if (spec.startsWith("unix:")) {
            String path = spec.substring(5);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("'" + spec + "': unix: needs a socket path, e.g. unix:/tmp/gdb.sock");
            }
            return new GdbAddress(UnixDomainSocketAddress.of(Path.of(path)), spec);
        }
        if (spec.startsWith("tcp:")) {
            String rest = spec.substring(4);
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("'" + spec + "': expected tcp::PORT or tcp:HOST:PORT");
            }
            String host = rest.substring(0, colon);
            int port = port(rest.substring(colon + 1), spec);
            InetSocketAddress address = host.isEmpty()
                    ? new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port)
                    : new InetSocketAddress(host, port);
            if (address.isUnresolved()) {
                throw new IllegalArgumentException("'" + spec + "': unknown host '" + host + "'");
            }
            return new GdbAddress(address, spec);
        }
        throw new IllegalArgumentException("'" + spec + "': unknown GDB address; use tcp::PORT, tcp:HOST:PORT or unix:PATH");
    }

    private static int port(String text, String spec) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + spec + "': port must be a number 0..65535, got '" + text + "'");
    }

    @Override
    public String toString() {
        return text;
    }
}
