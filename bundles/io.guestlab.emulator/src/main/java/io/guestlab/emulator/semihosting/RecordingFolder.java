package io.guestlab.emulator.semihosting;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * The shared folder while a run is recorded: every operation goes to the host as usual, and its
 * outcome (success value, bytes read, or error number) is also told to the recording, in order.
 * Files opened through it record their reads, writes, seeks, lengths and closes the same way.
 */
final class RecordingFolder implements HostFolder {

    private final HostFolder host;
    private final Consumer<HostAnswer> recording;

    RecordingFolder(HostFolder host, Consumer<HostAnswer> recording) {
        this.host = host;
        this.recording = recording;
    }

    @Override
    public OpenFile open(String guestPath, int mode) throws CallFailed {
        OpenFile file;
        try {
            file = host.open(guestPath, mode);
        } catch (CallFailed e) {
            throw failed("open", e.errno);
        }
        recording.accept(new HostAnswer("open", 0));
        return new RecordedFile(file);
    }

    @Override
    public void remove(String guestPath) throws CallFailed {
        try {
            host.remove(guestPath);
        } catch (CallFailed e) {
            throw failed("remove", e.errno);
        }
        recording.accept(new HostAnswer("remove", 0));
    }

    @Override
    public void rename(String from, String to) throws CallFailed {
        try {
            host.rename(from, to);
        } catch (CallFailed e) {
            throw failed("rename", e.errno);
        }
        recording.accept(new HostAnswer("rename", 0));
    }

    private CallFailed failed(String call, int errno) {
        recording.accept(new HostAnswer(call, -errno));
        return new CallFailed(errno);
    }

    /** The error number Semihost would give for {@code e}, recorded as the answer to {@code call}. */
    private CallFailed failed(String call, Exception e) {
        return failed(call, e instanceof CallFailed c ? c.errno : Errno.of((IOException) e));
    }

    /** A host file whose every answer is recorded. */
    private final class RecordedFile implements OpenFile {

        private final OpenFile file;

        RecordedFile(OpenFile file) {
            this.file = file;
        }

        @Override
        public byte[] read(int length) throws CallFailed {
            byte[] bytes;
            try {
                bytes = file.read(length);
            } catch (CallFailed | IOException e) {
                throw failed("read", e);
            }
            recording.accept(new HostAnswer("read", bytes.length, bytes));
            return bytes;
        }

        @Override
        public void write(byte[] bytes) throws CallFailed {
            try {
                file.write(bytes);
            } catch (CallFailed | IOException e) {
                throw failed("write", e);
            }
            recording.accept(new HostAnswer("write", 0));
        }

        @Override
        public void seek(long position) throws CallFailed {
            try {
                file.seek(position);
            } catch (CallFailed | IOException e) {
                throw failed("seek", e);
            }
            recording.accept(new HostAnswer("seek", 0));
        }

        @Override
        public long length() throws CallFailed {
            long length;
            try {
                length = file.length();
            } catch (CallFailed | IOException e) {
                throw failed("flen", e);
            }
            recording.accept(new HostAnswer("flen", length));
            return length;
        }

        @Override
        public boolean isTty() {
            return false;
        }

        @Override
        public void close() throws IOException, CallFailed {
            try {
                file.close();
            } catch (CallFailed | IOException e) {
                recording.accept(new HostAnswer("close", -(e instanceof CallFailed c ? c.errno : Errno.of((IOException) e))));
                throw e;
            }
            recording.accept(new HostAnswer("close", 0));
        }
    }
}
