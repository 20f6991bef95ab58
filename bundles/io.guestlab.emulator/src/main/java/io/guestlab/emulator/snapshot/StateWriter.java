package io.guestlab.emulator.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes machine state as a sequence of named, typed fields. The names go into the stream so that
 * {@link StateReader} can tell exactly which field of which part does not match, instead of
 * silently reading one field's bytes as another's.
 */
public final class StateWriter {

    static final byte SECTION = 1, LONG = 2, INT = 3, BOOLEAN = 4, BYTES = 5, LONGS = 6, STRING = 7, INTS = 8;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
    private final DataOutputStream out = new DataOutputStream(buffer);

    /** Starts the state of one part (a hart, a device); a reader checks the name. */
    public StateWriter section(String name) {
        return tag(SECTION, name);
    }

    public StateWriter putLong(String name, long value) {
        tag(LONG, name);
        return write(() -> out.writeLong(value));
    }

    public StateWriter putInt(String name, int value) {
        tag(INT, name);
        return write(() -> out.writeInt(value));
    }

    public StateWriter putBoolean(String name, boolean value) {
        tag(BOOLEAN, name);
        return write(() -> out.writeBoolean(value));
    }

    /** A byte array; null is written as absent and read back as null. */
    public StateWriter putBytes(String name, byte[] value) {
        tag(BYTES, name);
        return write(() -> {
            out.writeInt(value == null ? -1 : value.length);
            if (value != null) {
                out.write(value);
            }
        });
    }

    public StateWriter putLongs(String name, long[] value) {
        tag(LONGS, name);
        return write(() -> {
            out.writeInt(value.length);
            for (long v : value) {
                out.writeLong(v);
            }
        });
    }

    public StateWriter putInts(String name, int[] value) {
        tag(INTS, name);
        return write(() -> {
            out.writeInt(value.length);
            for (int v : value) {
                out.writeInt(v);
            }
        });
    }

    /** A string; null is written as absent and read back as null. */
    public StateWriter putString(String name, String value) {
        tag(STRING, name);
        return write(() -> {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeUTF(value);
            }
        });
    }

    public byte[] toByteArray() {
        return buffer.toByteArray();
    }

    private StateWriter tag(byte type, String name) {
        return write(() -> {
            out.writeByte(type);
            out.writeUTF(name);
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private StateWriter write(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }
}
