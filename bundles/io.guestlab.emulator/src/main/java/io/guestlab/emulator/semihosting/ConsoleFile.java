package io.guestlab.emulator.semihosting;

import io.guestlab.emulator.devices.ByteSink;

/**
 * The console, opened under the special name {@code :tt}: output goes to the board's console
 * sink (the terminal, a console view, a test's capture). Input is not connected (the UART owns
 * the host's keyboard), so reads see end of file.
 */
final class ConsoleFile implements OpenFile {

    private final ByteSink sink;
    private final boolean readable;

    ConsoleFile(ByteSink sink, boolean readable) {
        this.sink = sink;
        this.readable = readable;
    }

    /** True for {@code :tt} opened for reading (stdin). */
    boolean isReadable() {
        return readable;
    }

    @Override
    public byte[] read(int length) throws CallFailed {
        if (!readable) {
            throw new CallFailed(Errno.EBADF);
        }
        return new byte[0];
    }

    @Override
    public void write(byte[] bytes) throws CallFailed {
        if (readable) {
            throw new CallFailed(Errno.EBADF);
        }
        for (byte b : bytes) {
            sink.write(b & 0xff);
        }
    }

    @Override
    public void seek(long position) throws CallFailed {
        throw new CallFailed(Errno.ESPIPE);
    }

    @Override
    public long length() throws CallFailed {
        throw new CallFailed(Errno.ESPIPE);
    }

    @Override
    public boolean isTty() {
        return true;
    }

    @Override
    public void close() {
        // the console outlives its handles
    }
}
