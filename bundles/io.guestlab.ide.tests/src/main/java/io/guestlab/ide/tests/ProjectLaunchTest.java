package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.ide.launching.ProjectLaunchShortcut;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Prompts;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.SourceDisplay;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Debug / Run on a Guestlab project's source file (F11 / Ctrl+F11 in its editor, Run As on it in
 * the Project Explorer) launches the project's own configuration for the mode: the template's
 * debug one stops at main, the run one boots without the debugger.
 */
public class ProjectLaunchTest {

    private IProject project;

    @Before
    public void project() throws Exception {
        Projects.requireCrossCompiler();
        Prompts.openDebugPerspectiveWithoutAsking();
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("launch-me"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
    }

    @After
    public void cleanUp() throws Exception {
        Projects.endLaunchesAndDelete(project);
    }

    @Test
    public void theShortcutOffersTheProjectsOwnConfigurations() {
        ProjectLaunchShortcut shortcut = new ProjectLaunchShortcut();
        StructuredSelection main = new StructuredSelection(project.getFile("main.c"));
        assertEquals(project, shortcut.getLaunchableResource(main));
        assertEquals(List.of("launch-me-debug", "launch-me-run"),
                Arrays.stream(shortcut.getLaunchConfigurations(main)).map(ILaunchConfiguration::getName).sorted().toList());
    }

    @Test
    public void debugOnASourceFileStopsAtMainWithTheDebugConfiguration() throws Exception {
        IEditorPart editor = IDE.openEditor(TestWorkbench.page(), project.getFile("main.c"));
        new ProjectLaunchShortcut().launch(editor, ILaunchManager.DEBUG_MODE);
        TestWorkbench.waitUntil("a stop at main", () -> Projects.suspendedIn("main") != null);
        assertEquals("launch-me-debug", Projects.suspendedIn("main").getLaunch().getLaunchConfiguration().getName());
        TestWorkbench.waitUntil("main's first line marked in the editor", () -> SourceDisplay.currentLine() == 15);
        Screenshots.take("project-debugged-from-its-source");
    }

    @Test
    public void runOnTheProjectBootsItWithTheRunConfiguration() throws Exception {
        new ProjectLaunchShortcut().launch(new StructuredSelection(project), ILaunchManager.RUN_MODE);
        TestWorkbench.waitUntil("the run to end", () -> launch("launch-me-run") != null && launch("launch-me-run").isTerminated());
        ILaunch run = launch("launch-me-run");
        assertEquals(ILaunchManager.RUN_MODE, run.getLaunchMode());
        assertNotNull(run.getProcesses()[0]);
        assertEquals("the template's program exits with 0", 0, run.getProcesses()[0].getExitValue());
    }

    private static ILaunch launch(String configuration) {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (l.getLaunchConfiguration() != null && l.getLaunchConfiguration().getName().equals(configuration)) {
                return l;
            }
        }
        return null;
    }
}
