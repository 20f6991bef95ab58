package io.guestlab.emulator.semihosting;

import java.io.IOException;

/** What a semihosting handle stands for: a host file, the console, or the features file. */
interface OpenFile {

    /** Reads up to {@code length} bytes; fewer (none at end of file) is not an error. */
    byte[] read(int length) throws IOException, CallFailed;

    /** Writes all of {@code bytes}. */
    void write(byte[] bytes) throws IOException, CallFailed;

    /** Moves to absolute position {@code position} (SYS_SEEK). */
    void seek(long position) throws IOException, CallFailed;

    /** The length in bytes (SYS_FLEN). */
    long length() throws IOException, CallFailed;

    /** True for the console (SYS_ISTTY). */
    boolean isTty();

    /** Releases the file; a replayed file fails as the recorded close did (CallFailed). */
    void close() throws IOException, CallFailed;
}
