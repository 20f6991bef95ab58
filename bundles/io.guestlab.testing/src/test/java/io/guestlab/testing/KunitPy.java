package io.guestlab.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Linux 6.1's own KTAP parser (tools/testing/kunit/kunit_parser.py, what {@code kunit.py parse}
 * runs), from Debian's linux-source-6.1: taken from the tree examples/linux/build-kernel unpacked,
 * else extracted from the tarball into target/ once.
 */
final class KunitPy {

    /** kunit.py's verdicts of a log: one line per case ({@code path<TAB>name<TAB>STATUS}) and its own error count. */
    record Verdicts(List<String> cases, int errors) {
    }

    private static final String TARBALL = "/usr/src/linux-source-6.1.tar.xz";
    private static final String KUNIT = "linux-source-6.1/tools/testing/kunit";

    private KunitPy() {
    }

    static Path kunitDir() throws IOException, InterruptedException {
        Path unpacked = Requirements.repository().resolve("examples/linux/build/src/" + KUNIT);
        if (Files.isRegularFile(unpacked.resolve("kunit_parser.py"))) {
            return unpacked;
        }
        Path cache = Path.of("target/kunit").toAbsolutePath();
        Path dir = cache.resolve(KUNIT);
        if (!Files.isRegularFile(dir.resolve("kunit_parser.py"))) {
            if (!Files.isRegularFile(Path.of(TARBALL))) {
                Requirements.missing(TARBALL + " (Debian package linux-source-6.1)");
            }
            Files.createDirectories(cache);
            Process tar = new ProcessBuilder("tar", "-xJf", TARBALL, "-C", cache.toString(), KUNIT)
                    .redirectErrorStream(true).start();
            String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0) {
                throw new IOException("tar could not extract " + KUNIT + " from " + TARBALL + ": " + out);
            }
        }
        return dir;
    }

    static Verdicts parse(Path log) throws IOException, InterruptedException {
        Path python = Requirements.tool("python3");
        Path script = Files.createTempFile("kunit_cases", ".py");
        try (InputStream in = KunitPy.class.getResourceAsStream("/kunit_cases.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder(python.toString(), script.toString(), kunitDir().toString(), log.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("kunit_parser failed on " + log + ":\n" + out);
            }
            List<String> cases = new ArrayList<>();
            int errors = -1;
            for (String line : out.split("\n")) {
                if (line.startsWith("CASE\t")) {
                    cases.add(line.substring(5));
                } else if (line.startsWith("ERRORS ")) {
                    errors = Integer.parseInt(line.substring(7).strip());
                }
            }
            return new Verdicts(cases, errors);
        } finally {
            Files.deleteIfExists(script);
        }
    }
}
