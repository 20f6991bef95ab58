package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.project.TemplateInstaller;
import io.guestlab.ui.testsupport.Prompts;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * The template's debug configuration launches in debug mode and stops at main; a project changed
 * since its last build (automatic building off) is built first ("Build before launching").
 */
public class DebugLaunchTest {

    private IProject project;
    private boolean autoBuilding;

    @Before
    public void project() throws Exception {
        Projects.requireCrossCompiler();
        Prompts.openDebugPerspectiveWithoutAsking();
        project = TestWorkbench.inWorkspace(m -> TemplateInstaller.create(
                TestWorkbench.root().getProject("debug-me"), null, ProjectTemplate.BARE_METAL, m));
        Projects.waitForBuild(project, "build/program.elf");
        autoBuilding = ResourcesPlugin.getWorkspace().isAutoBuilding();
    }

    @After
    public void cleanUp() throws Exception {
        setAutoBuilding(autoBuilding);
        Projects.endLaunchesAndDelete(project);
    }

    @Test
    public void debugConfigurationBuildsTheChangedProjectAndStopsAtMain() throws Exception {
        setAutoBuilding(false);
        IFile main = project.getFile("main.c");
        Projects.write(main, Projects.read(main).replace("Hello from debug-me", "Rebuilt debug-me"));
        long builtBefore = project.getFile("build/program.elf").getLocation().toFile().lastModified();
        Thread.sleep(1100); // file times have a resolution of a second on some file systems

        ILaunchConfiguration config = DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(project.getFile("debug-me-debug.launch"));
        DebugUITools.launch(config, ILaunchManager.DEBUG_MODE);
        TestWorkbench.waitUntil("the stop at main", () -> suspendedAt(config, "main"));

        long builtNow = project.getFile("build/program.elf").getLocation().toFile().lastModified();
        assertTrue("the launch built the changed project first", builtNow > builtBefore);
        assertTrue("the new ELF has the change", new String(java.nio.file.Files.readAllBytes(
                project.getFile("build/program.elf").getLocation().toPath()), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Rebuilt debug-me"));
        TestWorkbench.waitUntil("the Debug perspective", () -> IDebugUIConstants.ID_DEBUG_PERSPECTIVE.equals(TestWorkbench.page().getPerspective().getId()));
        TestWorkbench.waitUntil("main.c in the editor", () -> TestWorkbench.page().getActiveEditor() != null
                && TestWorkbench.page().getActiveEditor().getEditorInput().getName().equals("main.c"));
        Screenshots.take("debug-template-stopped-at-main");
    }

    @Test
    public void anUnchangedProjectIsNotBuiltAgain() throws Exception {
        long builtBefore = project.getFile("build/program.elf").getLocation().toFile().lastModified();
        Thread.sleep(1100);
        ILaunchConfiguration config = DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(project.getFile("debug-me-debug.launch"));
        DebugUITools.launch(config, ILaunchManager.DEBUG_MODE);
        TestWorkbench.waitUntil("the stop at main", () -> suspendedAt(config, "main"));
        assertEquals("no build: nothing changed", builtBefore, project.getFile("build/program.elf").getLocation().toFile().lastModified());
    }

    /** Whether a hart of {@code config}'s launch is suspended in {@code function}. */
    private static boolean suspendedAt(ILaunchConfiguration config, String function) {
        IThread hart = Projects.suspendedIn(function);
        return hart != null && config.equals(hart.getLaunch().getLaunchConfiguration());
    }

    private static void setAutoBuilding(boolean on) throws Exception {
        IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
        description.setAutoBuilding(on);
        ResourcesPlugin.getWorkspace().setDescription(description);
    }
}
