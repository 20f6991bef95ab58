package io.guestlab.testing;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the runner's tests need from outside the bundle: the test guests built by
 * {@code make -C examples}, Debian's linux-source-6.1 (for kunit.py), python3. A missing one skips
 * the test with a message naming it, or fails it under GUESTLAB_REQUIRE_TOOLS=1 (CI).
 */
final class Requirements {

    private Requirements() {
    }

    /** The repository root (the folder holding examples/Makefile). */
    static Path repository() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        missing("the repository root (no examples/Makefile above " + Path.of("").toAbsolutePath() + ")");
        return null;
    }

    /** examples/tests/build/NAME.elf. */
    static Path guest(String name) {
        Path elf = repository().resolve("examples/tests/build/" + name + ".elf");
        if (!Files.isRegularFile(elf)) {
            missing(elf + " (build it with 'make -C examples')");
        }
        return elf;
    }

    /** A host tool on PATH. */
    static Path tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        missing("the host tool " + name);
        return null;
    }

    static void missing(String what) {
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail("missing " + what + " (GUESTLAB_REQUIRE_TOOLS=1)");
        }
        assumeTrue("missing " + what, false);
    }
}
