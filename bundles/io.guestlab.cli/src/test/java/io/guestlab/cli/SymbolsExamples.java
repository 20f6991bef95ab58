package io.guestlab.cli;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support for the symbols commands: the example ELFs built by {@code make -C examples}
 * and the binutils they are compared with. Missing ones skip the test with a message naming
 * them, or fail it when GUESTLAB_REQUIRE_TOOLS=1 (as CI sets).
 */
final class SymbolsExamples {

    private SymbolsExamples() {
    }

    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String message = what + " is missing (run 'make -C examples'; install Debian's binutils-riscv64-unknown-elf)";
        if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
            fail(message);
        }
        assumeTrue(message, false);
    }

    static Path elf(String variant) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                Path elf = p.resolve("examples/symbols/build").resolve(variant);
                require(Files.isRegularFile(elf), "example ELF " + elf);
                return elf;
            }
        }
        require(false, "the repository root (a folder with examples/Makefile)");
        return null;
    }

    /** Runs a tool from the PATH with the given stdin and returns its stdout. */
    static String run(String tool, List<String> args, String stdin) throws Exception {
        Path exe = null;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                exe = Path.of(dir, tool);
                break;
            }
        }
        require(exe != null, "tool " + tool);
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("timed out: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
