package io.guestlab.emulator.board;

import java.nio.file.Path;
import java.util.Locale;

/**
 * QEMU's generic loader ({@code -device loader}, docs/system/generic-loader.rst), in one of its
 * three forms, with the rules of QEMU 7.2's hw/core/generic-loader.c:
 * <ul>
 * <li>an image: {@code file=} an ELF (loaded by its segments; {@code address} becomes its entry) or,
 *     with {@code force-raw=on} or when it is no ELF, a raw image at {@code addr=};</li>
 * <li>a value: {@code data=} written as {@code data-len=} (1..8) bytes at {@code addr=}, little-endian
 *     unless {@code data-be=on};</li>
 * <li>a start address: {@code addr=} and {@code cpu-num=} alone.</li>
 * </ul>
 * With {@code cpu-num=}, that hart starts at the image's entry (or the address) instead of in the
 * reset ROM, with its registers as reset leaves them.
 *
 * @param file       the image, or null
 * @param address    where a raw image or the value goes, or the start address
 * @param data       the value (with {@code dataLength} > 0)
 * @param dataLength 0 for no value, else how many of its bytes are written
 * @param bigEndian  the value's bytes go most significant first
 * @param forceRaw   the file is a raw image even if it is an ELF
 * @param hart       the hart that starts at the entry or address, or {@link #NO_HART}
 */
public record GenericLoader(Path file, long address, long data, int dataLength, boolean bigEndian, boolean forceRaw,
                            int hart) {

    public static final int NO_HART = -1;

    public GenericLoader {
        if (dataLength != 0 || data != 0 || bigEndian) {
            if (file != null) {
                throw new IllegalArgumentException("file= cannot be given with data=: load a file or write a value");
            }
            if (forceRaw) {
                throw new IllegalArgumentException("force-raw= cannot be given with data=: it is for a file");
            }
            if (dataLength == 0) {
                throw new IllegalArgumentException("data= needs data-len=N (1 to 8 bytes)");
            }
            if (dataLength < 0 || dataLength > 8) {
                throw new IllegalArgumentException("data-len=" + dataLength + " is not 1 to 8 bytes");
            }
        } else if (file != null || forceRaw) {
            if (file == null) {
                throw new IllegalArgumentException("force-raw= needs file=IMAGE");
            }
        } else if (address != 0) {
            if (hart == NO_HART) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "addr=0x%x alone sets a start address: give cpu-num=N, the hart that starts there", address));
            }
        } else {
            throw new IllegalArgumentException("give file=IMAGE[,addr=ADDRESS], or addr=ADDRESS,data=VALUE,data-len=N,"
                    + " or addr=ADDRESS,cpu-num=N");
        }
        if (hart < NO_HART) {
            throw new IllegalArgumentException("cpu-num=" + hart + " is not a hart number");
        }
        file = file == null ? null : file.toAbsolutePath();
    }

    /** The value's bytes as they are written: its low {@code dataLength} bytes in the chosen order. */
    public byte[] dataBytes() {
        byte[] bytes = new byte[dataLength];
        for (int i = 0; i < dataLength; i++) {
            // QEMU converts the 64-bit value to the chosen order, then writes its first data-len bytes
            bytes[i] = (byte) (bigEndian ? data >>> (8 * (7 - i)) : data >>> (8 * i));
        }
        return bytes;
    }

    /** The loader as QEMU's -device loader properties, e.g. {@code file=/os/os.bin,addr=0x80200000}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append("file=").append(file.toString().replace(",", ",,")); // QEMU's escape for a comma
        }
        if (address != 0 || file == null) {
            s.append(s.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "addr=0x%x", address));
        }
        if (dataLength != 0) {
            s.append(String.format(Locale.ROOT, ",data=0x%x,data-len=%d", data, dataLength));
            s.append(bigEndian ? ",data-be=on" : "");
        }
        s.append(forceRaw ? ",force-raw=on" : "");
        s.append(hart != NO_HART ? ",cpu-num=" + hart : "");
        return s.toString();
    }
}
