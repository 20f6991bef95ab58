package io.guestlab.emulator.semihosting;

import java.util.Arrays;

/**
 * The read-only file {@code :semihosting-features} through which a guest learns which optional
 * extensions the host has ("Semihosting for AArch32 and AArch64", section 5.1: the magic bytes
 * "SHFB" then one byte of feature bits). Guestlab has both: SYS_EXIT_EXTENDED, and {@code :tt}
 * opened for appending as a separate stderr.
 */
final class FeaturesFile implements OpenFile {

    static final String NAME = ":semihosting-features";
    private static final byte EXT_EXIT_EXTENDED = 1, EXT_STDOUT_STDERR = 2;
    private static final byte[] CONTENT = {'S', 'H', 'F', 'B', EXT_EXIT_EXTENDED | EXT_STDOUT_STDERR};

    private int position;

    int position() {
        return position;
    }

    @Override
    public byte[] read(int length) {
        int n = Math.max(0, Math.min(length, CONTENT.length - position));
        byte[] bytes = Arrays.copyOfRange(CONTENT, position, position + n);
        position += n;
        return bytes;
    }

    @Override
    public void write(byte[] bytes) throws CallFailed {
        throw new CallFailed(Errno.EBADF);
    }

    @Override
    public void seek(long target) throws CallFailed {
        if (target < 0 || target > CONTENT.length) {
            throw new CallFailed(Errno.EINVAL);
        }
        position = (int) target;
    }

    @Override
    public long length() {
        return CONTENT.length;
    }

    @Override
    public boolean isTty() {
        return false;
    }

    @Override
    public void close() {
    }
}
