package io.guestlab.testing.ui.launching;

import io.guestlab.debug.ui.launching.MachineTab;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a "Guestlab Tests" configuration: what runs, the debugger's Machine tab (the machine programs boot on), Common. */
public final class TestsTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {new TestsTab(), new MachineTab(TestsTab::machineProblem), new CommonTab()});
    }
}
