package io.guestlab.emulator.board;

import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Assume;

/**
 * Finds host tools and files that some tests need (dtc, QEMU, Debian's firmware images). When one
 * is missing the test is skipped with a message naming it, unless GUESTLAB_REQUIRE_TOOLS=1 (as in
 * CI), in which case the test fails with that message.
 */
final class ExternalTools {

    static final String REQUIRE_VARIABLE = "GUESTLAB_REQUIRE_TOOLS";

    private ExternalTools() {
    }

    /** The executable {@code name} on PATH; {@code source} says where to get it. */
    static Path executable(String name, String source) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        missing("tool '" + name + "' (" + source + ") is not on PATH");
        return null; // not reached
    }

    /** The file at {@code path}; {@code source} says where it comes from. */
    static Path file(String path, String source) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            missing("file " + path + " (" + source + ") does not exist");
        }
        return file;
    }

    private static void missing(String what) {
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            fail(what + ", and " + REQUIRE_VARIABLE + "=1 requires it");
        }
        Assume.assumeTrue(what + "; test skipped", false);
    }
}
