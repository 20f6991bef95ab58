package io.guestlab.ide.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.guestlab.ide.GuestlabProjects;

/** The Problems view's side of a build: one marker per compiler message, all gone when the next build starts. */
final class ProblemMarkers {

    private ProblemMarkers() {
    }

    static void clear(IProject project) throws CoreException {
        project.deleteMarkers(GuestlabProjects.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
    }

    /**
     * A marker on the workspace file the message names, at its line (and, with a column, on the
     * word there, so the editor underlines it); on the project when the file is outside the workspace.
     */
    static void create(IProject project, CompilerMessage message) throws CoreException {
        IFile file = message.file() == null ? null : fileOf(project, message);
        IResource on = file != null ? file : project;
        IMarker marker = on.createMarker(GuestlabProjects.PROBLEM_MARKER);
        String text = message.text();
        if (file == null && message.file() != null) {
            text = message.file() + (message.line() > 0 ? ":" + message.line() : "") + ": " + text;
        }
        marker.setAttribute(IMarker.MESSAGE, text);
        marker.setAttribute(IMarker.SEVERITY, switch (message.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        });
        if (file != null && message.line() > 0) {
            marker.setAttribute(IMarker.LINE_NUMBER, message.line());
            marker.setAttribute(IMarker.LOCATION, "line " + message.line());
            if (message.column() > 0) {
                int[] range = wordAt(file, message.line(), message.column());
                if (range != null) {
                    marker.setAttribute(IMarker.CHAR_START, range[0]);
                    marker.setAttribute(IMarker.CHAR_END, range[1]);
                }
            }
        }
    }

    private static IFile fileOf(IProject project, CompilerMessage message) {
        IFile[] files = project.getWorkspace().getRoot().findFilesForLocationURI(message.file().toUri());
        for (IFile f : files) {
            if (f.getProject().equals(project)) {
                return f;
            }
        }
        return files.length > 0 ? files[0] : null;
    }

    /** The document offsets of the word starting at a 1-based line and column (GCC counts columns from 1); null when the file has no such place. */
    private static int[] wordAt(IFile file, int line, int column) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file.getLocation().toPath(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (line > lines.size()) {
            return null;
        }
        int offset = 0;
        for (int i = 0; i < line - 1; i++) {
            offset += lines.get(i).length() + 1;
        }
        String text = lines.get(line - 1);
        int start = Math.min(column - 1, text.length());
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        end = Math.max(end, Math.min(start + 1, text.length()));
        return end > start ? new int[] {offset + start, offset + end} : null; // past the line's end: the line alone
    }
}
