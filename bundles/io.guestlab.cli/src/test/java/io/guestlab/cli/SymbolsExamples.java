package io.guestlab.cli;

import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test support for the symbols commands: the example ELFs built by {@code make -C examples}
 * and the binutils they are compared with. Finding them (and skipping, or failing under
 * GUESTLAB_REQUIRE_TOOLS=1, when one is missing) is {@link GuestElfs}' job.
 */
final class SymbolsExamples {

    private SymbolsExamples() {
    }

    static Path elf(String variant) {
        return GuestElfs.example("symbols/build/" + variant);
    }

    /** Runs a tool from the PATH with the given stdin and returns its stdout. */
    static String run(String tool, List<String> args, String stdin) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(GuestElfs.tool(tool).toString());
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
