package io.guestlab.emulator.semihosting;

import java.util.Set;

/**
 * What the host answered to one semihosting request that the guest's own state cannot
 * reproduce: a file operation in the shared folder, or the wall-clock time. A recording keeps
 * these in order; a replay gives them back instead of asking the host.
 *
 * @param call   which request: one of {@link #CALLS}
 * @param result the outcome: a success value (0, a length, seconds since 1970), or minus the
 *               error number when the host refused
 * @param data   the bytes a {@code read} returned; empty for every other call
 */
public record HostAnswer(String call, long result, byte[] data) {

    /** Opening, reading, writing, seeking, measuring and closing a file; removing, renaming; SYS_TIME. */
    public static final Set<String> CALLS = Set.of("open", "read", "write", "seek", "flen", "close", "remove", "rename",
            "time");

    private static final byte[] NONE = new byte[0];

    public HostAnswer {
        if (!CALLS.contains(call)) {
            throw new IllegalArgumentException("unknown semihosting host call '" + call + "'");
        }
        data = data == null ? NONE : data.clone();
        if (data.length > 0 && !call.equals("read")) {
            throw new IllegalArgumentException("only a read answer carries data, not " + call);
        }
        if (call.equals("read") && result >= 0 && result != data.length) {
            throw new IllegalArgumentException("a read answer of " + result + " bytes carries " + data.length);
        }
    }

    /** An answer without data. */
    public HostAnswer(String call, long result) {
        this(call, result, NONE);
    }

    /** The bytes read (a copy). */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** True when the host refused: {@link #result()} is minus the error number. */
    public boolean failed() {
        return result < 0;
    }

    /** The error number of a refusal. */
    int errno() {
        return (int) -result;
    }
}
