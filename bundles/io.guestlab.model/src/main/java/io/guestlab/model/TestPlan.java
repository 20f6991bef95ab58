package io.guestlab.model;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/** Expands a test suite into the tests to run, in a stable order: as written, discovered files sorted by name. */
public final class TestPlan {

    private TestPlan() {
    }

    /**
     * The suite's tests. Call {@link Definitions#validate} first: this only refuses what it cannot
     * expand (a missing folder, a bad glob, two tests of one name).
     */
    public static List<PlannedTest> of(TestSuite suite) throws DefinitionException {
        Path file = Definitions.fileOf(suite);
        List<PlannedTest> tests = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (TestSource source : suite.getTests()) {
            if (source instanceof TestCase test) {
                if (test.getProgram() == null && suite.getReady() == null) {
                    throw new DefinitionException(file, 0, "test case '" + test.getName() + "' has no program");
                }
                Path program = test.getProgram() == null ? null : Definitions.resolve(test, test.getProgram());
                add(tests, names, file, planned(suite, test, test.getName(), program, test.getInput()));
            } else if (source instanceof TestDiscovery discovery) {
                for (Path program : discover(file, discovery)) {
                    String fileName = program.getFileName().toString();
                    int dot = fileName.lastIndexOf('.');
                    String name = dot > 0 ? fileName.substring(0, dot) : fileName;
                    add(tests, names, file, planned(suite, discovery, name, program, null));
                }
            }
        }
        return tests;
    }

    private static void add(List<PlannedTest> tests, Set<String> names, Path file, PlannedTest test)
            throws DefinitionException {
        if (!names.add(test.name())) {
            throw new DefinitionException(file, 0, "two tests are named '" + test.name()
                    + "': rename the test case or narrow the discovery glob");
        }
        tests.add(test);
    }

    private static PlannedTest planned(TestSuite suite, TestSource source, String name, Path program, String input) {
        OptionalLong instructions = source.isSetTimeoutInstructions() ? OptionalLong.of(source.getTimeoutInstructions())
                : suite.isSetTimeoutInstructions() ? OptionalLong.of(suite.getTimeoutInstructions()) : OptionalLong.empty();
        OptionalDouble seconds = source.isSetTimeoutSeconds() ? OptionalDouble.of(source.getTimeoutSeconds())
                : suite.isSetTimeoutSeconds() ? OptionalDouble.of(suite.getTimeoutSeconds()) : OptionalDouble.empty();
        ResultCheck result = source.getResult() != null ? source.getResult() : suite.getResult();
        return new PlannedTest(name, program, source.getArguments(), instructions, seconds, result,
                input == null ? "" : input);
    }

    private static List<Path> discover(Path file, TestDiscovery discovery) throws DefinitionException {
        if (discovery.getFolder() == null) {
            throw new DefinitionException(file, 0, "a test discovery has no folder");
        }
        Path folder = Definitions.resolve(discovery, discovery.getFolder());
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + (discovery.getGlob() != null ? discovery.getGlob() : "*"));
        } catch (IllegalArgumentException e) {
            throw new DefinitionException(file, 0, "glob '" + discovery.getGlob() + "' is not valid: " + e.getMessage());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && matcher.matches(f.getFileName())).sorted().toList();
        } catch (IOException e) {
            throw new DefinitionException(file, 0, "test folder " + discovery.getFolder() + " cannot be listed ("
                    + folder + "): " + e.getMessage());
        }
    }
}
