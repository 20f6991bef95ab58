package io.guestlab.testing.ui.tests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.Assume;

/**
 * A workspace project holding the project's own test guests as a user has them: the suite
 * examples/tests/ide.testsuite with the programs it names under build/ (from {@code make -C examples}).
 */
final class GuestTestsProject {

    static final String NAME = "guest-tests";

    private GuestTestsProject() {
    }

    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("examples/Makefile"))) {
                return p;
            }
        }
        throw new IllegalStateException("no examples/Makefile above " + Path.of("").toAbsolutePath());
    }

    /** examples/tests/build/NAME.elf; the test is skipped (failed under GUESTLAB_REQUIRE_TOOLS=1) when it is not built. */
    static Path guest(String name) {
        Path elf = repositoryRoot().resolve("examples/tests/build/" + name + ".elf");
        if (!Files.isRegularFile(elf)) {
            String message = elf + " is missing (build it with 'make -C examples')";
            if ("1".equals(System.getenv("GUESTLAB_REQUIRE_TOOLS"))) {
                fail(message);
            }
            Assume.assumeTrue(message, false);
        }
        return elf;
    }

    /** The project, made afresh: ide.testsuite and build/*.elf of examples/tests. */
    static IProject create() throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(NAME);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        Path folder = project.getLocation().toPath();
        Files.createDirectories(folder.resolve("build"));
        for (String guest : new String[] {"pass", "fail", "trap", "spin", "ktap"}) {
            Files.copy(guest(guest), folder.resolve("build/" + guest + ".elf"));
        }
        Files.copy(repositoryRoot().resolve("examples/tests/ide.testsuite"), folder.resolve("ide.testsuite"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    /** Writes a suite file into the project. */
    static IFile suite(IProject project, String name, String xml) throws CoreException, IOException {
        Files.writeString(project.getLocation().toPath().resolve(name), xml, StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile(name);
    }

    /** A suite of {@code n} guests that spin for ever (10^13 instructions, an hour of wall time each). */
    static String longSuite(int n) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <guestlab:TestSuite xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:guestlab="http://guestlab.io/model/1.0"
                    name="long" timeoutInstructions="10000000000000" timeoutSeconds="3600.0">
                  <machine name="bare" memory="64M"/>
                  <result xsi:type="guestlab:ExitCodeResult" via="any"/>
                  <tests xsi:type="guestlab:TestCase" name="passes" program="build/pass.elf"/>
                """);
        for (int i = 1; i <= n; i++) {
            xml.append("  <tests xsi:type=\"guestlab:TestCase\" name=\"spins ").append(i)
                    .append("\" program=\"build/spin.elf\"/>\n");
        }
        return xml.append("</guestlab:TestSuite>\n").toString();
    }
}
