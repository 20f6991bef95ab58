package io.guestlab.testing.ui.tests;

import static org.junit.Assert.assertEquals;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.ui.launching.MachineLaunchShortcut;
import io.guestlab.testing.ui.TestsLaunchAttributes;
import io.guestlab.testing.ui.launching.TestsLaunchShortcut;
import io.guestlab.testing.ui.launching.TestsTab;
import io.guestlab.testing.ui.session.TestSession;
import io.guestlab.ui.testsupport.Prompts;
import io.guestlab.ui.testsupport.TestWorkbench;

import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * The Run button's history (its drop-down list, Ctrl+F11) after launching through the platform's
 * own paths: Run As > Guestlab Tests, the Run Configurations dialog's Run button, and Run As >
 * Guestlab Machine.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LaunchHistoryTest {

    private static IProject project;

    @BeforeClass
    public static void createProject() throws Exception {
        GuestTestsProject.guest("pass");
        Prompts.openDebugPerspectiveWithoutAsking();
        TestWorkbench.page();
        project = GuestTestsProject.create();
        // a fresh workspace: no configurations of earlier tests (the shortcut would find theirs)
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        for (String type : List.of(TestsLaunchAttributes.LAUNCH_TYPE_ID, LaunchAttributes.LAUNCH_TYPE_ID)) {
            for (ILaunchConfiguration c : manager.getLaunchConfigurations(manager.getLaunchConfigurationType(type))) {
                c.delete();
            }
        }
        // the history as the Run button loads it when it appears (its tool tip names the last launch)
        DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
    }

    @AfterClass
    public static void removeProject() throws Exception {
        for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            if (!l.isTerminated()) {
                l.terminate();
            }
        }
        if (project != null) {
            project.delete(true, true, null);
        }
        PlatformUI.getWorkbench().showPerspective("org.eclipse.ui.resourcePerspective", TestWorkbench.window());
    }

    @Test
    public void a_runAsGuestlabTestsIsTheLastLaunch() throws Exception {
        IFile suite = project.getFile("ide.testsuite");
        ILaunch launch = launching(() -> new TestsLaunchShortcut().launch(new StructuredSelection(suite), ILaunchManager.RUN_MODE));
        assertEquals(TestsLaunchShortcut.configurationFor(suite), launch.getLaunchConfiguration());
        assertEquals("the Run button's last launch", launch.getLaunchConfiguration(), lastRun());
    }

    @Test
    public void b_theRunConfigurationsDialogsRunIsTheLastLaunch() throws Exception {
        // a configuration as the dialog's New makes it (the tabs' defaults), then its Run button
        ILaunchConfigurationWorkingCopy wc = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(TestsLaunchAttributes.LAUNCH_TYPE_ID).newInstance(null, "passes only");
        new TestsTab().setDefaults(wc);
        wc.setAttribute(TestsLaunchAttributes.SUITE, "${workspace_loc:/" + project.getName() + "/ide.testsuite}");
        wc.setAttribute(TestsLaunchAttributes.FILTER, "passes");
        ILaunchConfiguration made = wc.doSave();
        ILaunch launch;
        try (Prompts dialog = Prompts.answer("Run Configurations", "Run", "run-configurations-dialog")) {
            launch = launching(() -> {
                // Run > Run Configurations..., the configuration selected
                DebugUITools.openLaunchConfigurationDialogOnGroup(TestWorkbench.shell(), new StructuredSelection(made),
                        IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
                assertEquals("dialogs nobody answered", List.of(), dialog.unexpected());
                assertEquals("the dialog's Run pressed", 1, dialog.answered().size());
            });
        }
        assertEquals(made, launch.getLaunchConfiguration());
        assertEquals("the Run button's last launch", made, lastRun());
    }

    @Test
    public void c_ctrlF11RunsTheLastLaunchAgain() throws Exception {
        ILaunchConfiguration last = lastRun();
        // a perspective with the Run menu and tool bar (Ctrl+F11 is theirs), as Guestlab's and the Debug perspective are
        PlatformUI.getWorkbench().showPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE, TestWorkbench.window());
        TestView.show(); // its selection (a test) is not launchable: Ctrl+F11 runs the last launch
        IHandlerService handlers = TestWorkbench.window().getService(IHandlerService.class);
        ILaunch launch = launching(() -> {
            try {
                handlers.executeCommand("org.eclipse.debug.ui.commands.RunLast", null);
            } catch (Exception e) {
                throw new AssertionError("Ctrl+F11 (Run Last): " + e, e);
            }
        });
        assertEquals(last, launch.getLaunchConfiguration());
    }

    @Test
    public void d_runAsGuestlabMachineIsTheLastLaunch() throws Exception {
        IFile elf = project.getFile("build/pass.elf");
        ILaunch launch = launching(() -> new MachineLaunchShortcut().launch(new StructuredSelection(elf), ILaunchManager.RUN_MODE));
        assertEquals(MachineLaunchShortcut.configurationFor(elf), launch.getLaunchConfiguration());
        assertEquals("the Run button's last launch", launch.getLaunchConfiguration(), lastRun());
    }

    private static ILaunchConfiguration lastRun() {
        return DebugUITools.getLastLaunch(IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
    }

    /** Does what launches (on the UI thread, as a click) and waits for the launch it added to end. */
    private static ILaunch launching(Runnable click) {
        Set<ILaunch> before = Set.of(DebugPlugin.getDefault().getLaunchManager().getLaunches());
        click.run();
        ILaunch[] added = new ILaunch[1];
        TestWorkbench.waitUntil("a launch to start and end", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (!before.contains(l)) {
                    added[0] = l;
                }
            }
            return added[0] != null && added[0].isTerminated()
                    && (TestSession.of(added[0]) == null || TestSession.of(added[0]).isEnded());
        });
        return added[0];
    }
}
