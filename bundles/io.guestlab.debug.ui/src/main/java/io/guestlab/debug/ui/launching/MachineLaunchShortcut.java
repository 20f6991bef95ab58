package io.guestlab.debug.ui.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchDefaults;

/**
 * Run As / Debug As > Guestlab Machine on an ELF or a {@code *.machine} file: launches the
 * configuration made for that file before, or a new one with the debug core's defaults for it (the
 * preferences' machine; bare metal when the ELF starts at 0x80000000, OpenSBI otherwise).
 */
public final class MachineLaunchShortcut extends ResourceLaunchShortcut {

    public MachineLaunchShortcut() {
        super(IFile.class);
    }

    @Override
    protected ILaunchConfiguration configuration(IResource resource) throws CoreException {
        return configurationFor((IFile) resource);
    }

    @Override
    protected String title() {
        return "Guestlab Machine";
    }

    @Override
    protected String failure(IResource resource) {
        return "Cannot launch " + resource.getFullPath();
    }

    /** The configuration this shortcut made for {@code file} earlier, else a new one (saved). */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        boolean machine = "machine".equals(file.getFileExtension());
        String key = machine ? LaunchAttributes.MACHINE_FILE : LaunchAttributes.KERNEL;
        String value = FileField.workspaceLocation(file);
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.LAUNCH_TYPE_ID);
        List<ILaunchConfiguration> existing = new ArrayList<>();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
            if (value.equals(c.getAttribute(key, ""))) {
                existing.add(c);
            }
        }
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, manager.generateLaunchConfigurationName(file.getProject().getName() + " " + file.getName()));
        LaunchDefaults.applyFor(wc, file.getLocation().toPath());
        wc.setAttribute(key, value); // follows the workspace rather than the file's absolute path
        wc.setMappedResources(new IResource[] {file});
        return wc.doSave();
    }
}
