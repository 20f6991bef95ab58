package io.guestlab.debug.core.session;

/**
 * A snapshot of a machine as the Snapshots view lists it.
 *
 * @param step         the machine's step (all harts together) when it was taken
 * @param instructions instructions retired by then
 * @param where        hart 0's place then, e.g. {@code main (main.c:50)}
 */
public record SnapshotInfo(String name, long step, long instructions, String where) {
}
