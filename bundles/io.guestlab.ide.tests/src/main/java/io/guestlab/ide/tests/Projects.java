package io.guestlab.ide.tests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;

import io.guestlab.ide.GuestlabProjects;
import io.guestlab.ide.project.CrossCompiler;
import io.guestlab.ide.project.ProjectTemplate;
import io.guestlab.ide.wizard.NewGuestlabProjectWizard;
import io.guestlab.ui.testsupport.Screenshots;
import io.guestlab.ui.testsupport.TestWorkbench;
import io.guestlab.ui.testsupport.Widgets;

/** Creating projects as a user does (File > New > Guestlab Project), building them, reading their markers. */
final class Projects {

    private Projects() {
    }

    /** The cross compiler must be there (the test set-up installs it); without it these tests cannot say anything. */
    static void requireCrossCompiler() {
        if (CrossCompiler.find().isEmpty()) {
            fail(CrossCompiler.MISSING);
        }
    }

    /**
     * Runs the New Guestlab Project wizard: types {@code name}, picks {@code template} on the
     * second page, takes a screenshot of it when {@code screenshot} is given, and presses Finish.
     */
    static IProject createWithWizard(String name, ProjectTemplate template, String screenshot) {
        NewGuestlabProjectWizard wizard = new NewGuestlabProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        IWizardPage namePage = wizard.getPages()[0];
        Widgets.find(namePage.getControl(), Text.class).setText(name);
        IWizardPage templatePage = wizard.getPages()[1];
        dialog.showPage(templatePage);
        Table table = Widgets.find(templatePage.getControl(), Table.class);
        table.setSelection(Arrays.asList(ProjectTemplate.values()).indexOf(template));
        table.notifyListeners(SWT.Selection, null);
        TestWorkbench.processEvents();
        if (screenshot != null) {
            Screenshots.take(screenshot, dialog.getShell());
        }
        assertTrue("the wizard can finish", wizard.canFinish());
        Widgets.press(Widgets.button(dialog.getShell(), "&Finish"));
        TestWorkbench.waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        assertTrue(name + " exists", project.exists());
        assertTrue(name + " is a Guestlab project", GuestlabProjects.isGuestlabProject(project));
        return project;
    }

    /** Waits until no build is running or waiting and {@code file} exists. */
    static void waitForBuild(IProject project, String file) {
        TestWorkbench.waitUntil(project.getName() + "'s build (" + file + ")", () -> idle() && project.getFile(file).exists());
    }

    /** No automatic or manual build runs or waits. */
    static boolean idle() {
        return Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
                && Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0;
    }

    /** Replaces {@code file}'s text, as saving an editor does (so an automatic build follows). */
    static void write(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.KEEP_HISTORY, null);
    }

    static String read(IFile file) {
        try {
            return Files.readString(file.getLocation().toPath());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.getLocation(), e);
        }
    }

    /** The build's problem markers, as "file:line: message" lines sorted. */
    static List<String> problems(IProject project) throws CoreException {
        return Arrays.stream(project.findMarkers(GuestlabProjects.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE))
                .map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + ": "
                        + (m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR ? "error: " : "")
                        + m.getAttribute(IMarker.MESSAGE, ""))
                .sorted().toList();
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    static int lineOf(IFile file, String text) {
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with '" + text + "' in " + file.getFullPath());
    }

    static void delete(IProject project) throws CoreException {
        if (project != null && project.exists()) {
            project.delete(true, true, null);
        }
    }

    /** A test's clean-up: every launch ended and removed, editors closed, {@code project} deleted. */
    static void endLaunchesAndDelete(IProject project) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        for (ILaunch launch : manager.getLaunches()) {
            launch.terminate();
            manager.removeLaunch(launch);
        }
        TestWorkbench.page().closeAllEditors(false);
        delete(project);
    }

    /** A hart of any launch suspended in {@code function} (its top frame), or null. */
    static IThread suspendedIn(String function) {
        for (ILaunch launch : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
            IDebugTarget target = launch.getDebugTarget();
            if (target == null) {
                continue;
            }
            try {
                for (IThread t : target.getThreads()) {
                    if (t.isSuspended() && t.hasStackFrames() && t.getTopStackFrame().getName().startsWith(function)) {
                        return t;
                    }
                }
            } catch (DebugException e) {
                // the target is still starting or just ended
            }
        }
        return null;
    }
}
