package io.guestlab.debug.core.launching;

import io.guestlab.debug.core.model.GuestlabDebugTarget;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
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

    /**
     * Builds the projects the configuration is mapped to (a Guestlab project's make builder runs
     * its Makefile) when the workspace has changed since their last build, as "Build before
     * launching" asks; a configuration mapped to nothing builds nothing.
     */
    @Override
    public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) throws CoreException {
        return getBuildOrder(configuration, mode) != null && super.buildForLaunch(configuration, mode, monitor);
    }

    @Override
    protected IProject[] getBuildOrder(ILaunchConfiguration configuration, String mode) throws CoreException {
        IProject[] projects = mappedProjects(configuration);
        return projects.length == 0 ? null : computeReferencedBuildOrder(projects);
    }

    /** A mapped project with build errors asks "launch anyway?" before anything runs. */
    @Override
    protected IProject[] getProjectsForProblemSearch(ILaunchConfiguration configuration, String mode) throws CoreException {
        IProject[] projects = mappedProjects(configuration);
        return projects.length == 0 ? null : projects;
    }

    private static IProject[] mappedProjects(ILaunchConfiguration configuration) throws CoreException {
        IResource[] resources = configuration.getMappedResources();
        if (resources == null) {
            return new IProject[0];
        }
        return Arrays.stream(resources).map(IResource::getProject).filter(p -> p != null && p.isAccessible())
                .distinct().toArray(IProject[]::new);
    }
}
