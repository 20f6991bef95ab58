import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints one closing line over surefire's XML reports: "tests: N passed, N failed, N skipped".
 * Run as a single-file program: java tools/TestSummary.java REPORT_DIR...
 */
public final class TestSummary {

    private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");

    public static void main(String[] args) throws IOException {
        long tests = 0, failed = 0, skipped = 0;
        for (String dir : args) {
            Path folder = Path.of(dir);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (DirectoryStream<Path> reports = Files.newDirectoryStream(folder, "TEST-*.xml")) {
                for (Path report : reports) {
                    Matcher m = SUITE.matcher(Files.readString(report));
                    if (m.find()) {
                        String head = m.group();
                        tests += attribute(head, "tests");
                        skipped += attribute(head, "skipped");
                        failed += attribute(head, "failures") + attribute(head, "errors");
                    }
                }
            }
        }
        System.out.printf("tests: %d passed, %d failed, %d skipped%n", tests - failed - skipped, failed, skipped);
    }

    private static long attribute(String element, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"(\\d+)\"").matcher(element);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
