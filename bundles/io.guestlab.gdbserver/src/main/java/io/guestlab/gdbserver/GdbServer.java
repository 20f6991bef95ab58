package io.guestlab.gdbserver;

import io.guestlab.emulator.history.History;
import io.guestlab.emulator.history.CheckpointProvider;
import io.guestlab.emulator.Machine;
import io.guestlab.emulator.StopEvent;
import io.guestlab.emulator.snapshot.SnapshotException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.LongFunction;

/**
 * A GDB remote-protocol server for a machine: {@code guestlab run --gdb ADDRESS [--wait-gdb]},
 * QEMU's {@code -gdb ADDRESS [-S]}. One debugger at a time; others wait until it leaves.
 * Without a debugger attached the machine runs freely (unless told to wait for the first one);
 * a debugger that attaches stops it, and one that detaches lets it run on. As in QEMU, a
 * connection that closes without a detach (a port probe, a debugger that crashed) leaves the
 * machine as it was: stopped, unless the debugger had resumed it.
 */
public final class GdbServer implements AutoCloseable {

    private final GdbTarget target;
    private final MachineTarget machineTarget;
    private final ServerSocketChannel channel;
    private final GdbAddress address;
    private final PrintStream log;
    private final Thread acceptor;
    private volatile boolean closed;
    private volatile SocketChannel client;

    /**
     * Serves {@code machine} (already loaded) at {@code address} ({@code tcp::PORT},
     * {@code tcp:HOST:PORT} or {@code unix:PATH}). With {@code waitForDebugger} the harts stay
     * at reset until the first debugger attaches; otherwise the machine starts running now.
     * Messages (connections, defects) go to {@code log}. The machine's own snapshots give the
     * debugger reverse execution, {@code monitor reset} and {@code monitor snapshot}.
     *
     * @throws IllegalArgumentException for a malformed address
     * @throws IOException              if the address cannot be listened on (the message says why)
     */
    public static GdbServer start(Machine machine, String address, boolean waitForDebugger, PrintStream log)
            throws IOException {
        return start(machine, machine::run, CheckpointProvider.of(machine), address, waitForDebugger, log);
    }

    /**
     * Like {@link #start(Machine, String, boolean, PrintStream)} for a machine inside a board
     * whose own run method must be used (it serves host input and reports power-off as EXIT),
     * e.g. {@code start(board.machine(), board::run, ...)}; without checkpoints, so without
     * reverse execution, reset and snapshots.
     */
    public static GdbServer start(Machine machine, LongFunction<StopEvent> run, String address, boolean waitForDebugger,
            PrintStream log) throws IOException {
        return start(machine, run, null, address, waitForDebugger, log);
    }

    /**
     * Like {@link #start(Machine, LongFunction, String, boolean, PrintStream)} with the board's
     * checkpoints (its snapshots, devices and disks included), e.g. {@code start(board.machine(),
     * board::run, provider, ...)}, for reverse execution, reset and snapshots. A first
     * checkpoint is taken now (with {@code waitForDebugger}: the reset state); when the provider
     * refuses it (say, a persistent disk) the server runs without them and says why on {@code log}.
     *
     * @param checkpoints how to checkpoint the machine, or null for none
     */
    public static GdbServer start(Machine machine, LongFunction<StopEvent> run, CheckpointProvider<?> checkpoints,
            String address, boolean waitForDebugger, PrintStream log) throws IOException {
        GdbAddress where = GdbAddress.parse(address);
        History<?> history = null;
        String noHistory = "the machine was served without checkpoints";
        if (checkpoints != null) {
            try {
                history = History.start(machine, run, checkpoints, History.DEFAULT_INTERVAL);
            } catch (SnapshotException e) {
                noHistory = e.getMessage();
                log.println("gdb: no reverse execution, reset or snapshots: " + noHistory);
            }
        }
        MachineTarget target = new MachineTarget(machine, run, history, noHistory);
        GdbServer server = new GdbServer(target, target, where, log);
        if (!waitForDebugger) {
            target.startFreeRun();
        }
        return server;
    }

