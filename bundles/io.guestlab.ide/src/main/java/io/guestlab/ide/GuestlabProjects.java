package io.guestlab.ide;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Guestlab projects: a kernel or bare-metal program built by its own Makefile. The nature adds
 * the make builder; the build command is a project setting kept in {@code .settings/}, so it
 * travels with the project.
 */
public final class GuestlabProjects {

    public static final String NATURE_ID = "io.guestlab.ide.nature";
    public static final String BUILDER_ID = "io.guestlab.ide.makeBuilder";
    /** Problems found in the build's output (compiler, assembler, linker, make). */
    public static final String PROBLEM_MARKER = "io.guestlab.ide.problem";
    /** What a build runs in the project's folder when the project says nothing else. */
    public static final String DEFAULT_BUILD_COMMAND = "make";

    private static final String PREFERENCES = "io.guestlab.ide";
    private static final String BUILD_COMMAND = "buildCommand";

    private GuestlabProjects() {
    }

    /** The command line a build runs, e.g. {@code make -j2} (split at blanks, no shell). */
    public static String buildCommand(IProject project) {
        String command = new ProjectScope(project).getNode(PREFERENCES).get(BUILD_COMMAND, DEFAULT_BUILD_COMMAND).strip();
        return command.isEmpty() ? DEFAULT_BUILD_COMMAND : command;
    }

    /** Sets the build command; blank or the default removes the setting. */
    public static void setBuildCommand(IProject project, String command) throws CoreException {
        IEclipsePreferences node = new ProjectScope(project).getNode(PREFERENCES);
        String c = command == null ? "" : command.strip();
        if (c.isEmpty() || c.equals(DEFAULT_BUILD_COMMAND)) {
            node.remove(BUILD_COMMAND);
        } else {
            node.put(BUILD_COMMAND, c);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new CoreException(Status.error(project.getName() + ": cannot save the build command: " + e.getMessage(), e));
        }
    }

    /** Whether {@code project} is open and a Guestlab project. */
    public static boolean isGuestlabProject(IProject project) {
        try {
            return project.isOpen() && project.hasNature(NATURE_ID);
        } catch (CoreException e) {
            return false;
        }
    }
}
