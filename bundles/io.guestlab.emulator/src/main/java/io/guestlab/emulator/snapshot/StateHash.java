package io.guestlab.emulator.snapshot;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * A SHA-256 over a whole machine: its state bytes, every RAM page that is not all zero (with
 * its number) and every written disk sector. Two runs with equal hashes are in the same state;
 * how pages happen to be held (never written, written back to zero, shared) does not matter.
 */
public final class StateHash {

    private static final byte[] ZERO = new byte[RamImage.PAGE_SIZE];

    private StateHash() {
    }

    /**
     * @param pages     page number to its bytes, or null for a page never written
     * @param pageCount how many pages RAM has
     */
    public static String of(byte[] state, IntFunction<byte[]> pages, int pageCount, List<DiskOverlay> disks) {
        MessageDigest sha = sha256();
        ByteBuffer number = ByteBuffer.allocate(8);
        sha.update(number.putLong(0, state.length).array());
        sha.update(state);
        for (int i = 0; i < pageCount; i++) {
            byte[] p = pages.apply(i);
            if (p != null && !java.util.Arrays.equals(p, ZERO)) {
                sha.update(number.putLong(0, i).array());
                sha.update(p);
            }
        }
        for (DiskOverlay disk : disks) {
            sha.update(number.putLong(0, -1).array()); // disk separator
            for (Map.Entry<Long, byte[]> sector : new TreeMap<>(disk.sectors()).entrySet()) {
                sha.update(number.putLong(0, sector.getKey()).array());
                sha.update(sector.getValue());
            }
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
