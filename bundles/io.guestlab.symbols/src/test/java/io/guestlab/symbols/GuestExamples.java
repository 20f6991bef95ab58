package io.guestlab.symbols;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support: finds the repository, the ELFs built by {@code make -C examples} and the
 * cross tools. A missing ELF or tool skips the test (Assume) with a message naming it, or fails
 * it when GUESTLAB_REQUIRE_TOOLS=1 (as CI sets).
 */
final class GuestExamples {

    /** The RV64 (LP64) variants examples/symbols/Makefile builds. */
    static final List<String> VARIANTS_64 = List.of(
            "shapes-elf-O0-dwarf4", "shapes-elf-O0-dwarf5", "shapes-elf-O2-dwarf4", "shapes-elf-O2-dwarf5",
            "shapes-linux-O0-dwarf4", "shapes-linux-O0-dwarf5", "shapes-linux-O2-dwarf4", "shapes-linux-O2-dwarf5");

    /** Every variant examples/symbols/Makefile builds: the RV64 ones and the ELF32 (RV32, ILP32) ones. */
    static final List<String> VARIANTS = java.util.stream.Stream.concat(VARIANTS_64.stream(), Stream32.NAMES.stream()).toList();

    private static final class Stream32 {
        static final List<String> NAMES = List.of(
                "shapes-rv32-O0-dwarf4", "shapes-rv32-O0-dwarf5", "shapes-rv32-O2-dwarf4", "shapes-rv32-O2-dwarf5");
    }

    private GuestExamples() {
    }

    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " is missing (build the examples with 'make -C examples'; install Debian's "
                + "gcc-riscv64-unknown-elf, gcc-riscv64-linux-gnu and binutils-riscv64-unknown-elf)";
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail(message);
        }
        assumeTrue(message, false);
    }

    /** The folder holding examples/Makefile, searched upwards from the working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        require(false, "the repository root (a folder with examples/Makefile above " + dir + ")");
        return null;
    }

    /** A built example ELF, e.g. {@code shapes-elf-O2-dwarf5}. */
    static Path elf(String variant) {
        Path p = repositoryRoot().resolve("examples/symbols/build").resolve(variant);
        require(Files.isRegularFile(p), "example ELF " + p);
        return p;
    }

    /** A cross tool on the PATH, e.g. {@code riscv64-unknown-elf-addr2line}. */
    static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        require(false, "tool " + name);
        return null;
    }

    /** Runs a tool and returns its standard output; fails the test if it does not exit with 0. */
    static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Path out = Files.createTempFile("guestlab-tool", ".txt");
        try {
            Process p = pb.redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("timed out: " + command);
            }
            if (p.exitValue() != 0) {
                fail("exit code " + p.exitValue() + ": " + command);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static List<String> command(String tool, Object... args) {
        List<String> c = new ArrayList<>();
        c.add(tool(tool));
        for (Object a : args) {
            c.add(a.toString());
        }
        return c;
    }
}
