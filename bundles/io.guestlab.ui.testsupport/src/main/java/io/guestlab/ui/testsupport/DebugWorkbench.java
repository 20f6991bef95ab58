package io.guestlab.ui.testsupport;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.junit.rules.ExternalResource;
import org.junit.rules.RuleChain;

/**
 * A test rule for UI tests that launch machines: before, the workbench fills the display and a
 * stop opens the Debug perspective without the "Switch perspective?" prompt (a user's "Remember
 * my decision": a modal prompt would hold the test's wait in its own event loop); after, every
 * launch is terminated and removed, and breakpoints, editors and launch configurations are gone,
 * so that the next test starts from a clean workbench.
 */
public final class DebugWorkbench extends ExternalResource {

    /**
     * This rule around {@link FailureScreenshot}, in that order (JUnit does not order rules that are
     * fields of their own): a failed test's screenshot is taken before the workbench is cleaned.
     */
    public static RuleChain withFailureScreenshot() {
        return RuleChain.outerRule(new DebugWorkbench()).around(new FailureScreenshot());
    }

    @Override
    protected void before() {
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "always");
        DebugUITools.getPreferenceStore().setValue("org.eclipse.debug.ui.switch_to_perspective", "always");
        TestWorkbench.page(); // closes the welcome page, sizes the window to the display
    }

    @Override
    protected void after() {
        ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
        try {
            for (ILaunch l : launches.getLaunches()) {
                if (l.canTerminate()) {
                    l.terminate();
                }
                launches.removeLaunch(l);
            }
            DebugPlugin.getDefault().getBreakpointManager().removeBreakpoints(
                    DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(), true);
            TestWorkbench.page().closeAllEditors(false);
            for (ILaunchConfiguration c : launches.getLaunchConfigurations()) {
                c.delete();
            }
        } catch (CoreException e) {
            throw new IllegalStateException("the workbench could not be cleaned after the test: " + e.getMessage(), e);
        }
    }
}
