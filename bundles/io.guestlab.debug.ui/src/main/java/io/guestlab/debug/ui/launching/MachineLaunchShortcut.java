package io.guestlab.debug.ui.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;

import io.guestlab.debug.core.LaunchAttributes;
import io.guestlab.debug.core.launching.LaunchDefaults;

/**
 * Run As / Debug As > Guestlab Machine on an ELF or a {@code *.machine} file: launches the
 * configuration made for that file before, or a new one with the debug core's defaults for it (the
 * preferences' machine; bare metal when the ELF starts at 0x80000000, OpenSBI otherwise).
 */
public final class MachineLaunchShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IAdaptable a
                && a.getAdapter(IFile.class) instanceof IFile file) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        if (editor.getEditorInput().getAdapter(IFile.class) instanceof IFile file) {
            launch(file, mode);
        }
    }

    private static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), "Guestlab Machine",
                    "Cannot launch " + file.getFullPath() + ": " + e.getMessage());
        }
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
        wc.setMappedResources(new org.eclipse.core.resources.IResource[] {file});
        return wc.doSave();
    }
}
