package io.guestlab.gdbserver;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds guest ELFs and host tools for tests. A missing one skips the test with a message naming
 * it, unless GUESTLAB_REQUIRE_TOOLS=1 (as in CI), where it fails the test instead.
 */
final class ExternalTools {

    private ExternalTools() {
    }

    /** The repository root: the nearest folder up from the working directory holding examples/Makefile. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        missing("the repository root (no examples/Makefile above " + dir + ")");
        return null;
    }

    /** examples/{@code folder}/build/{@code name}; skips or fails if it has not been built. */
    static Path guest(String folder, String name) {
        Path elf = repositoryRoot().resolve("examples").resolve(folder).resolve("build").resolve(name);
        if (!Files.isRegularFile(elf)) {
            missing("the guest " + elf + " (build it with 'make -C examples')");
        }
        return elf;
    }

    /** A file of the repository, e.g. a guest's source. */
    static Path source(String relative) {
        Path p = repositoryRoot().resolve(relative);
        if (!Files.isRegularFile(p)) {
            missing(p.toString());
        }
        return p;
    }

    /** The path of host tool {@code name} on PATH; skips or fails if it is not installed. */
    static Path tool(String name, String debianPackage) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        missing("the host tool " + name + " (Debian: apt-get install " + debianPackage + ")");
        return null;
    }

    /** Skips the calling test, or fails it when GUESTLAB_REQUIRE_TOOLS=1. */
    static void missing(String what) {
        String message = "missing " + what;
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail(message + " (GUESTLAB_REQUIRE_TOOLS=1)");
        }
        assumeTrue(message, false);
    }
}
