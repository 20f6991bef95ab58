package io.guestlab.testing;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * JUnit XML as Jenkins, GitLab and GitHub read it (the Ant layout; schema/junit.xsd): one
 * {@code <testsuite>} per test machine, one {@code <testcase>} per result, failures as
 * {@code <failure>} (timeouts with type="timeout"), errors as {@code <error>}, skips as
 * {@code <skipped>}, console output in {@code <system-out>}.
 *
 * <p>Nothing host-dependent is written (no timestamp, host name or wall time: {@code time} is
 * the guest's virtual time), so the same suite gives the same bytes on every run, and each
 * suite carries its test's name and position as properties, so that {@link #merge shard
 * reports merge} into exactly the report of the unsharded run.
 */
public final class JUnitXml {

    private static final String TEST = "guestlab.test";
    private static final String INDEX = "guestlab.index";

    private JUnitXml() {
    }

    /** Writes the report of {@code runs} (in any order: they are written by position). */
    public static void write(String name, List<TestRun> runs, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(toXml(name, runs));
        }
    }

    /** The report as text. */
    public static String toXml(String name, List<TestRun> runs) {
        List<TestRun> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(TestRun::index));
        int[] total = new int[4]; // tests, failures, errors, skipped
        double time = 0;
        StringBuilder body = new StringBuilder();
        for (int id = 0; id < sorted.size(); id++) {
            TestRun run = sorted.get(id);
            int[] counts = counts(run.results());
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
            time += run.guestSeconds();
            suite(body, id, run, counts);
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuites name=\"" + attr(name) + "\" tests=\"" + total[0] + "\" failures=\"" + total[1]
                + "\" errors=\"" + total[2] + "\" skipped=\"" + total[3] + "\" time=\"" + seconds(time) + "\">\n"
                + body + "</testsuites>\n";
    }

    private static int[] counts(List<TestResult> results) {
        int[] c = new int[4];
        for (TestResult r : results) {
            c[0]++;
            switch (r.verdict()) {
                case FAIL, TIMEOUT -> c[1]++;
                case ERROR -> c[2]++;
                case SKIP -> c[3]++;
                case PASS -> {
                }
            }
        }
        return c;
    }

    private static void suite(StringBuilder out, int id, TestRun run, int[] counts) {
        out.append("  <testsuite name=\"").append(attr(run.test())).append("\" tests=\"").append(counts[0])
                .append("\" failures=\"").append(counts[1]).append("\" errors=\"").append(counts[2])
                .append("\" skipped=\"").append(counts[3]).append("\" time=\"").append(seconds(run.guestSeconds()))
                .append("\" id=\"").append(id).append("\">\n");
        out.append("    <properties>\n");
        out.append("      <property name=\"" + TEST + "\" value=\"").append(attr(run.test())).append("\"/>\n");
        out.append("      <property name=\"" + INDEX + "\" value=\"").append(run.index()).append("\"/>\n");
        out.append("    </properties>\n");
        boolean cases = run.hasCases();
        for (TestResult r : run.results()) {
            out.append("    <testcase name=\"").append(attr(r.name())).append("\" classname=\"").append(attr(r.suite()))
                    .append("\" time=\"").append(seconds(cases ? 0 : run.guestSeconds())).append('"');
            String element = switch (r.verdict()) {
                case FAIL, TIMEOUT -> "failure";
                case ERROR -> "error";
                case SKIP -> "skipped";
                case PASS -> null;
            };
            if (element == null && r.output().isEmpty()) {
                out.append("/>\n");
                continue;
            }
            out.append(">\n");
            if (element != null) {
                out.append("      <").append(element).append(" message=\"").append(attr(firstLine(r.message())))
                        .append("\" type=\"").append(r.verdict()).append('"');
                if (r.message().isEmpty()) {
                    out.append("/>\n");
                } else {
                    out.append('>').append(text(r.message())).append("</").append(element).append(">\n");
                }
            }
            if (!r.output().isEmpty()) {
                out.append("      <system-out>").append(text(r.output())).append("</system-out>\n");
            }
            out.append("    </testcase>\n");
        }
        if (cases && !run.transcript().isEmpty()) {
            out.append("    <system-out>").append(text(run.transcript())).append("</system-out>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.6f", s);
    }

    private static String attr(String s) {
        return escape(s, true);
    }

    private static String text(String s) {
        return escape(s, false);
    }

    /** XML 1.0 escapes; characters XML cannot hold (most C0 controls) become U+FFFD. */
    private static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\r' -> b.append("&#13;");
                default -> b.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    // ----- reading: --merge and --rerun-failed -----

    /** A report read back: its name and runs (with what the XML holds of them). */
    public record Report(String name, List<TestRun> runs) {
    }

    /**
     * Reads a report this class wrote.
     *
     * @throws IOException naming the file when it cannot be read or is not such a report
     */
    public static Report read(Path file) throws IOException {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(file.toFile());
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + ": not a readable JUnit XML report: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("testsuites")) {
            throw new IOException(file + ": expected <testsuites>, found <" + root.getTagName() + ">");
        }
        List<TestRun> runs = new ArrayList<>();
        for (Element suite : children(root, "testsuite")) {
            String test = property(suite, TEST);
            String index = property(suite, INDEX);
            if (test == null || index == null) {
                throw new IOException(file + ": testsuite '" + suite.getAttribute("name")
                        + "' has no guestlab.test / guestlab.index property: not written by guestlab test");
            }
            List<TestResult> results = new ArrayList<>();
            double time = Double.parseDouble(suite.getAttribute("time"));
            for (Element c : children(suite, "testcase")) {
                Verdict verdict = Verdict.PASS;
                String message = "";
                for (String kind : List.of("failure", "error", "skipped")) {
                    List<Element> found = children(c, kind);
                    if (!found.isEmpty()) {
                        Element e = found.get(0);
                        verdict = Verdict.valueOf(e.getAttribute("type").toUpperCase(Locale.ROOT));
                        message = e.getTextContent().isEmpty() ? e.getAttribute("message") : e.getTextContent();
                    }
                }
                List<Element> out = children(c, "system-out");
                results.add(new TestResult(c.getAttribute("classname"), c.getAttribute("name"), verdict, message,
                        out.isEmpty() ? "" : out.get(0).getTextContent(), -1));
            }
            List<Element> out = children(suite, "system-out");
            TestRun run = new TestRun(test, Integer.parseInt(index), time, 0,
                    out.isEmpty() ? "" : out.get(0).getTextContent(), results, "");
            runs.add(run);
        }
        return new Report(root.getAttribute("name"), runs);
    }

    /** The names of the tests that failed in a report (for --rerun-failed). */
    public static List<String> failedTests(Path file) throws IOException {
        return read(file).runs().stream().filter(TestRun::failed).map(TestRun::test).toList();
    }

    /**
     * Joins shard reports into one: the report the unsharded run writes.
     *
     * @throws IOException a report cannot be read, or two hold the same test position
     */
    public static Report merge(List<Path> files) throws IOException {
        List<TestRun> runs = new ArrayList<>();
        String name = null;
        java.util.Map<Integer, Path> seen = new java.util.HashMap<>();
        for (Path f : files) {
            Report r = read(f);
            name = name == null ? r.name() : name;
            for (TestRun run : r.runs()) {
                Path other = seen.putIfAbsent(run.index(), f);
                if (other != null) {
                    throw new IOException(f + ": test '" + run.test() + "' (position " + run.index() + ") is also in "
                            + other + ": merge the reports of different shards of one run");
                }
                runs.add(run);
            }
        }
        return new Report(name == null ? "" : name, runs);
    }

    private static String property(Element suite, String name) {
        for (Element props : children(suite, "properties")) {
            for (Element p : children(props, "property")) {
                if (p.getAttribute("name").equals(name)) {
                    return p.getAttribute("value");
                }
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                list.add(e);
            }
        }
        return list;
    }
}
