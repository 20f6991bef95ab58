package io.guestlab.emulator.semihosting;

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

    private final List<OpenFile> files = new ArrayList<>(); // index = handle - 1; null = free

    /** Registers {@code file} and returns its handle; EMFILE when the table is full (the file is closed). */
    long add(OpenFile file) throws CallFailed, IOException {
        int free = files.indexOf(null);
        if (free < 0) {
            if (files.size() == MAX_OPEN) {
                file.close();
                throw new CallFailed(Errno.EMFILE);
            }
            files.add(file);
            return files.size();
        }
        files.set(free, file);
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
        file.close();
    }

    /** Closes every handle (the machine is shut down); returns the first failure, or null. */
    IOException closeAll() {
        IOException first = null;
        for (int i = 0; i < files.size(); i++) {
            OpenFile file = files.get(i);
            files.set(i, null);
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
}
