package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * virtio console (virtio 1.2, 5.3) with a single port used as a byte stream (Linux's
 * {@code /dev/hvc0}). Queue 0 (receiveq) carries host input to the guest, queue 1 (transmitq)
 * guest output to a {@link ByteSink}. Host input may be queued from any thread; it is delivered
 * on the machine thread when the transport is polled or the driver adds receive buffers.
 */
public final class VirtioConsole implements VirtioDevice {

    static final int DEVICE_ID = 3;
    static final int RECEIVE_QUEUE = 0;
    static final int TRANSMIT_QUEUE = 1;

    /** VIRTIO_CONSOLE_F_EMERG_WRITE (5.3.3): the driver may write single bytes to emerg_wr. */
    static final long F_EMERG_WRITE = 1L << 2;

    // Configuration layout (5.3.4).
    static final int CONFIG_COLS = 0x0;
    static final int CONFIG_ROWS = 0x2;
    static final int CONFIG_MAX_NR_PORTS = 0x4;
    static final int CONFIG_EMERG_WR = 0x8;
    /** cols, rows, max_nr_ports, emerg_wr (virtio 1.2, 5.3.4). */
    static final int CONFIG_SIZE = 0xC;

    static final int MAX_TRANSFER = 4096;

    private final ByteSink output;
    private final ConcurrentLinkedQueue<Byte> hostInput = new ConcurrentLinkedQueue<>();
    private final byte[] buffer = new byte[MAX_TRANSFER];

    public VirtioConsole(ByteSink output) {
        this.output = output;
    }

    /** Queues bytes typed on the host for the guest. Safe to call from any thread. */
    public void hostInput(byte[] bytes) {
        for (byte b : bytes) {
            hostInput.add(b);
        }
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public long features(long transport) {
        return transport | F_EMERG_WRITE;
    }

    @Override
    public int queueCount() {
        return 2;
    }

    @Override
    public int configSize() {
        return CONFIG_SIZE;
    }

    @Override
    public long readConfig(int offset, int size) {
        // cols and rows are 0 (size unknown); without MULTIPORT max_nr_ports is unused
        return 0;
    }

    @Override
    public void writeConfig(int offset, int size, long value) {
        if (offset == CONFIG_EMERG_WR && size == 4) {
            output.write((int) value & 0xFF);
        }
    }

    @Override
    public void queueNotified(int index, Virtqueue queue) {
        if (index == TRANSMIT_QUEUE) {
            transmit(queue);
        } else {
            deliver(queue);
        }
    }

    @Override
    public void poll(Virtqueue[] queues) {
        if (!hostInput.isEmpty()) {
            deliver(queues[RECEIVE_QUEUE]);
        }
    }

    @Override
    public void reset() {
        // pending host input stays queued for the next driver
    }

    /** Host input not yet delivered is state: the guest would have received it next. */
    @Override
    public void saveState(StateWriter out) {
        ByteArrayOutputStream queued = new ByteArrayOutputStream();
        for (byte b : hostInput) {
            queued.write(b);
        }
        out.putBytes("hostInput", queued.toByteArray());
    }

    /** Replaces the queued host input: bytes typed before the restore are dropped. */
    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        byte[] queued = StateArrays.bytes(in, "virtio-console", "hostInput", Integer.MAX_VALUE);
        hostInput.clear();
        for (byte b : queued) {
            hostInput.add(b);
        }
    }

    private void transmit(Virtqueue queue) {
        for (DescriptorChain request = queue.pop(); request != null; request = queue.pop()) {
            long length = request.readableLength();
            for (long done = 0; done < length; ) {
                int n = (int) Math.min(buffer.length, length - done);
                request.read(done, buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    output.write(buffer[i] & 0xFF);
                }
                done += n;
            }
            queue.pushUsed(request, 0);
        }
    }

    /** Fills receive buffers with queued host input; stops when either runs out. */
    private void deliver(Virtqueue queue) {
        while (!hostInput.isEmpty()) {
            DescriptorChain request = queue.pop();
            if (request == null) {
                break;
            }
            int capacity = (int) Math.min(buffer.length, request.writableLength());
            int n = 0;
            while (n < capacity) {
                Byte b = hostInput.poll();
                if (b == null) {
                    break;
                }
                buffer[n++] = b;
            }
            request.write(0, buffer, 0, n);
            queue.pushUsed(request, n);
        }
    }
}
