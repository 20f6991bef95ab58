package io.guestlab.debug.core.os;

/** Why a kernel's processes cannot be listed, in one sentence naming the symbol, member or address. */
public final class OsAwarenessException extends Exception {

    private static final long serialVersionUID = 1L;

    public OsAwarenessException(String message) {
        super(message);
    }
}
