package io.guestlab.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run's results as TAP version 14, one test point per result in report order; what TAP has
 * no directive for (error, timeout) is a "not ok" with the verdict in a YAML block.
 */
public final class TapReport {

    private TapReport() {
    }

    public static String toTap(List<TestRun> runs) {
        List<TestRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(TestRun::index));
        List<TestResult> results = sorted.stream().flatMap(r -> r.results().stream()).toList();
        StringBuilder out = new StringBuilder("TAP version 14\n1.." + results.size() + "\n");
        int n = 0;
        for (TestResult r : results) {
            n++;
            String description = r.fullName().replace('#', '_').replace('\n', ' ');
            switch (r.verdict()) {
                case PASS -> out.append("ok ").append(n).append(" - ").append(description).append('\n');
                case SKIP -> out.append("ok ").append(n).append(" - ").append(description).append(" # SKIP ")
                        .append(oneLine(r.message())).append('\n');
                default -> {
                    out.append("not ok ").append(n).append(" - ").append(description).append('\n');
                    out.append("  ---\n  verdict: ").append(r.verdict()).append('\n');
                    out.append("  message: \"").append(oneLine(r.message()).replace("\\", "\\\\").replace("\"", "\\\""))
                            .append("\"\n  ...\n");
                }
            }
        }
        return out.toString();
    }

    public static void write(List<TestRun> runs, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toTap(runs), StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
