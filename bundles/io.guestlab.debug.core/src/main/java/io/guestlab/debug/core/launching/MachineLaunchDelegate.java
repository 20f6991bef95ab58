package io.guestlab.debug.core.launching;

import io.guestlab.debug.core.model.GuestlabDebugTarget;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Launches a "Guestlab Machine" configuration: run mode boots the machine with its console;
 * debug mode adds the debug target, the workspace's breakpoints and the first stop. Every
 * problem of the configuration is one sentence naming the field (the tabs show the same).
 */
public final class MachineLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        MachineSetup setup = LaunchCheck.read(configuration);
        if (setup.gdbPort() != 0) {
            throw new CoreException(Status.error(configuration.getName() + ": GDB server: serving gdb from a machine the"
                    + " IDE runs is not available yet; use './guestlab run --gdb tcp::" + setup.gdbPort()
                    + "' for an external gdb"));
        }
        GuestlabDebugTarget.launch(launch, configuration.getName(), setup, ILaunchManager.DEBUG_MODE.equals(mode));
    }

    /** The delegate builds nothing: the guest's Makefile does. */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
        return false;
    }
}
