package io.guestlab.ide.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.ui.IEditorPart;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;

/**
 * Every template, created with the wizard, builds with the Debian cross compiler in the
 * background (automatic build), opens its main source, and boots: its run configuration prints
 * the template's greeting on the machine's console and the guest exits with 0.
 */
public class TemplateProjectsTest {

    private IProject project;

    @BeforeClass
    public static void crossCompiler() {
        Projects.requireCrossCompiler();
        assertTrue("the workspace builds automatically (the default)", ResourcesPlugin.getWorkspace().isAutoBuilding());
    }

    @After
    public void cleanUp() throws Exception {
        Projects.endLaunchesAndDelete(project);
    }

    @Test
    public void bareMetalProgram() throws Exception {
        project = Projects.createWithWizard("hello-metal", ProjectTemplate.BARE_METAL, "wizard-templates");
        Projects.waitForBuild(project, "build/program.elf");
        assertMainSourceOpen("main.c");
        Screenshots.take("template-bare-metal-built");
        assertEquals(List.of(), Projects.problems(project));
        assertEquals(List.of("hello-metal-debug.launch", "hello-metal-run.launch"), launchFiles());
        assertBoots("hello-metal-run.launch", "Hello from hello-metal on Guestlab!\nsum of squares 1..10 = 385\n");
    }

    @Test
    public void sModeKernelStartedByOpenSbi() throws Exception {
        project = Projects.createWithWizard("tiny-kernel", ProjectTemplate.S_MODE_KERNEL, null);
        Projects.waitForBuild(project, "build/kernel.elf");
        assertMainSourceOpen("main.c");
        assertEquals(List.of(), Projects.problems(project));
        // OpenSBI's banner, then the kernel: traps, paging and three timer interrupts.
        assertBoots("tiny-kernel-run.launch", "Hello from tiny-kernel, an S-mode kernel on Guestlab!\npaging on (Sv39)\ntimer ticks: 3\n");
    }

    @Test
    public void testSuite() throws Exception {
        project = Projects.createWithWizard("kernel-tests", ProjectTemplate.TEST_SUITE, null);
        for (String test : List.of("arithmetic", "memory", "hello")) {
            Projects.waitForBuild(project, "build/" + test + ".elf");
        }
        assertMainSourceOpen("arithmetic.c");
        assertEquals(List.of(), Projects.problems(project));
        assertEquals(List.of("kernel-tests-debug.launch", "kernel-tests-run.launch", "kernel-tests-tests.launch"), launchFiles());
        String tests = Projects.read(project.getFile("kernel-tests-tests.launch"));
        assertTrue(tests, tests.contains("type=\"io.guestlab.testing.launchType.tests\""));
        assertTrue(tests, tests.contains("value=\"${workspace_loc:/kernel-tests/tests.testsuite}\""));
        String suite = Projects.read(project.getFile("tests.testsuite"));
        for (String test : List.of("arithmetic", "memory", "hello")) {
            assertTrue(suite, suite.contains("program=\"build/" + test + ".elf\""));
        }
        assertBoots("kernel-tests-run.launch", "hello from kernel-tests\n");
    }

    private void assertMainSourceOpen(String name) {
        IEditorPart editor = TestWorkbench.page().getActiveEditor();
        assertTrue("the wizard opened " + name, editor != null && editor.getEditorInput().getName().equals(name));
    }

    private List<String> launchFiles() throws Exception {
        return Arrays.stream(project.members()).map(r -> r.getName()).filter(n -> n.endsWith(".launch")).sorted().toList();
    }

    /** Runs the project's run configuration (a shared .launch file of type Guestlab Machine): console text and exit code 0. */
    private void assertBoots(String launchFile, String expected) throws Exception {
        IFile file = project.getFile(launchFile);
        ILaunchConfiguration config = DebugPlugin.getDefault().getLaunchManager().getLaunchConfiguration(file);
        assertEquals(LaunchAttributes.LAUNCH_TYPE_ID, config.getType().getIdentifier());
        ILaunch launch = config.launch(ILaunchManager.RUN_MODE, null);
        TestWorkbench.waitUntil(launchFile + " to end", launch::isTerminated);
        IProcess process = launch.getProcesses()[0];
        long deadline = System.currentTimeMillis() + 30_000;
        while (!consoleText(process).endsWith(expected) && System.currentTimeMillis() < deadline) {
            TestWorkbench.processEvents(); // the Console view appends what the process wrote in UI runnables
        }
        String console = consoleText(process);
        assertTrue("the console of " + launchFile + " ends with the greeting:\n" + console, console.endsWith(expected));
        assertEquals("exit code of " + launchFile, 0, process.getExitValue());
    }

    /**
     * What the process printed: its stream monitor keeps output only until the Console view
     * connects (which then stops the buffering), so a longer run (OpenSBI's banner first) is read
     * from the console's document.
     */
    private static String consoleText(IProcess process) {
        String buffered = process.getStreamsProxy().getOutputStreamMonitor().getContents();
        String text = buffered;
        if (org.eclipse.debug.ui.DebugUITools.getConsole(process) instanceof org.eclipse.ui.console.TextConsole console) {
            String shown = console.getDocument().get();
            text = shown.length() > buffered.length() ? shown : buffered;
        }
        return text.replace("\r\n", "\n"); // the document ends its lines as the host does

    }
}
