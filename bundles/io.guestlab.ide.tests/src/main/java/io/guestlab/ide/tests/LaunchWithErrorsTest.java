package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Prompts;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Launching a project whose build has errors asks first ("Errors in Workspace"): Cancel launches
 * nothing, Proceed launches the last ELF that was built.
 */
public class LaunchWithErrorsTest {

    private static final String TITLE = "Errors in Workspace";

    private IProject project;

    @BeforeClass
    public static void crossCompiler() {
        Projects.requireCrossCompiler();
    }

    @After
    public void cleanUp() throws Exception {
        Projects.endLaunchesAndDelete(project);
    }

    @Test
    public void aLaunchWithBuildErrorsAsksAndCancelOrProceedIsObeyed() throws Exception {
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("with-errors"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
        IFile main = project.getFile("main.c");
        Projects.write(main, Projects.read(main).replace("return n * n;", "return n * n"));
        TestWorkbench.waitUntil("the syntax error's marker", () -> {
            try {
                return Projects.idle() && !Projects.problems(project).isEmpty();
            } catch (org.eclipse.core.runtime.CoreException e) {
                return false;
            }
        });
        ILaunchConfiguration run = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfiguration(project.getFile("with-errors-run.launch"));

        List<ILaunch> before = Arrays.asList(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        try (Prompts cancel = Prompts.answer(TITLE, "Cancel", "launch-with-errors")) {
            DebugUITools.launch(run, ILaunchManager.RUN_MODE);
            TestWorkbench.waitUntil("the question", () -> !cancel.answered().isEmpty() || !cancel.unexpected().isEmpty());
            assertEquals("dialogs nobody answered", List.of(), cancel.unexpected());
            assertTrue(cancel.answered().get(0), cancel.answered().get(0).contains("with-errors"));
        }
        TestWorkbench.waitUntil("the launch job to end", () -> !launching());
        assertEquals("Cancel launched nothing", Set.copyOf(before),
                Set.copyOf(Arrays.asList(DebugPlugin.getDefault().getLaunchManager().getLaunches())));

        try (Prompts proceed = Prompts.answer(TITLE, "Proceed", null)) {
            DebugUITools.launch(run, ILaunchManager.RUN_MODE);
            TestWorkbench.waitUntil("the launch", () -> Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
                    .anyMatch(l -> !before.contains(l) && l.getProcesses().length > 0) || !proceed.unexpected().isEmpty());
            assertEquals("dialogs nobody answered", List.of(), proceed.unexpected());
            assertEquals("asked once", 1, proceed.answered().size());
        }
    }

    /** A launch is still being prepared (the platform's "Launching ..." job). */
    private static boolean launching() {
        return Arrays.stream(Job.getJobManager().find(null)).anyMatch(j -> j.getName().startsWith("Launching"));
    }
}
