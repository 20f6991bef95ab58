package io.guestlab.model;

import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Assume;

/**
 * Finds the repository and the things a test needs from outside the bundle. A missing thing skips
 * the test with a message naming it, unless GUESTLAB_REQUIRE_TOOLS=1 (CI), where it fails.
 */
final class RequiredTools {

    private RequiredTools() {
    }

    /** The repository root: the nearest folder above the working directory holding examples/Makefile. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("examples/Makefile"))) {
                return dir;
            }
        }
        missing("the Guestlab repository (no examples/Makefile above " + Path.of("").toAbsolutePath() + ")");
        return null;
    }

    /** A file under the repository root, e.g. a guest ELF built by {@code make -C examples}. */
    static Path repositoryFile(String relative, String howToGetIt) {
        Path file = repositoryRoot().resolve(relative);
        if (!Files.exists(file)) {
            missing(relative + " (" + howToGetIt + ")");
        }
        return file;
    }

    /** Skips the calling test, or fails it when tools are required. */
    static void missing(String what) {
        String message = "missing " + what;
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail(message + " and GUESTLAB_REQUIRE_TOOLS=1");
        }
        Assume.assumeTrue(message, false);
    }
}