    GdbServer(GdbTarget target, MachineTarget machineTarget, GdbAddress address, PrintStream log) throws IOException {
        this.target = target;
        this.machineTarget = machineTarget;
        this.log = log;
        this.channel = open(address);
        this.address = address;
        this.acceptor = new Thread(this::acceptLoop, "gdb-server " + address);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static ServerSocketChannel open(GdbAddress address) throws IOException {
        SocketAddress where = address.socketAddress();
        boolean unix = where instanceof UnixDomainSocketAddress;
        if (unix && Files.exists(((UnixDomainSocketAddress) where).getPath())) {
            throw new IOException(address + ": " + ((UnixDomainSocketAddress) where).getPath()
                    + " already exists (remove it if it is a stale socket)");
        }
        ServerSocketChannel c = unix ? ServerSocketChannel.open(StandardProtocolFamily.UNIX) : ServerSocketChannel.open();
        try {
            if (!unix) {
                c.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            }
            c.bind(where, 1);
            return c;
        } catch (BindException e) {
            c.close();
            throw new IOException(address + ": cannot listen there (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw new IOException(address + ": cannot listen there (" + e + ")", e);
        }
    }

    /** The address actually listened on (with the chosen port for {@code tcp::0}). */
    public SocketAddress localAddress() throws IOException {
        return channel.getLocalAddress();
    }

    /** Where to point a debugger, e.g. {@code tcp:127.0.0.1:1234} (the chosen port for tcp::0) or {@code unix:PATH}. */
    public String address() {
        try {
            SocketAddress a = channel.getLocalAddress();
            if (a instanceof InetSocketAddress i) {
                return "tcp:" + i.getAddress().getHostAddress() + ":" + i.getPort();
            }
        } catch (IOException e) {
            // fall back to what was asked for
        }
        return address.text();
    }

    /** The TCP port listened on, or -1 for a Unix domain socket. */
    public int port() {
        try {
            return channel.getLocalAddress() instanceof InetSocketAddress a ? a.getPort() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Waits until the machine has ended: the guest exited, the debugger killed it, every hart
     * idles for good, or the engine failed. Returns the event that ended it (HALTED if killed).
     */
    public StopEvent awaitEnd() throws InterruptedException {
        return awaitEnd(Duration.ZERO);
    }

    /** Like {@link #awaitEnd()}, but gives up after {@code timeout} (zero: never) and returns null. */
    public StopEvent awaitEnd(Duration timeout) throws InterruptedException {
        if (machineTarget == null) {
            throw new IllegalStateException("this server does not serve a machine");
        }
        return machineTarget.awaitEnd(Math.max(timeout.toMillis(), timeout.isZero() ? 0 : 1));
    }

    private void acceptLoop() {
        while (!closed) {
            try (SocketChannel client = channel.accept()) {
                this.client = client;
                if (!(client.getRemoteAddress() instanceof UnixDomainSocketAddress)) {
                    client.setOption(StandardSocketOptions.TCP_NODELAY, true); // stepping is latency-bound
                }
                log.println("gdb: debugger connected on " + address());
                new GdbSession(target, Channels.newInputStream(client), Channels.newOutputStream(client),
                        e -> log.println("gdb: internal error answering a packet: " + e)).run();
                this.client = null;
                log.println("gdb: debugger disconnected");
            } catch (ClosedChannelException e) {
                return;
            } catch (RuntimeException e) {
                log.println("gdb: internal error, the session ended: " + e); // the next debugger may still connect
            } catch (IOException e) {
                if (!closed) {
                    log.println("gdb: connection failed: " + e.getMessage());
                }
            }
        }
    }

    /**
     * Waits up to {@code timeout} for a connected debugger to go away: after the machine ended, so
     * that the session can still tell it how (the W stop reply) before {@link #close()} cuts it.
     *
     * @return true if no debugger is connected any more
     */
    public boolean awaitDisconnect(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (client != null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return client == null;
    }

    /** Stops listening, ends a connected debugger's session, and stops the machine's free run. */
    @Override
    public void close() {
        closed = true;
        try {
            SocketChannel c = client;
            if (c != null) {
                c.close(); // ends the session: the debugger sees the connection close
            }
            channel.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (address.socketAddress() instanceof UnixDomainSocketAddress u) {
            try {
                Files.deleteIfExists(u.getPath());
            } catch (IOException e) {
                log.println("gdb: could not remove " + u.getPath() + ": " + e.getMessage());
            }
        }
        try {
            acceptor.join(5000); // the session notices the closed connection and lets go of the machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (machineTarget != null) {
            machineTarget.shutdown();
        }
    }
}
