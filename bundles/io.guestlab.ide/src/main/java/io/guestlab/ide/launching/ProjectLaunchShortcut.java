package io.guestlab.ide.launching;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Run / Debug on a Guestlab project, or on any file in it (a C source open in the editor, the
 * Makefile): launches the project's own launch configuration for that mode, the one a template
 * made ({@code NAME-run}, {@code NAME-debug}, the tests). F11 and Ctrl+F11 on a kernel's source
 * then boot the kernel, as a user of any other IDE expects.
 * <p>
 * Which configuration: those mapped to the project (Common tab, or a template's) whose type runs
 * in the mode; among several, the ones that are favorites of the mode's launch group; if still
 * more than one, the user picks.
 */
public final class ProjectLaunchShortcut implements ILaunchShortcut2 {

    @Override
    public void launch(ISelection selection, String mode) {
        launch(getLaunchableResource(selection), mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        launch(getLaunchableResource(editor), mode);
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
        return configurationsOrNone(getLaunchableResource(selection));
    }

    @Override
    public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
        return configurationsOrNone(getLaunchableResource(editor));
    }

    @Override
    public IResource getLaunchableResource(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.size() == 1) {
            IResource r = Adapters.adapt(s.getFirstElement(), IResource.class);
            return r == null ? null : r.getProject();
        }
        return null;
    }

    @Override
    public IResource getLaunchableResource(IEditorPart editor) {
        IResource r = Adapters.adapt(editor.getEditorInput(), IResource.class);
        return r == null ? null : r.getProject();
    }

    private static ILaunchConfiguration[] configurationsOrNone(IResource project) {
        if (!(project instanceof IProject p)) {
            return null;
        }
        try {
            List<ILaunchConfiguration> all = new ArrayList<>(configurations(p, ILaunchManager.RUN_MODE));
            for (ILaunchConfiguration c : configurations(p, ILaunchManager.DEBUG_MODE)) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
            return all.toArray(ILaunchConfiguration[]::new);
        } catch (CoreException e) {
            return null;
        }
    }

    private static void launch(IResource project, String mode) {
        if (!(project instanceof IProject p)) {
            return;
        }
        try {
            ILaunchConfiguration config = choose(p, mode);
            if (config != null) {
                DebugUITools.launch(config, mode);
            }
        } catch (CoreException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), "Guestlab Project",
                    "Cannot launch " + p.getName() + ": " + e.getMessage());
        }
    }

    /** The configuration to launch, null when the user cancelled or was told there is none. */
    private static ILaunchConfiguration choose(IProject project, String mode) throws CoreException {
        List<ILaunchConfiguration> candidates = configurations(project, mode);
        if (candidates.isEmpty()) {
            MessageDialog.openInformation(Display.getCurrent().getActiveShell(), "Guestlab Project",
                    "Project " + project.getName() + " has no launch configuration that can " + mode + ": create one in"
                            + " Run > " + (ILaunchManager.DEBUG_MODE.equals(mode) ? "Debug" : "Run")
                            + " Configurations (Guestlab Machine), or right-click its ELF or *.machine file > "
                            + (ILaunchManager.DEBUG_MODE.equals(mode) ? "Debug" : "Run") + " As.");
            return null;
        }
        List<ILaunchConfiguration> favorites = new ArrayList<>();
        String group = ILaunchManager.DEBUG_MODE.equals(mode) ? IDebugUIConstants.ID_DEBUG_LAUNCH_GROUP
                : IDebugUIConstants.ID_RUN_LAUNCH_GROUP;
        for (ILaunchConfiguration c : candidates) {
            if (c.getAttribute(IDebugUIConstants.ATTR_FAVORITE_GROUPS, List.of()).contains(group)) {
                favorites.add(c);
            }
        }
        List<ILaunchConfiguration> pick = favorites.isEmpty() ? candidates : favorites;
        if (pick.size() == 1) {
            return pick.get(0);
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(Display.getCurrent().getActiveShell(),
                new LabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((ILaunchConfiguration) element).getName();
                    }
                });
        dialog.setTitle("Guestlab Project");
        dialog.setMessage("Which configuration of " + project.getName() + " to " + mode + ":");
        dialog.setElements(pick.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == ElementListSelectionDialog.OK ? (ILaunchConfiguration) dialog.getFirstResult() : null;
    }

    /** The project's configurations whose type can launch in {@code mode}, by name. */
    static List<ILaunchConfiguration> configurations(IProject project, String mode) throws CoreException {
        List<ILaunchConfiguration> out = new ArrayList<>();
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            IResource[] mapped = c.getMappedResources();
            if (mapped == null || !c.getType().supportsMode(mode)) {
                continue;
            }
            for (IResource r : mapped) {
                if (project.equals(r.getProject())) {
                    out.add(c);
                    break;
                }
            }
        }
        out.sort((a, b) -> a.getName().compareTo(b.getName()));
        return out;
    }
}
