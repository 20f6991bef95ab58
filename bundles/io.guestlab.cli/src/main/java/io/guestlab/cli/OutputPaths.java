package io.guestlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that a file an option will write can be written, before the guest runs: a run that
 * fails at its end after an hour because a folder is missing is an hour lost.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @param option the option that names the file, for the message
     * @param file   the path as the user gave it, or null when the option is absent
     * @throws UsageException naming the option and the path when the file cannot be written there
     */
    static void check(String option, Path file) {
        if (file == null) {
            return;
        }
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw new UsageException(option + ": " + file + " is a folder; give a file name");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new UsageException(option + ": cannot write " + file + ": folder " + folder + " does not exist");
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            throw new UsageException(option + ": cannot write " + file + ": "
                    + (Files.exists(file) ? "the file" : "folder " + folder) + " is not writable");
        }
    }
}
