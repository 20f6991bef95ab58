package io.guestlab.testing.ui.view;

import io.guestlab.testing.ui.TestsLaunchAttributes;
import io.guestlab.testing.ui.session.TestSession;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.text.StringMatcher;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.unittest.launcher.ITestRunnerClient;
import org.eclipse.unittest.model.ITestCaseElement;
import org.eclipse.unittest.model.ITestElement;
import org.eclipse.unittest.model.ITestRunSession;
import org.eclipse.unittest.model.ITestSuiteElement;
import org.eclipse.unittest.ui.ITestViewSupport;

/**
 * Guestlab test runs in Eclipse's test view: the client that feeds it, double-click opening a
 * test's transcript, and reruns (of failed tests, or any chosen ones) as copies of the launch
 * configuration that name the tests to run first and only.
 */
public final class GuestlabTestViewSupport implements ITestViewSupport {

    @Override
    public ITestRunnerClient newTestRunnerClient(ITestRunSession session) {
        return new GuestlabTestRunnerClient(session, TestSession.of(session.getLaunch()));
    }

    @Override
    public Collection<StringMatcher> getTraceExclusionFilterPatterns() {
        return List.of();
    }

    @Override
    public IAction getOpenTestAction(Shell shell, ITestCaseElement testCase) {
        return transcriptAction(shell, testCase);
    }

    @Override
    public IAction getOpenTestAction(Shell shell, ITestSuiteElement testSuite) {
        return transcriptAction(shell, testSuite);
    }

    @Override
    public IAction createOpenEditorAction(Shell shell, ITestElement failure, String traceLine) {
        return transcriptAction(shell, failure);
    }

    private static IAction transcriptAction(Shell shell, ITestElement element) {
        return new Action("Open Transcript") {
            @Override
            public void run() {
                Transcripts.open(shell, element);
            }
        };
    }

    @Override
    public Runnable createShowStackTraceInConsoleViewActionDelegate(ITestElement failedTest) {
        return null;
    }

    @Override
    public ILaunchConfiguration getRerunLaunchConfiguration(List<ITestElement> tests) {
        if (tests.isEmpty() || tests.get(0).getTestRunSession() == null) {
            return null;
        }
        ILaunchConfiguration original = tests.get(0).getTestRunSession().getLaunch().getLaunchConfiguration();
        Set<String> names = new LinkedHashSet<>();
        for (ITestElement t : tests) {
            if (t instanceof ITestRunSession) {
                return original; // the whole run
            }
            if (t.getData() != null) {
                names.add(t.getData()); // a case reruns the machine it ran in
            }
        }
        try {
            ILaunchConfigurationWorkingCopy wc = original.getWorkingCopy();
            wc.setAttribute(TestsLaunchAttributes.ONLY, List.copyOf(names));
            return wc;
        } catch (CoreException e) {
            return null;
        }
    }

    @Override
    public String getDisplayName() {
        return "Guestlab";
    }
}
