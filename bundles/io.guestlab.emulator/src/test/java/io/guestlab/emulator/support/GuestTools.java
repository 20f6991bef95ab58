package io.guestlab.emulator.support;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds guest ELFs, host tools and host files (firmware) for tests. A missing ELF or tool skips the test with a message
 * naming it, unless GUESTLAB_REQUIRE_TOOLS=1 (as in CI), where it fails the test instead.
 */
public final class GuestTools {

    private GuestTools() {
    }

    /** The repository root: the nearest folder up from the working directory holding examples/Makefile. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        missing("the repository root (no examples/Makefile above " + dir + ")");
        return null;
    }

    /** The *.elf files in examples/{@code folder}/build, sorted; skips or fails if there are none. */
    public static List<Path> elfs(String folder) {
        Path build = repositoryRoot().resolve("examples").resolve(folder).resolve("build");
        List<Path> found = List.of();
        if (Files.isDirectory(build)) {
            try (Stream<Path> s = Files.list(build)) {
                found = s.filter(p -> p.toString().endsWith(".elf")).sorted().toList();
            } catch (IOException e) {
                missing(build + " (" + e.getMessage() + ")");
            }
        }
        if (found.isEmpty()) {
            missing("guest ELFs in " + build + " (build them with 'make -C examples')");
        }
        return found;
    }

    /** The host tool {@code name} on PATH; skips or fails, naming {@code debianPackage}, if it is not installed. */
    public static Path tool(String name, String debianPackage) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        missing("the host tool " + name + " (Debian package " + debianPackage + ")");
        return null;
    }

    /** The host file at {@code path} (firmware images and the like); skips or fails, naming {@code debianPackage}. */
    public static Path file(String path, String debianPackage) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            missing(path + " (Debian package " + debianPackage + ")");
        }
        return file;
    }

    /** Skips the calling test, or fails it when GUESTLAB_REQUIRE_TOOLS=1. */
    public static void missing(String what) {
        String message = "missing " + what;
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail(message + " (GUESTLAB_REQUIRE_TOOLS=1)");
        }
        assumeTrue(message, false);
    }
}
