package io.guestlab.emulator.semihosting;

/** A semihosting call that fails: the guest gets -1 (or the operation's error value) and {@code errno}. */
final class CallFailed extends Exception {

    private static final long serialVersionUID = 1L;

    final int errno;

    CallFailed(int errno) {
        super(null, null, false, false); // control flow, not a host error: no stack trace
        this.errno = errno;
    }
}
