package io.guestlab.emulator.semihosting;

/**
 * The file operations semihosting performs on the host by path: the shared folder itself
 * ({@link SharedFolder}), or the same while it is recorded ({@link RecordingFolder}), or a replay
 * of the recording that never touches the host ({@link ReplayedFolder}). Every failure is a
 * {@link CallFailed} with the error number the guest gets.
 */
interface HostFolder {

    /** Opens {@code guestPath} in SYS_OPEN mode {@code mode} (0..11). */
    OpenFile open(String guestPath, int mode) throws CallFailed;

    void remove(String guestPath) throws CallFailed;

    void rename(String from, String to) throws CallFailed;
}
