package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.TextConsole;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

import io.guestlab.ide.GuestlabProjects;
import io.guestlab.ide.build.BuildConsole;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Cancelling a build (the Progress view's red button on the build job) ends the build command and
 * every process it started, says so in the build console, and keeps the problems its output named
 * before the cancel as markers.
 */
public class BuildCancelTest {

    /** A build that reports an error, then works (sleeps) in a child process for far longer than any test waits. */
    private static final String SLOW_BUILD = """
            echo "main.c:3:1: error: reported before the cancel"
            sleep 7313
            """;

    private IProject project;

    @BeforeClass
    public static void crossCompiler() {
        Projects.requireCrossCompiler();
    }

    @After
    public void cleanUp() throws Exception {
        Projects.delete(project);
    }

    @Test
    public void cancellingEndsTheCommandAndItsChildrenAndKeepsTheProblemsSoFar() throws Exception {
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("slow"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
        Files.writeString(project.getLocation().toPath().resolve("slow-build.sh"), SLOW_BUILD);
        GuestlabProjects.setBuildCommand(project, "sh slow-build.sh");

        Job build = Job.create("Build slow", monitor -> {
            project.build(IncrementalProjectBuilder.FULL_BUILD, monitor);
        }); // as Project > Build Project does
        build.schedule();
        TestWorkbench.waitUntil("the build's child process", () -> !sleeping().isEmpty()
                && console().contains("reported before the cancel"));
        build.cancel();
        TestWorkbench.waitUntil("the build job to end", () -> build.getState() == Job.NONE);

        assertEquals("the job was cancelled", IStatus.CANCEL, build.getResult().getSeverity());
        TestWorkbench.waitUntil("the command's child to be ended", () -> sleeping().isEmpty());
        TestWorkbench.waitUntil("the console to say so", () -> console().contains("Build of slow cancelled"));
        assertTrue(console(), console().contains("'sh slow-build.sh' was ended; 1 problem from its output so far."));
        assertEquals(List.of("main.c:3: error: reported before the cancel"), Projects.problems(project));
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(BuildConsole.get().console());
        Screenshots.take("build-cancelled");
    }

    /** The build's 'sleep 7313' processes still alive. */
    private static List<ProcessHandle> sleeping() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").endsWith("sleep 7313")).toList();
    }

    private static String console() {
        for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
            if (c.getName().equals(BuildConsole.NAME) && c instanceof TextConsole text) {
                return text.getDocument().get();
            }
        }
        return "";
    }
}
