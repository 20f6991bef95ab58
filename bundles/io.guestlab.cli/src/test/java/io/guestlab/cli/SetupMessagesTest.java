package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Test;

/** The `guestlab` script explains a bad set-up in one line instead of failing obscurely. */
public class SetupMessagesTest {

    /** examples/Makefile marks the repository root; the script sits beside examples/. */
    private static final Path SCRIPT = GuestElfs.example("Makefile").getParent().getParent().resolve("guestlab");

    /** Runs the script with {@code env} changed (null removes a variable); returns exit code and stderr. */
    private static String[] run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder();
        pb.command().add(SCRIPT.toString());
        pb.command().addAll(List.of(args));
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new String[] {Integer.toString(p.waitFor()), err};
    }

    @Test
    public void noJdkIsOneClearLine() throws Exception {
        var env = new java.util.HashMap<String, String>();
        env.put("JAVA_HOME", null);
        env.put("GUESTLAB_JDK_SEARCH", "/nonexistent");
        String[] result = run(env, "--help");
        assertNotEquals("0", result[0]);
        assertEquals("guestlab: needs a JDK >= 21 (found none); install one or set JAVA_HOME to it\n", result[1]);
    }

    @Test
    public void ideWithoutDisplayIsOneClearLine() throws Exception {
        var env = new java.util.HashMap<String, String>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        String[] result = run(env, "ide");
        assertNotEquals("0", result[0]);
        assertEquals("guestlab: no display for the IDE (DISPLAY is unset): run it in a desktop session, or start Xvfb and set DISPLAY\n",
            result[1]);
    }
}
