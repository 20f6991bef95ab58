package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * virtio entropy device (virtio 1.2, 5.4): fills every buffer the driver offers with random bytes.
 * In virtual-time mode the generator is a seeded PRNG so that runs are reproducible; interactive
 * use passes a {@link SecureRandom}.
 * <p>
 * Only the seeded generator has state a snapshot can hold: a restored device continues its exact
 * byte stream. Any other generator (the host's entropy, or one a caller passes in) saves nothing
 * and a restored device simply keeps drawing from its own.
 */
public final class VirtioRng implements VirtioDevice {

    static final int DEVICE_ID = 4;
    /** Bytes served per request at most; the driver simply asks again for more. */
    static final int MAX_REQUEST = 4096;
    /** {@link #saveState} tells the two kinds apart, so a seeded state never lands in a host-entropy device. */
    private static final String SEEDED = "seeded", UNSAVED = "unsaved";

    private final RandomGenerator random;
    private final byte[] bytes = new byte[MAX_REQUEST];

    public VirtioRng(RandomGenerator random) {
        this.random = random;
    }

    /** Reproducible entropy for virtual-time runs: the same seed gives the guest the same bytes. */
    public static VirtioRng seeded(long seed) {
        return new VirtioRng(new SplitMix64(seed));
    }

    /** The host's entropy, for interactive wall-clock runs. */
    public static VirtioRng hostEntropy() {
        return new VirtioRng(new SecureRandom());
    }

    @Override
    public int deviceId() {
        return DEVICE_ID;
    }

    @Override
    public long features(long transport) {
        return transport;
    }

    @Override
    public int queueCount() {
        return 1;
    }

    @Override
    public long readConfig(int offset, int size) {
        return 0; // no configuration space
    }

    @Override
    public int configSize() {
        return 0;
    }

    @Override
    public void writeConfig(int offset, int size, long value) {
    }

    @Override
    public void queueNotified(int index, Virtqueue queue) {
        for (DescriptorChain request = queue.pop(); request != null; request = queue.pop()) {
            int n = (int) Math.min(MAX_REQUEST, request.writableLength());
            fill(n);
            request.write(0, bytes, 0, n);
            queue.pushUsed(request, n);
        }
    }

    @Override
    public void reset() {
    }

    @Override
    public void saveState(StateWriter out) {
        if (random instanceof SplitMix64 seeded) {
            out.putString("generator", SEEDED);
            out.putLong("generatorState", seeded.state());
        } else {
            out.putString("generator", UNSAVED);
        }
    }

    @Override
    public void restoreState(StateReader in) throws SnapshotException {
        String kind = in.getString("generator");
        String own = random instanceof SplitMix64 ? SEEDED : UNSAVED;
        if (!own.equals(kind)) {
            throw new SnapshotException("machine state field 'virtio-rng.generator' is '" + kind
                    + "' but this entropy device's generator is '" + own + "'");
        }
        if (random instanceof SplitMix64 seeded) {
            seeded.setState(in.getLong("generatorState"));
        }
    }

    /** Fills the first {@code n} bytes, consuming the generator only for what is handed out. */
    private void fill(int n) {
        for (int i = 0; i < n; i += 8) {
            long word = random.nextLong();
            for (int k = 0; k < 8 && i + k < n; k++) {
                bytes[i + k] = (byte) (word >>> (8 * k));
            }
        }
    }
}
