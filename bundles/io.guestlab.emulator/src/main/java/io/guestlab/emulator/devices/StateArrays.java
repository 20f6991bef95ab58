package io.guestlab.emulator.devices;

import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;

/**
 * Reading device state arrays back with their shape checked: a register file of the wrong length
 * belongs to a differently built machine and is refused with the field's name, never truncated.
 */
final class StateArrays {

    private StateArrays() {
    }

    static byte[] fromBooleans(boolean[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) (values[i] ? 1 : 0);
        }
        return bytes;
    }

    static boolean[] booleans(StateReader in, String section, String name, int length) throws SnapshotException {
        byte[] bytes = in.getBytes(name);
        checkLength(section, name, bytes == null ? -1 : bytes.length, length);
        boolean[] values = new boolean[length];
        for (int i = 0; i < length; i++) {
            if ((bytes[i] & ~1) != 0) {
                throw invalid(section, name, "holds " + bytes[i] + " at index " + i + " where 0 or 1 belongs");
            }
            values[i] = bytes[i] != 0;
        }
        return values;
    }

    static long[] longs(StateReader in, String section, String name, int length) throws SnapshotException {
        long[] values = in.getLongs(name);
        checkLength(section, name, values.length, length);
        return values;
    }

    static int[] ints(StateReader in, String section, String name, int length) throws SnapshotException {
        int[] values = in.getInts(name);
        checkLength(section, name, values.length, length);
        return values;
    }

    /** Bytes of at most {@code maxLength}; null (absent) is refused. */
    static byte[] bytes(StateReader in, String section, String name, int maxLength) throws SnapshotException {
        byte[] bytes = in.getBytes(name);
        if (bytes == null) {
            throw invalid(section, name, "is absent");
        }
        if (bytes.length > maxLength) {
            throw invalid(section, name, "has " + bytes.length + " bytes, at most " + maxLength + " fit");
        }
        return bytes;
    }

    /** A value the device could never have had (a register beyond its width, an unknown mode). */
    static SnapshotException invalid(String section, String name, String why) {
        return new SnapshotException("machine state field '" + section + "." + name + "' " + why);
    }

    private static void checkLength(String section, String name, int found, int expected) throws SnapshotException {
        if (found != expected) {
            throw invalid(section, name, "has " + (found < 0 ? "no" : String.valueOf(found))
                    + " entries but this machine has " + expected);
        }
    }
}
