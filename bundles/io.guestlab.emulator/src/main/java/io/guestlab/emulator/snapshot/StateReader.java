package io.guestlab.emulator.snapshot;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * Reads what a {@link StateWriter} wrote, field by field, checking each field's name and type:
 * a mismatch names the section and both fields rather than restoring garbage.
 */
public final class StateReader {

    private final DataInputStream in;
    private String section = "(start)";

    public StateReader(byte[] state) {
        this.in = new DataInputStream(new ByteArrayInputStream(state));
    }

    public void section(String name) throws SnapshotException {
        expect(StateWriter.SECTION, name);
        section = name;
    }

    public long getLong(String name) throws SnapshotException {
        expect(StateWriter.LONG, name);
        try {
            return in.readLong();
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public int getInt(String name) throws SnapshotException {
        expect(StateWriter.INT, name);
        try {
            return in.readInt();
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public boolean getBoolean(String name) throws SnapshotException {
        expect(StateWriter.BOOLEAN, name);
        try {
            return in.readBoolean();
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public byte[] getBytes(String name) throws SnapshotException {
        expect(StateWriter.BYTES, name);
        try {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            checkLength(name, n);
            return in.readNBytes(n);
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public long[] getLongs(String name) throws SnapshotException {
        expect(StateWriter.LONGS, name);
        try {
            int n = in.readInt();
            checkLength(name, 8L * n);
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readLong();
            }
            return values;
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public int[] getInts(String name) throws SnapshotException {
        expect(StateWriter.INTS, name);
        try {
            int n = in.readInt();
            checkLength(name, 4L * n);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = in.readInt();
            }
            return values;
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    public String getString(String name) throws SnapshotException {
        expect(StateWriter.STRING, name);
        try {
            return in.readBoolean() ? in.readUTF() : null;
        } catch (IOException e) {
            throw truncated(name);
        }
    }

    /** Fails unless every field has been read: a longer state belongs to another machine or version. */
    public void expectEnd() throws SnapshotException {
        try {
            if (in.available() > 0) {
                throw new SnapshotException("machine state has " + in.available()
                        + " bytes more than this machine reads (after section '" + section + "')");
            }
        } catch (IOException e) {
            throw new SnapshotException("machine state unreadable", e);
        }
    }

    private void checkLength(String name, long n) throws SnapshotException, IOException {
        if (n < 0 || n > in.available()) {
            throw new SnapshotException("machine state field '" + section + "." + name + "' claims " + n
                    + " bytes, more than remain");
        }
    }

    private void expect(byte type, String name) throws SnapshotException {
        byte t;
        String found;
        try {
            t = in.readByte();
            found = in.readUTF();
        } catch (EOFException e) {
            throw truncated(name);
        } catch (IOException e) {
            throw new SnapshotException("machine state unreadable at '" + section + "." + name + "'", e);
        }
        if (t != type || !found.equals(name)) {
            throw new SnapshotException("machine state does not match this machine: in section '" + section
                    + "' expected field '" + name + "', found '" + found + "'");
        }
    }

    private SnapshotException truncated(String name) {
        return new SnapshotException("machine state ends before field '" + section + "." + name + "'");
    }
}
