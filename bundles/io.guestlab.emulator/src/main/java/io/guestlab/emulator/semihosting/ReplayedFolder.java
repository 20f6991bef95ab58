package io.guestlab.emulator.semihosting;

/**
 * The shared folder as a recording saw it: every operation takes its outcome from the recorded
 * answers and none touches the host, so a replay neither needs the folder's files nor changes
 * them. Handles still come from the guest's file table, as in the recorded run.
 */
final class ReplayedFolder implements HostFolder {

    private final HostAnswers answers;

    ReplayedFolder(HostAnswers answers) {
        this.answers = answers;
    }

    @Override
    public OpenFile open(String guestPath, int mode) throws CallFailed {
        answer("open");
        return new ReplayedFile();
    }

    @Override
    public void remove(String guestPath) throws CallFailed {
        answer("remove");
    }

    @Override
    public void rename(String from, String to) throws CallFailed {
        answer("rename");
    }

    /** The next answer, which must be to {@code call}; a refusal is thrown as the guest gets it. */
    private HostAnswer answer(String call) throws CallFailed {
        HostAnswer a = answers.next(call);
        if (a == null) {
            throw new CallFailed(Errno.EIO);
        }
        if (a.failed()) {
            throw new CallFailed(a.errno());
        }
        return a;
    }

    /** A host file of the recorded run: no host resource, only its recorded answers. */
    private final class ReplayedFile implements OpenFile {

        @Override
        public byte[] read(int length) throws CallFailed {
            byte[] bytes = answer("read").data();
            if (bytes.length > length) {
                answers.diverged("the guest reads up to " + length + " bytes where the recording read " + bytes.length);
                throw new CallFailed(Errno.EIO);
            }
            return bytes;
        }

        @Override
        public void write(byte[] bytes) throws CallFailed {
            answer("write");
        }

        @Override
        public void seek(long position) throws CallFailed {
            answer("seek");
        }

        @Override
        public long length() throws CallFailed {
            return answer("flen").result();
        }

        @Override
        public boolean isTty() {
            return false;
        }

        @Override
        public void close() throws CallFailed {
            answer("close");
        }
    }
}
