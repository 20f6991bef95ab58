package io.guestlab.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The generated model code must be what tools/model/generate makes of the checked-in .ecore and
 * .genmodel. The generate command records SHA-256 sums of its inputs and outputs in
 * src-gen/GENERATED.sha256; a changed model or a hand-edited generated file breaks them.
 */
public class GeneratedCodeTest {

    private static final String SUMS = "src-gen/GENERATED.sha256";
    private static final String FIX = "run tools/model/generate";

    private static Path bundle() {
        Path here = Path.of("").toAbsolutePath();
        if (Files.isRegularFile(here.resolve("model/guestlab.ecore"))) {
            return here;
        }
        return RequiredTools.repositoryRoot().resolve("bundles/io.guestlab.model");
    }

    @Test
    public void recordedSumsMatchModelAndGeneratedFiles() throws IOException {
        Path bundle = bundle();
        List<String> lines = Files.readAllLines(bundle.resolve(SUMS), StandardCharsets.UTF_8);
        TreeSet<String> listed = new TreeSet<>();
        List<String> stale = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" {2}", 2);
            assertEquals("malformed line in " + SUMS + ": " + line, 2, parts.length);
            listed.add(parts[1]);
            Path file = bundle.resolve(parts[1]);
            if (!Files.isRegularFile(file)) {
                stale.add(parts[1] + " is missing");
            } else if (!parts[0].equals(sha256(file))) {
                stale.add(parts[1] + (parts[1].startsWith("model/") ? " changed after the last generation"
                        : " differs from what the generator wrote (edited by hand?)"));
            }
        }
        assertTrue(SUMS + " does not cover the model", listed.contains("model/guestlab.ecore")
                && listed.contains("model/guestlab.genmodel"));
        try (Stream<Path> files = Files.walk(bundle.resolve("src-gen"))) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(f -> bundle.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !listed.contains(f))
                    .forEach(f -> stale.add(f + " was not written by the generator"));
        }
        if (!stale.isEmpty()) {
            fail("generated model code is stale: " + String.join("; ", stale) + ": " + FIX);
        }
    }

    /** The strong check: regenerate into a temp folder and compare, when the generator is at hand. */
    @Test
    public void regeneratingChangesNothing() throws Exception {
        Path script = RequiredTools.repositoryRoot().resolve("tools/model/generate");
        Process process = new ProcessBuilder("bash", script.toString(), "--check", "--offline")
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("tools/model/generate --check --offline did not finish in 5 minutes:\n" + output);
        }
        switch (process.exitValue()) {
            case 0 -> { }
            case 3 -> RequiredTools.missing("the EMF generator's jars in the local Maven repository (" + FIX
                    + " once to fetch them)");
            default -> fail("tools/model/generate --check --offline failed:\n" + output.lines()
                    .limit(40).collect(Collectors.joining("\n")));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("the JDK has no SHA-256", e);
        }
    }
}
