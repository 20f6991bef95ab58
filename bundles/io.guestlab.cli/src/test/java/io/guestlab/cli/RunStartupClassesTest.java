package io.guestlab.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Start-up cost (issue 17): `guestlab run` loads what a run needs and nothing else. A fresh JVM
 * boots the hello example with class loading logged; the classes of other commands must stay
 * out: EMF (its signed jars alone cost about half a second of signature checks), the signature
 * checking itself, the JDK's logging (which devices look up only when they have something to say),
 * process starts (stty is asked only when standard input may be a terminal; here it is a pipe) and
 * BigDecimal (whose class initialization alone took tens of milliseconds to parse --memory).
 */
public class RunStartupClassesTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aRunLoadsNeitherEmfNorSignatureChecksNorLoggingNorProcesses() throws Exception {
        Path elf = GuestElfs.example("hello/build/hello.elf");
        Path log = folder.getRoot().toPath().resolve("classes.log");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", classpath, Main.class.getName(),
                "run", "--bios", "none", "--kernel", elf.toString(), "--memory", "64M")
                .redirectOutput(new File(folder.getRoot(), "out.txt"))
                .redirectErrorStream(true)
                .start();
        assertTrue("the run did not end within a minute", p.waitFor(60, TimeUnit.SECONDS));
        String out = Files.readString(folder.getRoot().toPath().resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(out, 0, p.exitValue());
        assertTrue(out, out.contains("Hello from Guestlab!"));
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        // until System.exit: since JDK 25 Runtime.exit itself looks up a logger (to log the exit)
        int exit = loaded.stream().filter(l -> l.contains(" java.lang.Shutdown ")).findFirst().map(loaded::indexOf)
                .orElse(loaded.size());
        loaded = loaded.subList(0, exit);
        assertTrue("no class loading logged", loaded.stream().anyMatch(l -> l.contains(" io.guestlab.cli.RunCommand ")));
        for (String unwanted : List.of(" org.eclipse.emf.", " sun.security.pkcs.", " jdk.internal.logger.",
                " java.lang.ProcessImpl ", " java.math.BigDecimal ")) {
            assertFalse("a run loaded" + unwanted + "*: "
                    + loaded.stream().filter(l -> l.contains(unwanted)).findFirst().orElse(""),
                    loaded.stream().anyMatch(l -> l.contains(unwanted)));
        }
    }
}
