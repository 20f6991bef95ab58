package io.guestlab.testing.ui.launching;

import io.guestlab.debug.core.launching.LaunchProblem;
import io.guestlab.testing.SuiteException;
import io.guestlab.testing.ui.TestsLaunchAttributes;
import io.guestlab.testing.ui.session.TestSession;
import io.guestlab.testing.ui.session.TestsProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.Launch;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.unittest.ui.ConfigureViewerSupport;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * Launches a "Guestlab Tests" configuration: checks it (a suite file's problems become markers on
 * it, and the launch says why it cannot start), then runs the tests on a job, in a fresh results
 * folder, with a process the launch shows and the test view's client follows.
 */
public final class TestsLaunchDelegate extends LaunchConfigurationDelegate {

    /** The test view support that shows Guestlab test runs (see plugin.xml). */
    public static final String VIEW_SUPPORT_ID = "io.guestlab.testing.ui.viewSupport";

    /**
     * The test view hears of launches only once its plug-in runs, and only of configurations that
     * name its view support: both are seen to here, before the launch is registered. A
     * configuration that names it already (the shortcut's, the dialog's: the tab sets it) is
     * launched itself, so that the run launch group's history (the Run button's list, Ctrl+F11)
     * holds it: the platform keeps no working copy there, and setting an attribute always makes
     * one dirty. An older configuration without it gets it saved, or runs as an unsaved copy.
     */
    @Override
    public ILaunch getLaunch(ILaunchConfiguration configuration, String mode) throws CoreException {
        Bundle unittest = Platform.getBundle("org.eclipse.unittest.ui");
        if (unittest != null && unittest.getState() != Bundle.ACTIVE) {
            try {
                unittest.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                throw new CoreException(Status.error("the test view cannot start: " + e.getMessage(), e));
            }
        }
        ILaunchConfigurationWorkingCopy wc = configuration.getWorkingCopy();
        new ConfigureViewerSupport(VIEW_SUPPORT_ID).apply(wc);
        if (wc.contentsEqual(configuration)) {
            return null; // the platform's launch of the configuration itself
        }
        if (!configuration.isWorkingCopy()) {
            try {
                return new Launch(wc.doSave(), mode, null);
            } catch (CoreException e) {
                // a read-only configuration file: run it all the same, out of the history
            }
        }
        return new Launch(wc, mode, null);
    }

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        TestsPlan plan = check(configuration);
        Path results;
        try {
            results = Files.createDirectories(resultsRoot().resolve(
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"))));
        } catch (IOException e) {
            throw new CoreException(Status.error(configuration.getName() + ": cannot make a results folder: "
                    + e.getMessage(), e));
        }
        TestSession session = TestSession.create(launch, configuration.getName(), plan, results);
        TestsProcess process = new TestsProcess(session, configuration.getName());
        session.addListener(process);
        onUiThread(() -> launch.addProcess(process)); // the test view's client attaches now (launchChanged)
        session.start();
    }

    /**
     * Runs {@code change} on the UI thread, where the test view's run history may be touched: the
     * view adds a run to its history on the thread that changed the launch, and walks the history on
     * the UI thread when it shows that run; the history being a plain list (org.eclipse.unittest.ui
     * 1.2), a launch job adding a run while the view switched threw ConcurrentModificationException
     * and the view went on showing the previous run. The run has not started yet, so the client's
     * replay of its history (empty) cannot wait for the UI thread.
     */
    private static void onUiThread(Runnable change) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || display.isDisposed() || display.getThread() == Thread.currentThread()) {
            change.run();
        } else {
            display.syncExec(change);
        }
    }

    /** Reads the configuration; a suite's problems are also marked on the file. */
    static TestsPlan check(ILaunchConfiguration configuration) throws CoreException {
        String suite = configuration.getAttribute(TestsLaunchAttributes.SUITE, "");
        try {
            TestsPlan plan = TestsPlan.read(configuration.getAttributes(), TestsTab::expand);
            if (plan.suite() != null) {
                SuiteMarkers.mark(plan.suite(), List.of());
            }
            return plan;
        } catch (LaunchProblem e) {
            throw new CoreException(Status.error(configuration.getName() + ": " + e.getMessage()));
        } catch (SuiteException e) {
            List<String> problems = e.getMessage().lines().toList();
            if (!suite.isEmpty()) {
                SuiteMarkers.mark(Path.of(TestsTab.expand(suite)).toAbsolutePath(), problems);
            }
            throw new CoreException(Status.error(configuration.getName() + ": the suite has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + " (see the Problems view): " + problems.get(0)));
        }
    }

    /** Where runs keep their transcripts and replay files: the plug-in's state folder. */
    static Path resultsRoot() {
        return Platform.getStateLocation(Platform.getBundle("io.guestlab.testing.ui")).toPath().resolve("runs");
    }

    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
