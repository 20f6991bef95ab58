package io.guestlab.testing.ui.launching;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * The problems {@code guestlab test} finds in a suite file, as markers on that file (the Problems
 * view, the editor's ruler): one per problem, on the line of the element it names.
 */
public final class SuiteMarkers {

    /** The marker type (a problem marker). */
    public static final String TYPE = "io.guestlab.testing.ui.suiteProblem";

    /** "FILE: error: ELEMENT 'NAME': message", as the suite checks print a problem. */
    private static final Pattern PROBLEM = Pattern.compile("^(?:.*?: )?(error|warning): (.*)$");
    private static final Pattern NAME = Pattern.compile("'([^']+)'");

    private SuiteMarkers() {
    }

    /** The workspace file at {@code file}, or null when it is not in the workspace. */
    public static IFile workspaceFile(Path file) {
        URI uri = file.toAbsolutePath().toUri();
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(uri);
        return files.length > 0 ? files[0] : null;
    }

    /** Replaces the markers of {@code suite} by one per line of {@code problems} (none: cleared). */
    public static void mark(Path suite, List<String> problems) throws CoreException {
        IFile file = workspaceFile(suite);
        if (file == null || !file.exists()) {
            return;
        }
        file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
        List<String> lines;
        try {
            lines = Files.readAllLines(suite, StandardCharsets.UTF_8);
        } catch (IOException e) {
            lines = List.of();
        }
        for (String problem : problems) {
            Matcher m = PROBLEM.matcher(problem.replace(suite.toString() + ": ", ""));
            String message = m.matches() ? m.group(2) : problem;
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(IMarker.SEVERITY, m.matches() && m.group(1).equals("warning") ? IMarker.SEVERITY_WARNING
                    : IMarker.SEVERITY_ERROR);
            Matcher name = NAME.matcher(message);
            int line = name.find() ? lineOf(lines, "name=\"" + name.group(1) + "\"") : 0;
            marker.setAttribute(IMarker.LINE_NUMBER, line + 1);
            marker.setAttribute(IMarker.LOCATION, name.reset().find() ? name.group(1) : file.getName());
        }
    }

    private static int lineOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return 0;
    }
}
