package io.guestlab.debug.core.launching;

import io.guestlab.debug.core.GuestlabDebugModel;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/** Launches a "Guestlab Machine" configuration in run or debug mode. */
public final class MachineLaunchDelegate extends LaunchConfigurationDelegate {

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        throw new CoreException(Status.error("Guestlab Machine launches are not available yet in this build"
                + " (" + GuestlabDebugModel.PLUGIN_ID + ")"));
    }
}
