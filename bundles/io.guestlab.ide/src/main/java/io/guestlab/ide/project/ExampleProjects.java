package io.guestlab.ide.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Guestlab's shipped examples (the repository's {@code examples/} folder) imported as workspace
 * projects where they are, as File > Import > Existing Projects into Workspace does: every
 * example folder that has a {@code .project}.
 */
public final class ExampleProjects {

    /** A system property naming the examples folder, for an IDE started outside the repository. */
    public static final String PROPERTY = "guestlab.examples";

    private ExampleProjects() {
    }

    /**
     * The examples folder: the {@value #PROPERTY} property, else the nearest {@code examples/}
     * (with its Makefile) above the IDE's installation or the working directory.
     */
    public static Optional<Path> folder() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        List<Path> starts = new ArrayList<>();
        if (Platform.getInstallLocation() != null) {
            try {
                starts.add(Path.of(Platform.getInstallLocation().getURL().toURI()));
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // an install location that is no file: only the working directory is left
            }
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("examples/Makefile"))) {
                    return Optional.of(dir.resolve("examples"));
                }
            }
        }
        return Optional.empty();
    }

    /** The example folders under {@code examples} that are Eclipse projects. */
    public static List<Path> projectFolders(Path examples) throws CoreException {
        try (Stream<Path> children = Files.list(examples)) {
            return children.filter(d -> Files.isRegularFile(d.resolve(".project"))).sorted().toList();
        } catch (IOException e) {
            throw new CoreException(Status.error("Cannot list the examples in " + examples + ": " + e.getMessage(), e));
        }
    }

    /** Imports (or opens again) every example project under {@code examples}; returns them. */
    public static List<IProject> importAll(IWorkspace workspace, Path examples, IProgressMonitor monitor) throws CoreException {
        List<Path> folders = projectFolders(examples);
        if (folders.isEmpty()) {
            throw new CoreException(Status.error("No example in " + examples + " has a .project to import."));
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Importing the Guestlab examples", folders.size());
        List<IProject> out = new ArrayList<>();
        for (Path folder : folders) {
            IProjectDescription description = workspace.loadProjectDescription(IPath.fromPath(folder.resolve(".project")));
            IProject project = workspace.getRoot().getProject(description.getName());
            if (!project.exists()) {
                project.create(description, progress.split(1));
            }
            project.open(null);
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
            out.add(project);
        }
        return out;
    }
}
