package io.guestlab.debug.core.session;

import io.guestlab.emulator.board.BoardSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * The named snapshots a user took of one machine, in the order taken. Taking a snapshot under a
 * name already used replaces it. Engine thread only.
 */
final class Snapshots {

    /** A snapshot and where the run was when it was taken. */
    record Entry(SnapshotInfo info, BoardSnapshot state) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void put(SnapshotInfo info, BoardSnapshot state) {
        remove(info.name());
        entries.add(new Entry(info, state));
    }

    /** The snapshot named {@code name}; an IllegalArgumentException naming those there are when none. */
    Entry get(String name) {
        for (Entry e : entries) {
            if (e.info().name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no snapshot named '" + name + "'"
                + (entries.isEmpty() ? " (none taken)" : " (there are: " + String.join(", ", names()) + ")"));
    }

    boolean remove(String name) {
        return entries.removeIf(e -> e.info().name().equals(name));
    }

    List<SnapshotInfo> infos() {
        return entries.stream().map(Entry::info).toList();
    }

    private List<String> names() {
        return entries.stream().map(e -> e.info().name()).toList();
    }
}
