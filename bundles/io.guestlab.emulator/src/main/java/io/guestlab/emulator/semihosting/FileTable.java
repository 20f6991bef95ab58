package io.guestlab.emulator.semihosting;

import io.guestlab.emulator.devices.ByteSink;
import io.guestlab.emulator.snapshot.SnapshotException;
import io.guestlab.emulator.snapshot.StateReader;
import io.guestlab.emulator.snapshot.StateWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The guest's open semihosting handles. A handle is a small positive number (section 6.1,
 * SYS_OPEN: "a nonzero handle"); the lowest free one is reused, as file descriptors are.
 */
final class FileTable {

    /** Open handles one guest may hold at once. */
    static final int MAX_OPEN = 64;

    // What a snapshot records per handle (free, :tt for reading or writing, the features file).
    private static final int FREE = 0, CONSOLE_IN = 1, CONSOLE_OUT = 2, FEATURES = 3;

    private final List<OpenFile> files = new ArrayList<>(); // index = handle - 1; null = free
    private final List<String> names = new ArrayList<>(); // the guest's name for each open handle

    /**
     * Registers {@code file}, opened under the guest's name {@code name}, and returns its handle;
     * EMFILE when the table is full (the file is closed).
     */
    long add(OpenFile file, String name) throws CallFailed, IOException {
        int free = files.indexOf(null);
        if (free < 0) {
            if (files.size() == MAX_OPEN) {
                file.close();
                throw new CallFailed(Errno.EMFILE);
            }
            files.add(file);
            names.add(name);
            return files.size();
        }
        files.set(free, file);
        names.set(free, name);
        return free + 1;
    }

    OpenFile get(long handle) throws CallFailed {
        if (handle < 1 || handle > files.size() || files.get((int) handle - 1) == null) {
            throw new CallFailed(Errno.EBADF);
        }
        return files.get((int) handle - 1);
    }

    void close(long handle) throws CallFailed, IOException {
        OpenFile file = get(handle);
        files.set((int) handle - 1, null);
        names.set((int) handle - 1, null);
        file.close();
    }

    /** Closes every handle (the machine is shut down); returns the first failure, or null. */
    IOException closeAll() {
        IOException first = null;
        for (int i = 0; i < files.size(); i++) {
            OpenFile file = files.get(i);
            files.set(i, null);
            names.set(i, null);
            if (file != null) {
                try {
                    file.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                } catch (CallFailed e) {
                    first = first == null ? new IOException("closing semihosting handle " + (i + 1) + " failed (errno "
                            + e.errno + ")") : first;
                }
            }
        }
        return first;
    }

    /**
     * Writes the open handles. The console and the features file live in the host process and
     * are written; a host file is refused, because its content lives in the shared folder, outside
     * the snapshot, and both sides of a fork would then write the same file.
     */
    void saveState(StateWriter out) throws SnapshotException {
        int[] handles = new int[2 * files.size()];
        for (int i = 0; i < files.size(); i++) {
            OpenFile file = files.get(i);
            int kind;
            int position = 0;
            if (file == null) {
                kind = FREE;
            } else if (file instanceof ConsoleFile console) {
                kind = console.isReadable() ? CONSOLE_IN : CONSOLE_OUT;
            } else if (file instanceof FeaturesFile features) {
                kind = FEATURES;
                position = features.position();
            } else {
                throw new SnapshotException("semihosting handle " + (i + 1) + " (host file '" + names.get(i)
                        + "') is open: a snapshot cannot hold a host file; take it where the guest has closed it");
            }
            handles[2 * i] = kind;
            handles[2 * i + 1] = position;
        }
        out.putInts("handles", handles);
    }

    /** Replaces the open handles (all closed first) with those {@link #saveState} wrote. */
    void restoreState(StateReader in, ByteSink console) throws SnapshotException {
        int[] handles = in.getInts("handles");
        if (handles.length % 2 != 0 || handles.length / 2 > MAX_OPEN) {
            throw new SnapshotException("machine state field 'semihosting.handles' has " + handles.length
                    + " entries: not a handle table");
        }
        closeAll(); // only the console and the features file can be open here: closing them cannot fail
        files.clear();
        names.clear();
        for (int i = 0; i < handles.length; i += 2) {
            int position = handles[i + 1];
            OpenFile file = switch (handles[i]) {
                case FREE -> null;
                case CONSOLE_IN -> new ConsoleFile(console, true);
                case CONSOLE_OUT -> new ConsoleFile(console, false);
                case FEATURES -> {
                    FeaturesFile features = new FeaturesFile();
                    try {
                        features.seek(position);
                    } catch (CallFailed e) {
                        throw new SnapshotException("machine state field 'semihosting.handles': handle " + (i / 2 + 1)
                                + " is the features file at position " + position + ", past its end");
                    }
                    yield features;
                }
                default -> throw new SnapshotException("machine state field 'semihosting.handles': handle "
                        + (i / 2 + 1) + " has unknown kind " + handles[i]);
            };
            files.add(file);
            names.add(file == null ? null : handles[i] == FEATURES ? FeaturesFile.NAME : ":tt");
        }
    }
}
