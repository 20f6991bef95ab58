package io.guestlab.ide.project;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The RISC-V bare-metal cross compiler the templates' Makefiles call, and how to get it when it is missing. */
public final class CrossCompiler {

    public static final String COMMAND = "riscv64-unknown-elf-gcc";
    public static final String DEBIAN_PACKAGE = "gcc-riscv64-unknown-elf";
    /** What to tell a user without it, in one sentence. */
    public static final String MISSING = "The RISC-V cross compiler " + COMMAND + " is not on the PATH: install Debian's "
            + DEBIAN_PACKAGE + " package (sudo apt-get install " + DEBIAN_PACKAGE + " make).";

    private CrossCompiler() {
    }

    /** The compiler on the PATH the IDE runs with, if there is one. */
    public static Optional<Path> find() {
        return onPath(COMMAND);
    }

    /** An executable named {@code command} in a folder of the PATH. */
    public static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
