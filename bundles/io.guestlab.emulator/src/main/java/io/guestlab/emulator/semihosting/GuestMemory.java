package io.guestlab.emulator.semihosting;

import io.guestlab.emulator.Machine;

import java.io.ByteArrayOutputStream;

/**
 * The calling hart's view of memory: parameter blocks and buffers are read and written through
 * its current address translation, as the RISC-V semihosting binary interface asks (the data
 * must be paged in; nothing is faulted in). Fields are XLEN (64 bits) wide, little-endian. An
 * address that is not mapped to RAM fails the call with EFAULT.
 */
final class GuestMemory {

    /** Bytes moved per host transfer: bounds the host buffer whatever length the guest asks for. */
    static final int CHUNK = 64 * 1024;
    private static final long PAGE = 4096;

    private final Machine machine;
    private final int hart;

    GuestMemory(Machine machine, int hart) {
        this.machine = machine;
        this.hart = hart;
    }

    /** Field {@code index} (0-based) of the parameter block at {@code block}. */
    long field(long block, int index) throws CallFailed {
        return word(block + 8L * index);
    }

    long word(long address) throws CallFailed {
        byte[] b = read(address, 8);
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xff);
        }
        return v;
    }

    void setWord(long address, long value) throws CallFailed {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (value >>> (8 * i));
        }
        write(address, b);
    }

    byte[] read(long address, int length) throws CallFailed {
        byte[] buffer = new byte[length];
        if (length > 0 && !machine.readVirtual(hart, address, buffer)) {
            throw new CallFailed(Errno.EFAULT);
        }
        return buffer;
    }

    void write(long address, byte[] bytes) throws CallFailed {
        if (bytes.length > 0 && !machine.writeVirtual(hart, address, bytes)) {
            throw new CallFailed(Errno.EFAULT);
        }
    }

    /**
     * A NUL-terminated string (SYS_WRITE0), without the NUL. Read in pieces that stay inside one
     * page, whose bytes are all mapped or none are: a string ending just before an unmapped page
     * is read whole.
     */
    byte[] cString(long address) throws CallFailed {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long at = address;
        while (true) {
            int n = (int) Math.min(PAGE - (at & (PAGE - 1)), 256);
            byte[] chunk = read(at, n);
            for (int i = 0; i < n; i++) {
                if (chunk[i] == 0) {
                    out.write(chunk, 0, i);
                    return out.toByteArray();
                }
            }
            out.write(chunk, 0, n);
            at += n;
        }
    }
}
