package io.guestlab.debug.core.session;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.debug.core.launching.MachineSetup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: the example kernel of examples/debug-kernel (built by {@code make -C examples}),
 * its source lines by their marker comments, and launch attributes for it. A missing ELF skips
 * the test with a message, or fails it when GUESTLAB_REQUIRE_TOOLS=1 (CI).
 */
final class DebugKernel {

    private DebugKernel() {
    }

    static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    static Path elf() {
        Path p = root().resolve("examples/debug-kernel/build/kernel.elf");
        if (!Files.isRegularFile(p)) {
            String message = p + " is missing (build it with 'make -C examples'; needs Debian's gcc-riscv64-unknown-elf)";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message);
            }
            assumeTrue(message, false);
        }
        return p;
    }

    static Path source(String name) {
        return root().resolve("examples/debug-kernel").resolve(name);
    }

    /** A breakpoint on the line of main.c holding {@code marker}. */
    static BreakpointSpec lineBreakpoint(String marker) {
        return BreakpointSpec.of(new BreakpointSpec.Line(source("main.c").toString(), line("main.c", marker)));
    }

    /** The line of {@code file} holding {@code marker} (e.g. "BREAK: run_task"), 1-based. */
    static int line(String file, String marker) {
        try {
            List<String> lines = Files.readAllLines(source(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(marker)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("no '" + marker + "' in " + file);
    }

    /** Launch attributes for the kernel, bare metal, stopping at main. */
    static Map<String, Object> attributes() {
        Map<String, Object> a = new HashMap<>();
        a.put(LaunchAttributes.KERNEL, elf().toString());
        a.put(LaunchAttributes.FIRMWARE, LaunchAttributes.FIRMWARE_NONE);
        a.put(LaunchAttributes.MEMORY, "64M");
        a.put(LaunchAttributes.STOP_AT, LaunchAttributes.STOP_AT_MAIN);
        return a;
    }

    static MachineSetup setup(Map<String, Object> attributes) throws LaunchProblem {
        return MachineSetup.read(attributes, s -> s);
    }
}
